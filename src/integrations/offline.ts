/**
 * Writes dist/sw.js after the build: the service worker in src/sw/service-worker.js with the
 * precache list and version made from the files the build wrote (see src/lib/offline/precache.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFiles } from './dist-files';
import { precacheList, shouldPrecache, urlOf, type BuiltFile } from '../lib/offline/precache';

const TEMPLATE = fileURLToPath(new URL('../sw/service-worker.js', import.meta.url));
const CACHE_KEY = fileURLToPath(new URL('../sw/cache-key.js', import.meta.url));

const NOT_READ = new Uint8Array(0);

/** Every file the build wrote; only those the service worker precaches are read (their bytes make the version). */
async function builtFiles(dir: string): Promise<BuiltFile[]> {
  return Promise.all(
    (await distFiles(dir)).map(async ({ rel, full }) => ({ path: rel, bytes: shouldPrecache(urlOf(rel)) ? await readFile(full) : NOT_READ })),
  );
}

export function offline(): AstroIntegration {
  return {
    name: 'csr:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = precacheList((await builtFiles(out)).filter((f) => f.path !== 'sw.js'));
        const template = await readFile(TEMPLATE, 'utf8');
        // A classic service worker cannot import, so the cache-key module goes in as it is.
        const cacheKey = (await readFile(CACHE_KEY, 'utf8')).replace(/^export /m, '');
        const sw = template
          .replace("'__VERSION__'", () => JSON.stringify(list.version))
          .replace('__PRECACHE__', () => JSON.stringify(list.urls))
          .replace('__PAGES__', () => JSON.stringify(list.pages))
          .replace('/*__CACHE_KEY__*/', () => cacheKey);
        await writeFile(path.join(out, 'sw.js'), sw);
        logger.info(`sw.js: version ${list.version}, ${list.urls.length} files precached (${(list.bytes / 1024).toFixed(0)} KB before compression)`);
      },
    },
  };
}
