/**
 * Progress is never lost: two tabs, persistent storage, moving to another device by link, and
 * the Anki export, driven as a reader would.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, watchErrors } from '../site';
import { DRILL, DRILL_KEY as KEY, MAIN, questionsOf, SKILLS, title } from '../fixture';

// Several pages and browsers per test, on a machine other builds share: give them room.
test.describe.configure({ timeout: 90_000 });

async function open(page: Page, url = DRILL) {
  await page.goto(url);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
}

async function grade(page: Page, key = '3') {
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.keyboard.press(key);
}

const status = (page: Page) => page.locator('.drill-status');
const storedLog = (page: Page) =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? '{}').data?.log ?? []) as { questionId: string }[], KEY);

test('two tabs grade different cards, and both reviews remain after reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  const firstInB = await b.locator('#drill-question').textContent();

  await grade(a);
  await expect(status(a)).toContainText('19 new');
  // The storage event brings A's review into B's view: B moves on to another card by itself.
  await expect(status(b)).toContainText('19 new');
  await expect(b.locator('#drill-question')).not.toHaveText(firstInB ?? '');
  await grade(b, '4');
  await expect(status(b)).toContainText('18 new');

  await a.reload();
  await expect(a.locator('[data-island-ready]')).toBeVisible();
  await expect(status(a)).toContainText('18 new');
  const log = await storedLog(a);
  expect(log).toHaveLength(2);
  expect(new Set(log.map((e) => e.questionId)).size).toBe(2);
});

test('a reset in one tab is not undone by the other tab’s next grade', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await grade(a);
  await grade(a);
  await open(b);
  await expect(status(b)).toContainText('18 new');

  await a.getByRole('tab', { name: 'Your data' }).click();
  await a.getByRole('button', { name: 'Reset progress…' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Delete my progress' }).click();
  await expect(status(b)).toContainText('20 new');
  await grade(b);
  await a.reload();
  await expect(a.locator('[data-island-ready]')).toBeVisible();
  await expect(status(a)).toContainText('19 new');
  expect(await storedLog(a)).toHaveLength(1);
});

test('navigator.storage.persist is asked once, at the first save, and the answer shows in Your data', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    let granted = false;
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => granted });
    Object.defineProperty(navigator.storage, 'persist', {
      value: async () => {
        w.persistCalls += 1;
        granted = true;
        return true;
      },
    });
  });
  await open(page);
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(0);
  await grade(page);
  await grade(page);
  await grade(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
  await page.getByRole('tab', { name: 'Your data' }).click();
  await expect(page.getByText('Kept until you delete it')).toBeVisible();
  await expect(page.getByText('Not backed up yet.')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
});

test.describe('continue on another device', () => {
  async function transferLink(page: Page) {
    await open(page);
    await grade(page);
    await grade(page, '4');
    await open(page, '/your-data/');
    await page.getByRole('button', { name: 'Make a link and code' }).click();
    await expect(page.getByRole('img', { name: 'QR code with your progress' })).toBeVisible();
    const link = await page.getByLabel('Link with all your progress').inputValue();
    expect(link).toMatch(/\/your-data\/#t1\.1-1-[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    return link;
  }

  test('the link opened in a fresh browser restores progress after confirmation', async ({ page, browser }) => {
    const link = await transferLink(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const errors = watchErrors(other);
    await other.goto(link);
    await expect(other.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
    const dialog = other.getByRole('dialog', { name: 'Restore this progress?' });
    await expect(dialog).toContainText(`Interview practice: ${title(MAIN)}: 2 reviews`);
    // The fragment leaves the address bar at once, and nothing is stored before the reader says so.
    expect(new URL(other.url()).hash).toBe('');
    expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    expect(await axeViolations(other)).toEqual([]);
    await dialog.getByRole('button', { name: 'Merge with mine' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Merged: 1 part' })).toBeVisible();
    await open(other, DRILL);
    await expect(status(other)).toContainText('18 new');
    expect(errors).toEqual([]);
    await fresh.close();
  });

  test('a truncated link is refused and changes nothing', async ({ page, browser }) => {
    const link = await transferLink(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link.slice(0, -12));
    await expect(other.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
    await expect(other.getByRole('alert')).toContainText('incomplete or damaged');
    await expect(other.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(other.getByRole('dialog')).toBeHidden();
    expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csr-guide:')))).toEqual([]);
    await fresh.close();
  });
});

test('back up everything, then restore it in a fresh browser', async ({ page, browser }) => {
  await open(page);
  await grade(page);
  await open(page, SKILLS);
  await open(page, '/your-data/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up everything' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text).entries[KEY].data.log).toHaveLength(1);
  await expect(page.getByText(/Last backed up/)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/your-data/');
  await other.getByLabel('Restore from a backup or an exported progress file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('dialog').getByRole('button', { name: 'Replace mine' }).click();
  await open(other, DRILL);
  await expect(status(other)).toContainText('19 new');
  await fresh.close();
});

test('the Anki file parses as tab-separated rows, one per question', async ({ page }) => {
  const expected = questionsOf(MAIN).length;
  await open(page);
  await page.getByRole('tab', { name: 'Your data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for Anki' }).click()]);
  expect(download.suggestedFilename()).toBe(`csr-guide-anki-${MAIN}.txt`);
  const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
  expect(lines).toContain('#separator:tab');
  const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  expect(rows).toHaveLength(expected);
  for (const row of rows) {
    expect(row).toHaveLength(3);
    expect(row[2]).toContain(`occupation::${MAIN}`);
  }
});
