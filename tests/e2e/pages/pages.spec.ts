/** Every page of the built site, as a visitor meets it. */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../shared-tab';
import { allPages, axeViolations, collectErrors, CSR } from '../site';

const pages = allPages();

/** Pages also checked on a phone in light and dark mode, loaded at that width: the ones most visited. */
const KEY_PAGES = new Set(['/', CSR, `${CSR}questions/`, '/careers/compare/', '/counselors/', '/practice/']);

// The same template filled with another occupation's content: its colours are the template's
// CSS, so contrast (axe's slowest rule, about a third of its time here) is checked on the CSR's
// page of each template, and on the key pages at 320 px in light and dark mode (below); every
// other rule runs on every page.
const OCCUPATIONS = readdirSync('content/occupations').map((f) => f.replace(/\.mdx?$/, ''));
const OTHER = new RegExp(`/(${OCCUPATIONS.filter((o) => o !== 'customer-service-representative').join('|')})/`);
const CONTRAST_ON_CSR_ONLY = (path: string) => OTHER.test(path) && pages.includes(path.replace(OTHER, '/customer-service-representative/'));

test('the sitemap lists the pages a visitor expects', () => {
  for (const p of ['/', '/careers/', '/careers/customer-service-representative/', '/questions/', '/glossary/', '/sources/']) {
    expect(pages).toContain(p);
  }
});

/** Sideways scrolling, in px, once the layout has settled: two frames, so new widths are measured. */
const overflow = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollWidth - document.documentElement.clientWidth))),
      ),
  );

// One visit per page: status, headings and errors, then axe, then the same page narrowed to 320 px.
// The key pages are loaded on a phone instead and checked there in light and dark mode, then
// widened for the desktop checks.
for (const path of pages) {
  const key = KEY_PAGES.has(path);
  const title = key
    ? `page ${path}: opens without errors, headings in order, fits 320 px, no axe violations at 320 px in light and dark mode and on a desktop`
    : `page ${path}: opens without errors, headings in order, no axe violations, fits 320 px`;
  test(title, async ({ visitor: page }) => {
    // Up to three axe passes in one visit on a shared machine.
    test.setTimeout(90_000);
    const watch = collectErrors(page);
    try {
      if (key) await page.setViewportSize({ width: 320, height: 640 });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      for (let i = 1; i < levels.length; i++) {
        expect.soft(levels[i]! - levels[i - 1]!, `heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`).toBeLessThanOrEqual(1);
      }

      if (key) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect.soft(await overflow(page), `sideways scrolling at 320 px in ${colorScheme} mode`).toBeLessThanOrEqual(0);
          expect.soft(await axeViolations(page), `axe at 320 px in ${colorScheme} mode`).toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
        await page.setViewportSize({ width: 1280, height: 720 });
        await overflow(page); // two frames: axe sees the desktop layout, not the phone's
      }

      const disableRules = CONTRAST_ON_CSR_ONLY(path) ? ['color-contrast'] : [];
      expect.soft(await axeViolations(page, { disableRules }), 'axe').toEqual([]);

      if (!key) {
        await page.setViewportSize({ width: 320, height: 640 });
        expect.soft(await overflow(page), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
      }
      expect(watch.errors).toEqual([]);
    } finally {
      watch.stop();
    }
  });
}

test('the 404 page answers with status 404 and a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can't find/);
  await expect(page.getByRole('link', { name: 'All career guides' })).toBeVisible();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle, width: s.outlineWidth };
  });
  expect(next.tag).toBe('A');
  expect(next.outline).not.toBe('none');
  expect(next.width).not.toBe('0px');
});
