/**
 * The islands as a tester breaks them: server-rendered first views, React (not Preact) at work,
 * crash inputs imported and pre-seeded into storage, and axe on every lazily loaded panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from '../site';
import { ASSESSMENT_KEY as SKILLS_KEY, DRILL, DRILL_KEY, MAIN, PATIENCE, SKILLS } from '../fixture';
import { FIRST_VIEW_SKILLS } from '../../../src/lib/assessment/state';
const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const YEAR = 365 * 86_400_000;

async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function seed(page: Page, key: string, data: unknown) {
  await page.addInitScript(
    ([k, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k as string, value as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, JSON.stringify({ version: 1, savedAt: iso(NOW), data })],
  );
}

async function firstQuestionId(page: Page): Promise<string> {
  // The drill's props are one JSON text (src/lib/island-data.ts), which Astro passes as [0, text].
  const html = await (await page.request.get(DRILL)).text();
  const attribute = /<astro-island[^>]* props="([^"]*)"/.exec(html)?.[1];
  if (!attribute) throw new Error('the drill island has no props');
  const props = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'));
  const id: unknown = JSON.parse(props.data[1]).questions?.[0]?.id;
  if (typeof id !== 'string') throw new Error('first question id not found in the island props');
  return id;
}

test.describe('first view without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('the drill’s first card and the assessment’s first skills are in the HTML', async ({ page }) => {
    await page.goto(DRILL);
    await expect(page.locator('astro-island #drill-question')).not.toBeEmpty();
    await expect(page.locator('astro-island').getByRole('button', { name: /Show answer/ })).toBeVisible();
    await page.goto(SKILLS);
    await expect(page.locator('astro-island input[type="radio"]').first()).toBeAttached();
    // The first skills only: the rest come with the island, so a phone hydrates one screen's worth.
    await expect(page.locator('astro-island fieldset.assess-skill')).toHaveCount(FIRST_VIEW_SKILLS);
  });
});

test('React, not Preact, is what the island pages load', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
  });
  await page.goto(DRILL);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
  const all = scripts.join('\n');
  expect(all).toContain('react.transitional.element');
  expect(all).not.toMatch(/preact/i);
});

test.describe('crash inputs pre-seeded into storage', () => {
  test('a last review a year ahead is clamped, the user is told once, grading works, data exports', async ({ page }) => {
    const errors = watchErrors(page);
    const id = await firstQuestionId(page);
    const card = { due: iso(NOW - 1000), stability: 5, difficulty: 5, reps: 3, state: 2, last_review: iso(NOW + YEAR) };
    await seed(page, DRILL_KEY, { cards: { [id]: card } });
    await page.goto(DRILL);
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/later than this device’s clock, so it was set to now/)).toBeVisible();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByRole('button', { name: /^Solid — Good/ })).toBeVisible();
    await page.getByRole('button', { name: /^Solid — Good/ }).click();
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Undo last grade/ })).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/later than this device’s clock/)).toHaveCount(0);
    await page.getByRole('tab', { name: 'Your data' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    expect(errors).toEqual([]);
  });

  test('a note whose story id is "constructor" still shows the answer', async ({ page }) => {
    const errors = watchErrors(page);
    const id = await firstQuestionId(page);
    await seed(page, DRILL_KEY, { notes: { [id]: { situation: 'My own words', storyId: 'constructor' } } });
    await page.goto(DRILL);
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByRole('button', { name: /^Solid — Good/ })).toBeVisible();
    await expect(page.locator('.drill-notes-details').getByLabel('Situation', { exact: true })).toHaveValue('My own words');
    expect(errors).toEqual([]);
  });

  test('an assessment dated 9999 is not the latest, and the page says why', async ({ page }) => {
    await seed(page, SKILLS_KEY, { draft: { ratings: {}, notes: {} }, history: [{ occupation: MAIN, ratings: { [PATIENCE]: 1 }, completedAt: '9999-12-31T00:00:00.000Z' }] });
    await page.goto(SKILLS);
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/dated later than this device’s clock/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export my results' })).toBeEnabled();
  });
});

test.describe('crash inputs imported', () => {
  test('10,000 unknown question ids are dropped, and the dialog says how many', async ({ page }) => {
    await page.goto(DRILL);
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    const cards: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i += 1) cards[`unknown-${i}`] = { due: iso(NOW), stability: 1, difficulty: 5, reps: 1, state: 2, last_review: iso(NOW - 1000) };
    const file = { app: 'csr-guide', kind: 'drill-progress', version: 1, occupation: MAIN, exportedAt: iso(NOW), progress: { cards } };
    await page.getByRole('tab', { name: 'Your data' }).click();
    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('holds 0 graded cards');
    await expect(dialog).toContainText('10000 entries name questions this practice does not have');
    await axe(page);
    await dialog.getByRole('button', { name: 'Merge with my progress' }).click();
    await page.getByRole('tab', { name: 'Progress' }).click();
    await expect(page.locator('.drill-stats div', { hasText: 'Reviews today' }).locator('dd')).toHaveText('0');
  });

  test('a file of 1,000 assessments is described as holding 1000', async ({ page }) => {
    await page.goto(SKILLS);
    await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
    const history = Array.from({ length: 1000 }, (_, i) => ({ occupation: MAIN, ratings: { [PATIENCE]: 3 }, completedAt: iso(NOW - (i + 1) * 60_000) }));
    const file = { app: 'csr-guide', kind: 'skills-assessment', version: 1, occupation: MAIN, exportedAt: iso(NOW), history };
    await page.getByLabel('Import results from a file').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('dialog')).toContainText('holds 1000 assessments');
    await expect(page.getByRole('dialog')).toContainText('more than the 100 this browser keeps');
  });
});

test('axe stays clean on each lazily loaded drill panel once it opens', async ({ page }) => {
  test.setTimeout(150_000); // six axe runs
  const errors = watchErrors(page);
  await page.goto(DRILL);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 15_000 });
  for (const [tab, heading] of [
    ['Mock interview', /mock interview/i],
    ['Progress', 'Your progress'],
    ['Stories', /stor/i],
    ['Your data', 'Your data'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel').getByRole('heading', { name: heading }).first()).toBeVisible();
    await axe(page);
  }
  // The shared data panel's dialogs: reset asks first.
  await page.getByRole('tab', { name: 'Your data' }).click();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset all practice progress?' })).toBeVisible();
  await axe(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('tab', { name: 'Practice' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('button', { name: /^Solid — Good/ })).toBeVisible();
  await axe(page);
  expect(errors).toEqual([]);
});
