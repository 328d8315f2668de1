import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, onScreen, watchErrors } from '../site';
import { ASSESSMENT_KEY as KEY, MAIN, occupationSkills, PATIENCE, SKILLS } from '../fixture';
// Rating fifteen skills one key at a time, with axe, takes a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

async function open(page: Page, hash = '') {
  await page.goto(`${SKILLS}${hash}`);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
}

async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Reads the saved assessment (the stored envelope's data) through `pick`. */
type Saved = { draft?: { ratings?: Record<string, number> }; history?: unknown[] };
const stored = <T>(page: Page, pick: (data: Saved) => T) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').data ?? {}, KEY).then((d: Saved) => pick(d));

/** Rates every skill from the keyboard: Tab into each radio group, arrows to the level. */
async function rateAll(page: Page, levels: (i: number) => number) {
  const groups = page.locator('fieldset.assess-skill');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const first = groups.nth(i).locator('input[type="radio"]').first();
    await first.focus();
    // Focusing an unchecked group then pressing ArrowRight would check level 2; Space checks the focused one.
    await page.keyboard.press('Space');
    for (let k = 1; k < levels(i); k++) await page.keyboard.press('ArrowRight');
  }
  return n;
}

/**
 * Rates every skill with one click on its level: for tests about what comes after the form (the
 * keyboard path is the first test's), a fifth of the key presses.
 */
async function rateQuickly(page: Page, levels: (i: number) => number) {
  const groups = page.locator('fieldset.assess-skill');
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).locator('input[type="radio"]').nth(levels(i) - 1).check();
  await expect(page.locator('.assess-progress')).toContainText(`${n} of ${n} skills rated`);
  return n;
}

