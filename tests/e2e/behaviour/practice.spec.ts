import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, watchErrors } from '../site';
import { MAIN, scenariosOf, sourceUrl } from '../fixture';

const KEY = 'csr-guide:v1:practice';
const SJT = `/practice/situational-judgment/${MAIN}/`;

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 30_000 });
}

async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

// The machine running these may be slow and shared; each test here drives a whole test run.
test.beforeEach(() => test.setTimeout(120_000));

const figure = (page: Page, name: string) =>
  page.locator('.practice-figures > div', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');

test.describe('typing test', () => {
  test('typing at a known pace scores that pace, under each employer’s rule', async ({ page }) => {
    const errors = watchErrors(page);
    await page.clock.install({ time: new Date('2026-11-02T09:00:00Z') });
    await open(page, '/practice/typing/');
    await axe(page);
    await page.clock.pauseAt(new Date('2026-11-02T10:00:00Z'));
    const passage = (await page.locator('#typing-passage').innerText()).replace(/\s+/g, ' ');
    // 150 keystrokes, one every 400 ms: 2.5 a second is 30 gross WPM over the 1-minute test.
    const text = passage.slice(0, 150);
    await page.locator('#typing-box').focus();
    for (const ch of text) {
      await page.keyboard.type(ch);
      await page.clock.runFor(400);
    }
    await page.clock.runFor(1_000);
    await expect(page.getByRole('timer')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    const gross = Number((await figure(page, 'Gross speed').innerText()).replace(/\D/g, ''));
    expect(Math.abs(gross - 30)).toBeLessThanOrEqual(1);
    await expect(figure(page, 'Errors')).toHaveText('0');
    await expect(page.locator('.practice-rules li', { hasText: 'City of San Diego' })).toContainText('needs a test of at least 5 minutes');
    await expect(page.locator('.practice-rules li', { hasText: 'City of San Diego' }).getByRole('link')).toHaveAttribute('href', sourceUrl('san-diego-typing'));
    await expect(page.getByText(/35–40 WPM/)).toBeVisible();
    await expect(page.locator('.practice-chart table tbody tr')).toHaveCount(1);
    // axe waits on timers of its own: let time run again.
    await page.clock.resume();
    await axe(page);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    expect(stored.data.attempts).toHaveLength(1);
    expect(stored.data.attempts[0]).toMatchObject({ test: 'typing', errors: 0, minutes: 1 });
    expect(errors).toEqual([]);
  });

  test('marks a wrong word as you type', async ({ page }) => {
    await open(page, '/practice/typing/');
    const first = (await page.locator('#typing-passage .word').first().innerText()).trim();
    await page.locator('#typing-box').pressSequentially(`${first}x `);
    await expect(page.locator('#typing-passage .word').first()).toHaveClass(/wrong/);
    await expect(page.locator('#typing-passage .word').nth(1)).toHaveClass(/current/);
  });

  test('refuses a paste and says why', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/practice/typing/');
    await page.evaluate(() => navigator.clipboard.writeText('Dear Mr. Alvarez, thank you for contacting us'));
    await page.locator('#typing-box').focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByRole('alert')).toContainText('Pasting is turned off');
    await expect(page.locator('#typing-box')).toHaveValue('');
    await axe(page);
  });
});

