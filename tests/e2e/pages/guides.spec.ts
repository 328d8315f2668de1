import { expect, test } from '../shared-tab';
import { allPages, CSR } from '../site';

const guides = allPages().filter((p) => /^\/careers\/[^/]+\/$/.test(p) && p !== '/careers/compare/');

test('at least nine guides, all listed on /careers/', async ({ page }) => {
  expect(guides.length).toBeGreaterThanOrEqual(9);
  await page.goto('/careers/');
  for (const g of guides) await expect(page.locator(`main a[href="${g}"]`).first()).toBeVisible();
});

for (const path of guides) {
  test(`${path} shows pay with its date and source, or says it is not known`, async ({ visitor: page }) => {
    await page.goto(path);
    const pay = page.locator('.facts li').first();
    await expect(pay).toContainText('Median pay');
    const text = (await pay.textContent()) ?? '';
    if (!text.includes('Not known')) {
      await expect(pay.locator('.cite')).toContainText(/Source: .+, (\w+ )?\d{4}/);
    } else {
      // Missing figures are explained in the pay section.
      await expect(page.locator('#pay').locator('xpath=..')).toContainText(/could not find|not find/i);
    }
    // Practice and self-check are one click away.
    await expect(page.locator(`a[href="${path}interview/"]`).first()).toBeVisible();
  });
}

test('an old figure says a newer one of the same measure exists, from the data, not from its note', async ({ page }) => {
  await page.goto('/careers/office-support-supervisor/');
  await expect(page.locator('.facts li').first()).toContainText('May 2020');
  await expect(page.locator('.facts li').first()).toContainText(/Older figure: other guides have data for May 2024/);
  // A history row is a time series, never "older".
  await expect(page.locator('#pay').locator('xpath=..').locator('table .vintage')).toHaveCount(0);
});

test('the CSR guide links to at least five related guides and draws its career path', async ({ page }) => {
  await page.goto(CSR);
  const related = page.locator('#related').locator('xpath=..').locator('a[href^="/careers/"]');
  expect(await related.count()).toBeGreaterThanOrEqual(5);
  const path = page.locator('figure.path');
  await expect(path.getByRole('heading', { name: 'Where the job leads' })).toBeVisible();
  await expect(path.getByRole('link', { name: 'Team lead or supervisor' })).toHaveAttribute('href', '/careers/office-support-supervisor/');
  // A step without a guide of its own is named, not linked (the caption says so).
  await expect(path).toContainText('Senior customer service representative');
  await expect(path.getByRole('link', { name: 'Senior customer service representative' })).toHaveCount(0);
  await expect(path.locator('figcaption')).toContainText('the others are named for reference');
});