test.describe('skills self-assessment', () => {
  test('rating every skill by keyboard gives results with strengths and gaps', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page);
    await axe(page);
    const n = await rateAll(page, (i) => (i % 3 === 0 ? 1 : 4));
    await expect(page.locator('.assess-progress')).toContainText(`${n} of ${n} skills rated`);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: /Your readiness: \d+%/ })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Your strengths' })).toBeVisible();
    const gaps = page.locator('.assess-gap');
    expect(await gaps.count()).toBeGreaterThan(0);
    await expect(page.locator('.assess-table tbody tr')).toHaveCount(n);
    await axe(page);
    expect(errors).toEqual([]);
  });

  test('a gap’s practice link opens the drill filtered to that skill', async ({ page }) => {
    await open(page);
    await rateQuickly(page, (i) => (i === 0 ? 1 : 5));
    await page.getByRole('button', { name: 'See my results' }).click();
    const link = page.locator('.assess-gap').first().getByRole('link', { name: /^Practice .+ questions$/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/interview\/\?skill=[a-z-]+$/);
    await link.click();
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.drill-deck-name')).toContainText(/\d+ questions? on /);
  });

  test('the same rating everywhere gets a warning', async ({ page }) => {
    await open(page);
    await rateQuickly(page, () => 3);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You gave every skill the same rating' })).toBeVisible();
  });

  test('ratings are kept across a reload, before and after finishing', async ({ page }) => {
    await open(page);
    const first = page.locator('fieldset.assess-skill').first().locator('input[type="radio"]').nth(3);
    await first.check();
    // Saves run in an effect after the render: wait for the rating to reach storage, then reload.
    await expect.poll(() => stored(page, (d) => Object.keys(d.draft?.ratings ?? {}).length)).toBe(1);
    await page.reload();
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('fieldset.assess-skill').first().locator('input[type="radio"]').nth(3)).toBeChecked();
    await rateQuickly(page, () => 4);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: /Your readiness/ })).toBeVisible();
    await expect.poll(() => stored(page, (d) => d.history?.length)).toBe(1);
    await page.reload();
    await expect(page.getByRole('heading', { name: /Your readiness/ })).toBeVisible();

    // A second assessment shows the change per skill since the first.
    await page.getByRole('button', { name: 'Rate myself again' }).click();
    const first2 = page.locator('fieldset.assess-skill').first().locator('input[type="radio"]');
    await first2.nth(4).check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('columnheader', { name: 'Since last time' })).toBeVisible();
    await expect(page.locator('.assess-table tbody tr').first().locator('td').last()).toHaveText('+1');
    await expect(page.locator('.assess-table tbody tr').nth(1).locator('td').last()).toHaveText('unchanged');
    await expect(page.getByText(/^Since .+: 1 skill up/)).toBeVisible();
  });

  test('a shared link opens the same results in a fresh browser, read-only, saving nothing', async ({ page, browser }) => {
    await open(page);
    await rateQuickly(page, (i) => (i % 2 ? 2 : 5));
    await page.getByRole('button', { name: 'See my results' }).click();
    const readiness = await page.getByRole('heading', { name: /Your readiness/ }).textContent();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByLabel('Your link').inputValue();
    expect(link).toMatch(new RegExp(`#v1\\.${MAIN}\\.\\d{8}\\.\\d+\\.[0-9a-z]{2}$`));

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(other.getByText('Shared result.')).toBeVisible();
    // The same figure, in the third person: the reader is not the person rated.
    await expect(other.getByRole('heading', { name: /This person’s readiness/ })).toHaveText((readiness ?? '').replace('Your readiness', 'This person’s readiness'));
    await axe(other);
    expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await other.getByRole('button', { name: 'Save as mine' }).click();
    await expect.poll(() => other.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
    await fresh.close();
  });

  test('a malformed or tampered link gets a clear message, and the form still works', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, `#v1.${MAIN}.20260101.<img src=x onerror=alert(1)>.zz`);
    await expect(page.getByRole('alert')).toContainText('not a shared skills result');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // The second link opens in a tab of its own, as a shared link often does. Leaving this page
    // instead would cut short a panel still loading (the backup reminder comes late), which the
    // error watcher cannot always tell from a real failure.
    const other = await page.context().newPage();
    const otherErrors = watchErrors(other);
    await open(other, `#v1.${MAIN}.20260101.${'3'.repeat(occupationSkills(MAIN).length)}.00`);
    await expect(other.getByRole('alert')).toContainText(/does not check out|changed/);
    await expect(other.locator('fieldset.assess-skill').first()).toBeVisible();
    expect(otherErrors).toEqual([]);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('corrupted storage is kept aside and reported', async ({ page }) => {
    await page.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, 'not json at all');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await open(page);
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await page.locator('fieldset.assess-skill').first().locator('input[type="radio"]').first().check();
    await expect(page.locator('.assess-progress')).toContainText('1 of');
  });

  test('blocked storage works in memory with a notice', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await open(page);
    await expect(page.getByRole('status').filter({ hasText: 'not letting the site store data' })).toBeVisible();
    await rateQuickly(page, () => 4);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: /Your readiness/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('export, then import into a fresh browser; a broken file is refused', async ({ page, browser }) => {
    await open(page);
    await rateQuickly(page, () => 4);
    await page.getByRole('button', { name: 'See my results' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my results' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    // The export counts as a backup: the reader is told, and this browser's notes say when.
    await expect(page.getByRole('status').filter({ hasText: 'Results exported to a file.' })).toBeAttached();
    await expect(page.getByText(/Last backed up/)).toBeVisible();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await open(other);
    const input = other.getByLabel('Import results from a file');
    await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1,2') });
    await expect(other.getByRole('alert')).toContainText('Your results have not changed');
    await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = other.getByRole('dialog', { name: 'Import these results?' });
    await expect(dialog).toContainText('holds 1 assessment');
    await dialog.getByRole('button', { name: 'Replace mine' }).click();
    await expect.poll(() => stored(other, (d) => d.history?.length)).toBe(1);
    await other.reload();
    await expect(other.getByRole('heading', { name: /Your readiness/ })).toBeVisible();
    await fresh.close();
  });

  test('the readiness report prints without the form or the site’s navigation; axe is clean on results, the import dialog and print', async ({ page }) => {
    test.setTimeout(90_000); // three axe runs
    await open(page);
    await rateQuickly(page, () => 4);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: /Your readiness/ })).toBeVisible();
    await axe(page);
    // The data panel's import dialog, as the shared panel opens it (its validator loads on demand).
    const file = { app: 'csr-guide', kind: 'skills-assessment', version: 1, occupation: MAIN, exportedAt: new Date().toISOString(), history: [{ occupation: MAIN, ratings: { [PATIENCE]: 3 }, completedAt: '2025-03-03T09:00:00.000Z' }] };
    await page.getByLabel('Import results from a file').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const dialog = page.getByRole('dialog', { name: 'Import these results?' });
    await expect(dialog).toContainText('holds 1 assessment');
    await axe(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: /Your readiness/ })).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your data' })).toBeHidden();
    await axe(page);
  });
});