test.describe('data entry from a caller', () => {
  test.beforeEach(async ({ page }) => {
    // The fixture's caller double-charge (tests/fixtures/content/site/practice/callers.yaml).
    // A stand-in for speech: what would be spoken is recorded instead.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      class Utterance {
        lang = '';
        rate = 1;
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.defineProperty(window, 'speechSynthesis', { value: { speak: (u: Utterance) => spoken.push(u.text), cancel: () => {} }, configurable: true });
    });
  });

  test('the call is read aloud, replays are counted, and each field is checked', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/practice/data-entry/');
    await page.getByLabel('Call').selectOption('double-charge');
    await page.getByRole('button', { name: 'Play the call' }).click();
    await page.getByRole('button', { name: 'Play it again' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Replays: 1' })).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(2);
    expect(spoken[0]).toContain('5 5 2 0 1 8 7 3 4 6');
    await axe(page);
    await page.getByLabel('Customer name').fill('rosa  DELGADO');
    await page.getByLabel('Account number').pressSequentially('5520-1873-46');
    await page.getByLabel('Phone').pressSequentially('480 555 0139');
    await page.getByLabel('Address').fill('2291 west palm lane phoenix');
    await page.getByLabel('Issue category').selectOption('Billing');
    await page.getByLabel('Note').fill('Says she was charged twice: two payments of $42, wants one refunded.');
    await page.getByRole('button', { name: 'Save the record and check it' }).click();
    await expect(page.getByRole('heading', { name: 'Your record, checked' })).toBeFocused();
    await expect(figure(page, 'Fields right')).toHaveText('5 of 6');
    await expect(page.getByRole('row', { name: /Phone/ })).toContainText('Not right');
    await expect(page.getByRole('row', { name: /Customer name/ })).toContainText('Right');
    await expect(figure(page, 'Replays')).toHaveText('1');
    await axe(page);
    expect(errors).toEqual([]);
  });

  test('without speech, the call is shown as text', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await open(page, '/practice/data-entry/');
    await expect(page.getByText('This browser cannot read text aloud')).toBeVisible();
    await page.getByRole('button', { name: 'Show the call and start the clock' }).click();
    await expect(page.locator('.de-script')).toContainText('account number');
  });
});

test.describe('situational judgment', () => {
  test('a run by keyboard, with a review that explains every response', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, SJT);
    await axe(page);
    await page.getByLabel('Most effective: response A').check();
    // One response cannot be both: choosing A as least clears it as most.
    await page.getByLabel('Least effective: response A').check();
    await expect(page.getByRole('status').filter({ hasText: 'cannot be both' })).toBeVisible();
    await expect(page.getByLabel('Most effective: response A')).not.toBeChecked();
    await page.getByLabel('Most effective: response B').check();
    await page.getByRole('button', { name: 'Next scenario' }).click();
    await expect(page.getByRole('heading', { name: /^Scenario 2 of \d+/ })).toBeFocused();
    await page.getByLabel('Most effective: response C').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Least effective: response D').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Finish and review (2 answered)' }).click();
    await expect(page.getByRole('heading', { name: 'Your review' })).toBeFocused();
    const reviews = page.locator('article.sjt-review');
    await expect(reviews).toHaveCount(2);
    await expect(reviews.first().locator('li')).toHaveCount(4);
    await expect(reviews.first()).toContainText('Why:');
    // The headline total is the sum of the scenarios' points.
    const parts = await reviews.locator('h4').allInnerTexts();
    const sum = parts.reduce((n, t) => n + Number(/: (\d) of 4 points/.exec(t)![1]), 0);
    await expect(page.locator('.practice-score').first()).toContainText(`${sum} of 8 points`);
    await axe(page);
    expect(errors).toEqual([]);
  });

  test('agreeing with the key scores full points, and weak skills link to the drill', async ({ page }) => {
    await open(page, SJT);
    await page.getByLabel('Most effective: response A').check();
    await page.getByLabel('Least effective: response B').check();
    await page.getByRole('button', { name: /Finish and review/ }).click();
    const review = page.locator('article.sjt-review').first();
    const best = /Most effective: ([A-D])\./.exec(await review.innerText())![1]!;
    const worst = /Least effective: ([A-D])\./.exec(await review.innerText())![1]!;
    const gotPoints = /: (\d) of 4 points/.exec(await review.locator('h4').innerText())![1];
    // Under 60% of a scenario's 4 points (0, 1 or 2) makes its skills weak, with a drill link each.
    if (Number(gotPoints) <= 2) {
      const link = page.getByRole('link', { name: /practice interview questions on it/ }).first();
      await expect(link).toHaveAttribute('href', new RegExp(`/careers/${MAIN}/interview/\\?skill=[a-z-]+$`));
    }
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByLabel(`Most effective: response ${best}`).check();
    await page.getByLabel(`Least effective: response ${worst}`).check();
    await page.getByRole('button', { name: /Finish and review/ }).click();
    await expect(page.locator('.practice-score').first()).toContainText('4 of 4 points (100%)');
    await expect(page.getByText('No skill scored under 60% in this round.')).toBeVisible();
  });

  test('the paper version has every scenario and an answer key, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SJT}paper/`);
    const count = scenariosOf(MAIN).length;
    await expect(page.locator('#paper-test + ol > li')).toHaveCount(count);
    await expect(page.locator('#paper-key + p + ol > li')).toHaveCount(count);
    await expect(page.locator('#paper-key + p + ol > li').first()).toContainText('Most effective:');
    await context.close();
  });
});

