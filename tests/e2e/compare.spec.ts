import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages, WCAG_TAGS } from './site';

const guides = () => allPages().filter((p) => /^\/careers\/[^/]+\/$/.test(p) && p !== '/careers/compare/');

async function axe(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
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
    await expect(page.locator('[data-picker-fieldset]')).toBeDisabled();
    await expect(page.locator('[data-picker-status]')).toContainText('needs JavaScript');

    await page.getByRole('link', { name: /Median pay/ }).click();
    await expect(page).toHaveURL(/\/careers\/compare\/by-pay\/$/);
    await expect(page.locator('th[aria-sort="descending"]')).toContainText('Median pay');
    // Highest first: the yearly figures read down in order, unknowns at the end.
    const values = await page.locator('table.compare tbody tr td:nth-of-type(1)').allTextContents();
    const yearly = values.map((v) => {
      const m = /\$([\d,.]+) a (year|hour)/.exec(v);
      if (!m) return null;
      const n = Number(m[1]!.replace(/,/g, ''));
      return m[2] === 'hour' ? n * 2080 : n;
    });
    const known = yearly.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(yearly.slice(known.length).every((v) => v === null)).toBe(true);
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
