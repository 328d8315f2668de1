/** The drill as the best flashcard apps do it: issue 15's practice, at a phone's and a laptop's size. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, onScreen, watchErrors } from '../site';
import { DRILL, DRILL_KEY } from '../fixture';

// axe and several page loads per test: generous on a shared machine.
test.describe.configure({ timeout: 120_000 });
const status = (page: Page) => page.locator('.drill-status');
const question = (page: Page) => page.locator('#drill-question');

async function open(page: Page, url = DRILL) {
  await page.goto(url);
  // The machine running the tests may be busy: hydration gets more time than an assertion.
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
}

async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Grades the card, shows the next one's answer: the STAR notes opened on the last are open there too. */
async function expectNotesOpenOnNextCard(page: Page) {
  await page.getByRole('button', { name: /Solid — Good/ }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.drill-notes-details')).toHaveAttribute('open', '');
}

/** In the viewport and not hidden under the sticky site header or the grade bar. */
const inViewport = (page: Page, selector: string) => onScreen(page.locator(selector));

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test.describe(`practice at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the question is on the first screen and the tabs sit on one row; after Space, the question and all four grade buttons are in the viewport', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page);
      // The first question is on the first screen, before any scrolling: the controls that change
      // the deck and the daily limits sit below the card.
      expect(await inViewport(page, '#drill-question')).toEqual([true]);
      const tops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await page.keyboard.press('Space');
      await expect(page.getByRole('heading', { name: 'Why they ask' })).toBeVisible();
      // The answer is long: the bar is pinned, so the buttons are on screen without scrolling.
      // The page may still be scrolling the answer into place: wait for it to settle.
      await expect.poll(() => inViewport(page, '#drill-question')).toEqual([true]);
      await expect.poll(() => inViewport(page, '.drill-grade')).toEqual([true, true, true, true]);
      await axe(page);
      // Scrolling through the answer keeps the grade bar on screen: once the page has moved.
      const scrolled = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 600);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
      expect(await inViewport(page, '.drill-grade')).toEqual([true, true, true, true]);
      // Graded from down there, the next question is back on screen, not left above it.
      const first = await question(page).textContent();
      await page.keyboard.press('3');
      await expect(question(page)).not.toHaveText(first ?? '');
      // Scrolling may be smooth: wait for it to settle.
      await expect.poll(() => inViewport(page, '#drill-question')).toEqual([true]);
      expect(errors).toEqual([]);
    });

    test('STAR notes opened on one card stay open after grading it', async ({ page }) => {
      await open(page);
      await page.keyboard.press('Space');
      await page.getByText('Your STAR notes for this question').click();
      await page.locator('.drill-notes textarea').first().fill('A customer was billed twice.');
      await expectNotesOpenOnNextCard(page);
    });

    test('STAR notes typed the moment they open still count as opened', async ({ page }) => {
      await open(page);
      await page.keyboard.press('Space');
      // Opened and typed into in one go, before the browser's toggle event arrives, as a fast
      // typist or a test runner does: the choice to keep notes open must not be lost to the race.
      await page.locator('.drill-notes-details > summary').evaluate((summary: HTMLElement) => {
        summary.click();
        const box = summary.parentElement!.querySelector('textarea')!;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, 'A customer was billed twice.');
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect(page.locator('.drill-notes textarea').first()).toHaveValue('A customer was billed twice.');
      await expectNotesOpenOnNextCard(page);
    });

    test('by keyboard, the STAR notes and their first box come into view clear of the header and the grade bar', async ({ page }) => {
      await open(page);
      await page.keyboard.press('Space');
      const summary = page.locator('.drill-notes-details > summary');
      await expect(summary).toBeVisible();
      // Tab from the question onwards, as a candidate would, until the notes' summary has focus.
      await question(page).focus();
      for (let i = 0; i < 60 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(summary).toBeFocused();
      await expect.poll(() => onScreen(summary)).toEqual([true]);
      expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('Enter');
      await expect(page.locator('.drill-notes-details')).toHaveAttribute('open', '');
      await expect.poll(() => onScreen(summary)).toEqual([true]);
      await page.keyboard.press('Tab');
      const box = page.locator('.drill-notes textarea').first();
      await expect(box).toBeFocused();
      await expect.poll(() => onScreen(box)).toEqual([true]);
      if (size.width < 1024) return;
      // On a wide screen the notes sit beside the answer and stick while it scrolls: where they
      // stick is below the site header, so the summary is never under it.
      const stick = await summary.evaluate((el) => ({
        top: parseFloat(getComputedStyle(el.parentElement!).top),
        header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
      }));
      expect(stick.top).toBeGreaterThanOrEqual(stick.header);
    });

    test('changing new cards to 20 shows 20 new', async ({ page }) => {
      await open(page);
      await page.getByText(/^Daily limits/).click();
      const field = page.getByLabel('New cards a day');
      await field.fill('5');
      await expect(status(page)).toHaveText('Today: 5 new · 0 learning due · 0 reviews due');
      await field.fill('20');
      await expect(status(page)).toHaveText('Today: 20 new · 0 learning due · 0 reviews due');
      await field.fill('-3');
      await field.blur();
      await expect(page.getByRole('alert')).toContainText('Enter a whole number from 0 to 1000. Your setting stays at 20.');
      await axe(page);
      await open(page);
      await expect(status(page)).toContainText('20 new');
      await expect(page.getByText(/^Daily limits: 20 new, up to 200 reviews/)).toBeVisible();
    });

    test('undo restores the card and the counts', async ({ page }) => {
      await open(page);
      const first = await question(page).textContent();
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await expect(status(page)).toHaveText('Today: 19 new · 0 learning due · 0 reviews due');
      await expect(question(page)).not.toHaveText(first ?? '');
      await page.getByRole('button', { name: /Undo last grade/ }).click();
      await expect(status(page)).toHaveText('Today: 20 new · 0 learning due · 0 reviews due');
      await expect(question(page)).toHaveText(first ?? '');
      await expect(page.getByRole('button', { name: /Solid — Good/ })).toBeVisible();
      // Ctrl+Z does the same after grading again.
      await page.keyboard.press('4');
      await expect(status(page)).toContainText('19 new');
      await page.keyboard.press('Control+z');
      await expect(status(page)).toContainText('20 new');
      // Saves run in an effect after the render: wait for the undo to reach storage, then reload.
      await expect
        .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').data?.log?.length, DRILL_KEY))
        .toBe(0);
      await open(page);
      await expect(status(page)).toContainText('20 new');
    });

    test('the session summary counts what was practiced and says when it comes back', async ({ page }) => {
      await open(page);
      for (const grade of ['1', '3']) {
        // As a candidate does it: read the card, show the answer, grade, and see the next card.
        const before = await question(page).textContent();
        await page.keyboard.press('Space');
        await expect(page.locator('.drill-grade')).toHaveCount(4);
        await page.keyboard.press(grade);
        await expect(question(page)).not.toHaveText(before ?? '');
      }
      await page.getByRole('button', { name: 'End session and see the summary' }).click();
      const summary = page.locator('.drill-summary');
      await expect(summary).toContainText('2 cards, 2 reviews');
      await expect(summary.getByRole('row', { name: /Blanked — Again 1/ })).toBeVisible();
      await expect(summary.getByRole('row', { name: /Solid — Good 1/ })).toBeVisible();
      await expect(summary.locator('.drill-comes-back li')).toHaveCount(2);
      await axe(page);
    });

    test('Progress shows a due forecast and a reviews calendar whose counts agree with the status line', async ({ page }) => {
      await open(page);
      await page.keyboard.press('Space');
      await page.keyboard.press('1');
      await page.getByRole('tab', { name: 'Progress' }).click();
      const forecast = page.locator('.drill-chart').first();
      await expect(forecast.locator('svg rect')).toHaveCount(14);
      await expect(forecast.getByRole('row', { name: /^Today 1$/ })).toBeVisible();
      const calendar = page.locator('.drill-chart').nth(1);
      await expect(calendar.getByRole('row', { name: /^Today 1$/ })).toBeVisible();
      await expect(page.locator('.drill-weakest li').first()).toContainText(/Blanked last time, due (now|later today)/);
      await axe(page);
    });

    test('own questions survive export and import', async ({ page, browser }) => {
      await open(page);
      await page.getByRole('tab', { name: 'Your data' }).click();
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByRole('button', { name: 'Add question' }).click();
      await expect(page.getByText('Write the question.')).toBeVisible();
      await axe(page);
      await page.getByLabel('Question', { exact: true }).fill('How would you explain a late refund to a regular customer?');
      await page.getByLabel('A strong answer shows (optional)').fill('Owns the delay\nGives a date');
      await page.getByLabel('Category').selectOption('situational');
      await page.getByRole('button', { name: 'Add question' }).click();
      await expect(page.locator('.drill-own li')).toContainText('How would you explain a late refund to a regular customer?');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(JSON.stringify(JSON.parse(text).progress.custom)).toContain('late refund');

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await open(other);
      await other.getByRole('tab', { name: 'Your data' }).click();
      await expect(other.locator('.drill-own li')).toHaveCount(0);
      await other.getByLabel('Import progress from a file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
      await other.getByRole('dialog', { name: 'Import this progress?' }).getByRole('button', { name: 'Replace my progress' }).click();
      await expect(other.locator('.drill-own li')).toContainText('How would you explain a late refund to a regular customer?');
      await fresh.close();
    });
  });
}