test.describe('written reply', () => {
  test('write against the clock, pause, then check with figures and the model reply', async ({ page }) => {
    await open(page, '/practice/written-reply/');
    await page.getByRole('button', { name: /^Start the \d+-minute reply$/ }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.getByLabel('Your reply').fill('Hi Helen, I am sorry your refund is late. It will reach your card by Thursday.');
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await expect(page.getByRole('button', { name: 'Resume the clock' })).toHaveAttribute('aria-pressed', 'true');
    await axe(page);
    await page.getByRole('button', { name: 'Resume the clock' }).click();
    await page.getByRole('button', { name: 'Send my reply' }).click();
    await expect(page.getByRole('heading', { name: 'Check your reply' })).toBeFocused();
    await expect(figure(page, 'Words')).toHaveText('16');
    await page.getByRole('checkbox', { name: /^Greeting/ }).check();
    await page.getByRole('checkbox', { name: /^Next steps/ }).check();
    await page.getByRole('button', { name: 'Save my self-check' }).click();
    await expect(page.getByRole('heading', { name: 'Our model reply' })).toBeVisible();
    await axe(page);
  });
});

test.describe('results history', () => {
  test('attempts survive a reload and an export and import', async ({ page }) => {
    await open(page, SJT);
    await page.getByLabel('Most effective: response A').check();
    await page.getByLabel('Least effective: response B').check();
    await page.getByRole('button', { name: /Finish and review/ }).click();
    await open(page, '/practice/results/');
    await expect(page.getByRole('heading', { name: 'Situational judgment' })).toBeVisible();
    await expect(page.getByText('1 attempt;')).toBeVisible();
    await axe(page);
    await page.reload();
    await expect(page.getByText('1 attempt;')).toBeVisible();
    await expect(page.getByText(/not a certificate/).first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my results' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ app: 'csr-guide', kind: 'practice-results', version: 1 });

    await page.evaluate((key) => localStorage.removeItem(key), KEY);
    await page.reload();
    await expect(page.getByText('No attempts yet.')).toBeVisible();
    await page.getByLabel('Import results from a file').setInputFiles({ name: 'results.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('dialog', { name: 'Import these results?' })).toContainText('1 of them are not in this browser yet');
    await axe(page);
    await page.getByRole('button', { name: 'Add them to mine' }).click();
    await expect(page.getByText('1 attempt;')).toBeVisible();
    await page.reload();
    await expect(page.getByText('1 attempt;')).toBeVisible();
  });

  test('a damaged file is refused with a clear message and nothing changes', async ({ page }) => {
    await open(page, '/practice/results/');
    await page.getByLabel('Import results from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"csr-guide"') });
    await expect(page.getByRole('alert')).toContainText('not JSON');
    await expect(page.getByText('No attempts yet.')).toBeVisible();
  });
});
