/* The site's service worker. The build (src/integrations/offline.ts) writes it to dist/sw.js with
 * VERSION and PRECACHE filled in from the build output. Plain JavaScript: it runs as it is. */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `csr-guide-${VERSION}`;

self.addEventListener('install', (event) => {
  // A new version takes over as soon as it has everything; progress lives in localStorage, which
  // a service worker never touches, so nothing the reader saved is lost.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('csr-guide-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetwork(request) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  // Build assets are named by their content: the cached copy is always right.
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fromNetwork(request)));
    return;
  }
  // Pages and data: the network first, so a new build shows at once; the cache when offline.
  // ?skill= and #… pick a deck or a shared result in the page itself, so any query finds the page.
  event.respondWith(
    fromNetwork(request).catch(async () => {
      const hit = (await caches.match(request)) || (await caches.match(request, { ignoreSearch: true }));
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const home = await caches.match('/');
        if (home) return home;
      }
      return Response.error();
    }),
  );
});
