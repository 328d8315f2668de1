/**
 * The JavaScript an island page has loaded by the time its island says it is ready
 * (`data-island-ready`, src/islands/shared/use-island-ready.ts): every script the browser
 * requested before that moment, modules fetched at hydration and module preloads included,
 * weighed as the files in dist/ compressed with gzip. A reader's first keystroke comes after
 * this, so it is what "JavaScript before the first interaction" means; the page's first script
 * graph alone (scripts/lib/weigh.mjs) misses what the island fetches while hydrating.
 * Used by the budget gate (`npm run budget`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, chromePath } from '../bench/chromium.mjs';
import { startServer } from '../bench/server.mjs';
import { gz } from './weigh.mjs';

const READY_TIMEOUT_MS = 30_000;

/**
 * @param {string} dist the built site
 * @param {string[]} pages pathnames of pages with an island
 * @returns {Promise<Array<{ page: string, files: string[], js: number }>>} files: dist-relative
 *   paths of the scripts requested before ready; js: their gzip bytes
 */
export async function islandScripts(dist, pages) {
  if (!pages.length) return [];
  const executablePath = chromePath();
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  let server = await startServer(dist);
  const launch = () => chromium.launch({ executablePath, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
  let browser = await launch();
  const sizes = new Map();
  const weigh = (file) => {
    if (!sizes.has(file)) sizes.set(file, gz(readFileSync(path.join(dist, file))));
    return sizes.get(file);
  };
  try {
    // One page, weighed in a fresh context (nothing cached from the page before).
    const measure = async (page) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
      try {
        const tab = await context.newPage();
        const response = await tab.goto(`${server.url}${page}`, { waitUntil: 'domcontentloaded' });
        if (!response?.ok()) throw new Error(`${page} answered ${response?.status() ?? 'nothing'}`);
        try {
          await tab.locator('[data-island-ready]').first().waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
        } catch {
          throw new Error(`${page}: the island never set data-island-ready within ${READY_TIMEOUT_MS / 1000} s`);
        }
        // Resource timing orders requests against the island's own mark, in the page's clock.
        const urls = await tab.evaluate(() => {
          const ready = performance.getEntriesByName('island-ready')[0]?.startTime ?? performance.now();
          return performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= ready && new URL(e.name).pathname.endsWith('.js'))
            .map((e) => new URL(e.name).pathname);
        });
        const files = [...new Set(urls.map((u) => u.replace(/^\//, '')))].filter((f) => existsSync(path.join(dist, f))).sort();
        return { page, files, js: files.reduce((n, f) => n + weigh(f), 0) };
      } finally {
        await context.close();
      }
    };
    const out = [];
    for (const page of pages) {
      // A busy machine (a CI box running other jobs) can stall one load, and Chromium has closed
      // under the gate ("Target page, context or browser has been closed"), once taking the
      // server with it: that page is weighed again, with a new browser or server for whichever
      // is gone, before the gate fails.
      try {
        out.push(await measure(page));
      } catch (first) {
        const closed = !browser.isConnected() || /has been closed/.test(String(first));
        const serverGone = server.gone();
        if (!closed && !serverGone && !/never set data-island-ready/.test(String(first))) throw first;
        if (closed) {
          console.warn(`${page}: the browser closed while this page was weighed; weighing it again in a new browser.`);
          await browser.close().catch(() => undefined);
          browser = await launch();
        }
        if (serverGone) {
          console.warn(`${page}: the server stopped while this page was weighed (${serverGone}); weighing it again with a new one.`);
          server = await startServer(dist);
        }
        out.push(await measure(page));
      }
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}
