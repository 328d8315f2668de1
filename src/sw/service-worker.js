/* The site's service worker. The build (src/integrations/offline.ts) writes it to dist/sw.js with
 * VERSION, PRECACHE, PAGES and cacheKey (src/sw/cache-key.js) filled in. Plain JavaScript: it runs
 * as it is. */
const VERSION = '__VERSION__';
/** Stored at install: every guide, drill, self-assessment and the pages below. */
const PRECACHE = __PRECACHE__;
/** Every page the build wrote, so offline a missing page (404) is told apart from an unsaved one. */
const PAGES = new Set(__PAGES__);
const OFFLINE_PAGE = '/offline/';
const NOT_FOUND_PAGE = '/404.html';
const CACHE = `csr-guide-${VERSION}`;

/*__CACHE_KEY__*/

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

/**
 * Keeps a copy for offline use, in the background. A copy that cannot be stored (storage full,
 * a browser that refuses) only means one page less offline: the reader still gets the response
 * the network gave, never something else.
 */
function keep(event, key, response) {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  if (/\bno-store\b/.test(response.headers.get('Cache-Control') ?? '')) return;
  const copy = response.clone();
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.put(key, copy))
      .catch(() => undefined),
  );
}

/** A cached page served under a status of our choosing (the body says why). */
async function cachedWithStatus(path, status, statusText) {
  const hit = await caches.match(path);
  if (!hit) return null;
  return new Response(hit.body, { status, statusText, headers: hit.headers });
}

/** No network: the cached copy, else a page that says what happened and what works offline. */
async function offline(request, key) {
  const hit = await caches.match(key);
  if (hit) return hit;
  if (request.mode === 'navigate') {
    const { pathname } = new URL(key);
    const answer = PAGES.has(pathname)
      ? await cachedWithStatus(OFFLINE_PAGE, 503, 'Offline')
      : await cachedWithStatus(NOT_FOUND_PAGE, 404, 'Not Found');
    if (answer) return answer;
  }
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = cacheKey(request.url);

  // Build assets are named by their content: the cached copy is always right.
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(
      caches.match(key).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            keep(event, key, response);
            return response;
          }),
      ),
    );
    return;
  }
  // Pages and data: the network first, so a new build shows at once; the cache when offline.
  event.respondWith(
    fetch(request).then(
      (response) => {
        keep(event, key, response);
        return response;
      },
      () => offline(request, key),
    ),
  );
});
