/** Search: loaded only when used, typo-tolerant, and fully usable by keyboard. */
import { expect, test } from '@playwright/test';
import { axeViolations, openSearch, watchErrors } from '../site';
import { title } from '../fixture';

const REPRESENTATIVE = 'test-representative';

const isSearchAsset = (url: string) => /search-(index|text)\.json|fuse|engine|search-dialog/.test(url);

test('nothing of search is fetched until the reader asks for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/careers/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).hover();
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  expect(requested.filter(isSearchAsset)).toEqual([]);
  await openSearch(page);
  await expect.poll(() => requested.filter((u) => /search-(index|text)\.json/.test(u)).length).toBe(2);
});

test('Ctrl+K opens search too, and Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the site' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('an abbreviation finds the glossary term, and Enter lands on its anchor', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('AHT');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const option = listbox.getByRole('option', { name: /Average handle time/ });
  await expect(option).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // Move with the arrows until the term is the active option, then open it.
  for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await input.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await input.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#aht$/);
  await expect(page.locator('#aht')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('highlighting marks whole words, never fragments', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  // "rep" is one of the fixture's synonyms for "representative" (tests/fixtures/content/site/search-synonyms.yaml).
  await input.fill('phone rep');
  const option = page.getByRole('option', { name: new RegExp(`${title(REPRESENTATIVE)} Career guide`) });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText(['Representative']);
});

test('a query with no good answer says so and offers the A–Z list', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  // "clerk" is in the fixture's content, "forklift" nowhere.
  await input.fill('forklift clerk');
  await expect(page.getByRole('status')).toContainText('Nothing matches all of “forklift clerk”');
  await expect(page.getByRole('link', { name: 'everything A to Z' })).toHaveAttribute('href', '/search/');
  expect(await axeViolations(page)).toEqual([]);
});

test('matches are highlighted and no result says what to try', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('handle time');
  await expect(page.locator('.search-option mark').first()).toBeVisible();
  await input.fill('zzqxv');
  await expect(page.getByRole('status')).toContainText('No results for “zzqxv”');
  await expect(page.getByRole('link', { name: 'everything A to Z' })).toBeVisible();
});

test('the search dialog has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('customer');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the Search link leads to an A–Z list of everything', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('A to Z');
    await expect(page.getByRole('link', { name: 'Average handle time', exact: true })).toHaveAttribute('href', '/glossary/#aht');
  });
});