test.describe('on a phone, one skill per screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const shown = (page: Page) => page.locator('fieldset.assess-skill:visible');
  const status = (page: Page) => page.locator('.assess-progress');

  test('Back and Next step through the skills by keyboard, the bar stays in view, and finishing opens the headline', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page);
    const total = occupationSkills(MAIN).length;
    await expect(shown(page)).toHaveCount(1);
    await expect(status(page)).toHaveText(`Skill 1 of ${total} · 0 rated`);
    // The in-between levels are explained once, above the form, not under every skill.
    await expect(page.getByText(/Choose 2 or 4 when you are between two descriptions/)).toHaveCount(1);
    await expect(page.getByText(/Between 1 and 3:/)).toHaveCount(0);
    await axe(page);

    // Keyboard only: Space picks level 1, arrows move to 4, Enter takes the step forward.
    await shown(page).locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    for (let k = 1; k < 4; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(`Skill 2 of ${total} · 1 rated`);
    // Focus moves to the new skill's heading, so a screen reader hears where it now is.
    await expect(shown(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(shown(page).getByRole('heading', { level: 2 })).toContainText('2.');

    // The progress bar and the buttons stay on screen while the skill scrolls under them.
    await shown(page).locator('textarea').focus();
    await page.keyboard.type('Kept a long call calm.');
    await expect.poll(() => onScreen(page.locator('.assess-status, .assess-stepnav'))).toEqual([true, true]);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(status(page)).toHaveText(`Skill 1 of ${total} · 1 rated`);
    await expect(shown(page).locator('input[type="radio"]').nth(3)).toBeChecked();
    await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
    await axe(page);

    // Reloaded half way, the form picks up at the first skill not yet rated, the note kept.
    await page.getByRole('button', { name: 'Next' }).click();
    await shown(page).locator('input[type="radio"]').nth(2).check();
    await page.reload();
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(status(page)).toHaveText(`Skill 3 of ${total} · 2 rated`);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(shown(page).locator('textarea')).toHaveValue('Kept a long call calm.');
    await page.getByRole('button', { name: 'Next' }).click();

    for (let i = 3; i <= total; i++) {
      const rating = shown(page).locator('input[type="radio"]').nth(i % 5);
      if (i > 5 || i === total) {
        await rating.check();
        if (i < total) await page.getByRole('button', { name: 'Next' }).click();
        continue;
      }
      // As a keyboard user goes: a rating lower down scrolls into view, then Next at once. The new
      // skill's heading lands below the pinned progress bar, not under it, once the page is still.
      await rating.focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
      const heading = shown(page).getByRole('heading', { level: 2 });
      await expect(heading).toContainText(`${i + 1}.`);
      await expect.poll(() => page.evaluate(() => new Promise((done) => { const y = scrollY; setTimeout(() => done(scrollY === y), 200); }))).toBe(true);
      expect(await onScreen(heading), `skill ${i + 1}'s heading is on screen`).toEqual([true]);
    }
    await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
    await page.getByRole('button', { name: 'See my results' }).click();
    const headline = page.getByRole('heading', { name: /Your readiness: \d+%/ });
    await expect(headline).toBeFocused();
    // In the top half of the screen, and not under the sticky site header (scrolling may be smooth).
    await expect.poll(() => headline.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(844 / 2);
    await expect.poll(() => onScreen(headline)).toEqual([true]);

    // Rating again starts at the first skill, every rating filled in from last time.
    await page.getByRole('button', { name: 'Rate myself again' }).click();
    await expect(status(page)).toHaveText(`Skill 1 of ${total} · ${total} rated`);
    await expect(shown(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.getByRole('button', { name: 'See my results' })).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('the last skill says how many are left and goes to the first one missed', async ({ page }) => {
    await open(page);
    const total = occupationSkills(MAIN).length;
    for (let i = 1; i < total; i++) await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('button', { name: 'See my results' })).toBeDisabled();
    await expect(page.locator('.assess-stepnav')).toContainText(`${total} left to rate`);
    await page.getByRole('button', { name: 'Go to skill 1' }).click();
    await expect(status(page)).toHaveText(`Skill 1 of ${total} · 0 rated`);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('every skill shows in one long form, its count pinned in view', async ({ page }) => {
    await open(page);
    const total = occupationSkills(MAIN).length;
    await expect(page.locator('fieldset.assess-skill:visible')).toHaveCount(total);
    await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
    await page.locator('fieldset.assess-skill').last().locator('input[type="radio"]').first().check();
    await expect.poll(() => onScreen(page.locator('.assess-status'))).toEqual([true]);
    await expect(page.locator('.assess-progress')).toContainText(`1 of ${total} skills rated`);
  });
});

test.describe('without JavaScript', () => {
  // A phone's width: without the island there is no stepping, so every skill reads at once.
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the page is a paper self-check', async ({ page }) => {
    await page.goto(SKILLS);
    const skills = page.locator('.paper-skill');
    expect(await skills.count()).toBe(occupationSkills(MAIN).length);
    await expect(skills.first().locator('.paper-box')).toHaveCount(5);
    // No target beside the boxes to steer the answer: the levels a new hire needs come after.
    await expect(skills.first()).not.toContainText('needs:');
    // The island's form, which could neither save nor score, stands aside for the paper.
    await expect(skills.last()).toBeVisible();
    await expect(page.locator('.assess')).toBeHidden();
    await expect(page.locator('fieldset.assess-skill:visible')).toHaveCount(0);
  });
});
