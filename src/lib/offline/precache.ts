/**
 * What the service worker stores on a first visit, and the version that names its cache. The
 * list is made from the build output, so a page or asset that changes changes the version, and
 * a new build replaces the old cache.
 *
 * Precached: the pages someone preparing for an interview needs without a connection (every
 * guide with its details and answer-guides pages, drill and self-assessment, the question bank,
 * the glossary, the home and career list)
 * and the scripts they run. Left to be cached when visited: the compare pages, the sources, the
 * A–Z list and the counselors' pages and handouts, which a candidate on a bus rarely needs, so a
 * first visit on a weak connection does not download them.
 */
import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path inside dist/, with forward slashes: `careers/teller/index.html`. */
  path: string;
  bytes: Uint8Array;
}

const PAGE_PATTERNS = [
  /^\/$/,
  /^\/careers\/$/,
  /^\/careers\/(?!compare\/)[^/]+\/$/,
  /^\/careers\/[^/]+\/(interview|skills|details|questions)\/$/,
  /^\/questions\/$/,
  /^\/glossary\/$/,
  /^\/your-data\/$/,
  // What a reader sees offline instead of a page not kept here, or one that does not exist.
  /^\/offline\/$/,
  /^\/404\.html$/,
];
const ASSET_PATTERNS = [/^\/_astro\/.+\.(js|css)$/, /^\/search-(index|text)\.json$/, /^\/manifest\.webmanifest$/, /^\/favicon\.svg$/, /^\/icons\/.+\.(png|svg)$/];

/** `careers/teller/index.html` → `/careers/teller/`; other files keep their path. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

export function shouldPrecache(url: string): boolean {
  return PAGE_PATTERNS.some((p) => p.test(url)) || ASSET_PATTERNS.some((p) => p.test(url));
}

export interface Precache {
  version: string;
  urls: string[];
  bytes: number;
  /** Every page the build wrote (clean URLs), precached or not. */
  pages: string[];
}

/** `careers/teller/index.html` is a page; `404.html` and `sw.js` are not. */
function isPage(path: string): boolean {
  return path === 'index.html' || path.endsWith('/index.html');
}

/** The precache list in a stable order, and a version that changes when any listed file does. */
export function precacheList(files: readonly BuiltFile[]): Precache {
  const chosen = files.map((f) => ({ ...f, url: urlOf(f.path) })).filter((f) => shouldPrecache(f.url));
  chosen.sort((a, b) => a.url.localeCompare(b.url));
  const hash = createHash('sha256');
  let bytes = 0;
  for (const f of chosen) {
    hash.update(f.url).update('\0').update(f.bytes).update('\0');
    bytes += f.bytes.byteLength;
  }
  const pages = files
    .filter((f) => isPage(f.path))
    .map((f) => urlOf(f.path))
    .sort((a, b) => a.localeCompare(b));
  return { version: hash.digest('hex').slice(0, 12), urls: chosen.map((f) => f.url), bytes, pages };
}
