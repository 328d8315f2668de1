/**
 * Print lengths of the real pages: each handout and the CSR guide fit their page budget. They
 * depend on how much the content says, so they run on the real site.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../shared-tab';
import { allPages, CSR } from '../site';

async function pdfPages(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // A PDF with no page objects means the count is broken (or the print is empty), not that it fits.
  expect(pages, `${path} printed to a PDF with no pages`).toBeGreaterThanOrEqual(1);
  return pages;
}

const handouts = allPages().filter((p) => p.startsWith('/counselors/handouts/'));
const BUDGET: Record<string, number> = { 'one-pager': 2, questions: 3, 'self-check': 2 };

for (const path of handouts) {
  const kind = path.split('/')[4]!;
  test(`${path} prints within ${BUDGET[kind]} Letter pages, without navigation`, async ({ visitor: page }) => {
    expect(await pdfPages(page, path)).toBeLessThanOrEqual(BUDGET[kind]!);
  });
}

test('the full CSR guide prints in at most 8 pages', async ({ page }) => {
  expect(await pdfPages(page, CSR)).toBeLessThanOrEqual(8);
});
