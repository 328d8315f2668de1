/**
 * The one address a response is kept under in Cache Storage. Plain JavaScript, so the build can
 * inline it into sw.js as it is and unit tests can import it.
 *
 * Only the path is kept. The fragment carries private things (a shared result, a transfer of
 * progress) and the query only steers the page in the browser (`?skill=`, `?pick=`, `?utm_…`):
 * every page is the same file whatever follows the path, so one entry per page is enough, and
 * nothing a reader typed or was sent ever reaches the cache.
 *
 * @param {string} url an absolute URL
 * @returns {string} the origin and path, without query or fragment
 */
export function cacheKey(url) {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
