/**
 * How tall each built guide is on a phone: every guide in the sitemap loaded once, in one
 * headless Chromium page at 390 × 844 px, served from dist/ by scripts/serve.mjs. The height is
 * the document's scroll height after load (system fonts only, so nothing arrives later).
 * Used by the budget gate (`npm run budget`) and the bench report.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { budgetFor, sitemapPages } from '../bench/pages.mjs';
import { CHROME_FLAGS, chromePath } from '../bench/chromium.mjs';
import { startServer } from '../bench/server.mjs';

export const PHONE = { width: 390, height: 844 };

/** The guide pages of a build, as the budgets name them. */
export const guidePages = (dist) => sitemapPages(dist).filter((p) => budgetFor(p).type === 'guide');

/**
 * @param {string} dist the built site
 * @returns {Promise<Array<{ page: string, height: number }>>} in sitemap order
 */
export async function measureGuideHeights(dist, pages = guidePages(dist)) {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  const server = await startServer(dist);
  const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    // No service worker: it would precache the whole site in the background while pages are measured.
    const page = await browser.newPage({ viewport: PHONE, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const out = [];
    for (const path of pages) {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
      const height = await page.evaluate(async () => {
        await document.fonts.ready;
        return document.documentElement.scrollHeight;
      });
      out.push({ page: path, height });
    }
    return out;
  } finally {
    await browser.close();
    await server.stop();
  }
}
