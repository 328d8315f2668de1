import { expect, test, type Page } from '@playwright/test';
import { allPages, CSR } from './site';

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

test('the link builder makes a link that opens the drill filtered as chosen', async ({ page }) => {
  await page.goto('/counselors/');
  const form = page.locator('[data-link-builder]');
  await expect(form).toBeVisible();
  await page.getByLabel('Occupation').selectOption('teller');
  await form.getByRole('checkbox', { name: 'Situational' }).check();
  await form.locator('[data-skills-for="teller"]').getByRole('checkbox', { name: 'Cash handling' }).check();
  const link = await page.getByLabel('Your link').inputValue();
  expect(new URL(link).pathname + new URL(link).search).toBe('/careers/teller/interview/?skill=cash-handling&category=situational');
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  await expect(page.locator('.drill-deck-name')).toContainText(/\d+ situational questions? on Cash handling/);
});

test('the link builder can point at a guide section instead', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByLabel('Occupation').selectOption('customer-service-representative');
  await page.locator('[data-sections-for="customer-service-representative"] select').selectOption('pay');
  expect(await page.getByLabel('Your link').inputValue()).toMatch(/\/careers\/customer-service-representative\/#pay$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('ready-made links still lead to focused decks', async ({ page }) => {
    await page.goto('/counselors/');
    await expect(page.locator('[data-link-builder]')).toBeHidden();
    await page.locator('details.ready summary', { hasText: 'Bank Teller' }).click();
    await expect(page.locator('a[href="/careers/teller/interview/?category=situational"]')).toBeVisible();
  });
});

const handouts = allPages().filter((p) => p.startsWith('/counselors/handouts/'));
const BUDGET: Record<string, number> = { 'one-pager': 2, questions: 6, 'self-check': 5 };

for (const path of handouts) {
  const kind = path.split('/')[4]!;
  test(`${path} prints within ${BUDGET[kind]} Letter pages, without navigation`, async ({ page }) => {
    expect(await pdfPages(page, path)).toBeLessThanOrEqual(BUDGET[kind]!);
  });
}

test('the full CSR guide prints in at most 8 pages', async ({ page }) => {
  expect(await pdfPages(page, CSR)).toBeLessThanOrEqual(8);
});

test('the "#" link next to a section copies its address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CSR);
  await page.getByRole('link', { name: 'Link to “Pay”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/careers\/customer-service-representative\/#pay$/);
});
