import { expect, test } from '@playwright/test';
import { allPages, axeViolations } from '../site';
import { DIST } from '../fixture';

const guides = () => allPages(DIST).filter((p) => /^\/careers\/[^/]+\/$/.test(p) && p !== '/careers/compare/');

async function axe(page: import('@playwright/test').Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('compare without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table lists every guide with dated pay, and sorts through plain links', async ({ page }) => {
    await page.goto('/careers/compare/');
    const rows = page.locator('table.compare tbody tr');
    await expect(rows).toHaveCount(guides().length);
    await expect(rows.first().locator('td').first()).toContainText(/\$[\d,.]+ a (year|hour)|Not known/);
    // The chooser says it needs JavaScript; the table has every figure.
    await page.getByText('Pick up to three jobs to compare').click();
    await expect(page.locator('[data-picker-fieldset] input').first()).toBeDisabled();
    await expect(page.locator('[data-picker-status]')).toContainText('needs JavaScript');

    await page.getByRole('link', { name: /Median pay/ }).click();
    await expect(page).toHaveURL(/\/careers\/compare\/by-pay\/$/);
    await expect(page.locator('th[aria-sort="descending"]')).toContainText('Median pay');
    // Highest first among figures of one survey and period; figures from elsewhere follow, each
    // saying why it is not in the order; unknowns last.
    // The main fixture occupation's pay survey and period (tests/fixtures/content/site).
    await expect(page.locator('main')).toContainText(/The order uses only figures from BLS OEWS, May 2024/);
    const cells = await page.locator('table.compare tbody tr td:nth-of-type(1)').allTextContents();
    const kind = cells.map((v) => (/Not in the order:/.test(v) ? 'unranked' : /Not known/.test(v) ? 'unknown' : 'ranked'));
    expect(kind).toEqual([...kind].sort((a, b) => ['ranked', 'unranked', 'unknown'].indexOf(a) - ['ranked', 'unranked', 'unknown'].indexOf(b)));
    const ranked = cells.filter((_, i) => kind[i] === 'ranked').map((v) => Number(/\$([\d,]+) a year/.exec(v)![1]!.replace(/,/g, '')));
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    // Every cell with a figure shows its source and period.
    for (const cell of await page.locator('table.compare tbody td.num').all()) {
      if (!/Not known/.test((await cell.textContent()) ?? '')) await expect(cell.locator('.cite')).toContainText(/Source: .+, (\w+ )?\d{4}/);
    }
  });
});

test.describe('compare with JavaScript', () => {
  test('a shared link opens with the same occupations picked', async ({ page }) => {
    const ids = guides().map((p) => p.split('/')[2]!);
    test.skip(ids.length < 2, 'picking needs at least two guides');
    const picked = ids.slice(0, 2);
    await page.goto(`/careers/compare/?pick=${picked.join(',')},not-a-job`);
    const cards = page.locator('[data-card]:visible');
    await expect(cards).toHaveCount(2);
    await expect(page.locator('[data-picker-status]')).toContainText('not-a-job');
    await expect(page).toHaveURL(new RegExp(`\\?pick=${picked.join(',')}$`));
    await axe(page);
  });

  test('picking by keyboard updates the URL and stops at three', async ({ page }) => {
    const ids = guides().map((p) => p.split('/')[2]!);
    test.skip(ids.length < 4, 'needs four guides');
    await page.goto('/careers/compare/');
    await page.getByText('Pick up to three jobs to compare').focus();
    await page.keyboard.press('Enter');
    const boxes = page.locator('input[name="pick"]');
    const values = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    for (let i = 0; i < 3; i++) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
    }
    await expect(page).toHaveURL(new RegExp(`\\?pick=${values.slice(0, 3).join(',')}$`));
    await expect(boxes.nth(3)).toBeDisabled();
    await expect(page.locator('.picker-skills li.is-shared').first()).toBeVisible();
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await expect(boxes.nth(3)).toBeEnabled();
  });
});
