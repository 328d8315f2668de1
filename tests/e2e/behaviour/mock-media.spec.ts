/** The mock interview with Chromium's fake microphone: recording, playback, storage, speech. */
import { expect, test, type Page } from '@playwright/test';
import { DRILL } from '../fixture';
test.describe.configure({ timeout: 120_000 });

async function openMock(page: Page) {
  await page.goto(DRILL);
  await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Mock interview' }).click();
}

// Chromium's fake microphone for the whole file; the denied case replaces getUserMedia itself.
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  },
  permissions: ['microphone'],
});

test.describe('with a fake microphone', () => {
  test('a recording is made, played back, kept, survives a reload and is deleted', async ({ page }) => {
    await openMock(page);
    await page.getByRole('button', { name: 'Start mock interview' }).click();
    await page.getByRole('button', { name: 'Record your answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recording…' })).toBeVisible();
    await page.getByRole('button', { name: 'Stop recording' }).click();
    const audio = page.locator('.drill-take audio');
    await expect(audio).toBeVisible();
    // The take holds sound: it plays, and time moves on.
    await audio.evaluate((el: HTMLAudioElement) => el.play());
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime > 0 || el.ended)).toBe(true);
    // A recording counts as an answer: grading opens at once.
    await expect(page.getByRole('button', { name: /Solid — Good/ })).toBeEnabled();
    await page.getByRole('button', { name: 'Keep recording' }).click();
    await expect(page.getByText('Kept on this device.', { exact: true })).toBeVisible();
    await page.reload();
    await openMock(page);
    const list = page.locator('.drill-recording-list li');
    await expect(list).toHaveCount(1);
    await expect(page.getByText(/1 recording, .* on this device/)).toBeVisible();
    // Kept in IndexedDB, it still plays after the reload.
    const kept = list.first().locator('audio');
    await kept.evaluate((el: HTMLAudioElement) => el.play());
    await expect.poll(() => kept.evaluate((el: HTMLAudioElement) => el.currentTime > 0 || el.ended)).toBe(true);
    await page.locator('.drill-recording-list').getByRole('button', { name: /Delete recording/ }).click();
    await expect(list).toHaveCount(0);
    await page.reload();
    await openMock(page);
    await expect(page.getByText(/^None yet. Recordings you keep stay on this device/)).toBeVisible();
  });

  test('speechSynthesis.speak is called with the question', async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
    });
    await openMock(page);
    await page.getByRole('button', { name: 'Start mock interview' }).click();
    const text = await page.locator('#mock-question').textContent();
    await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toContain(text);
  });
});

test.describe('without microphone permission', () => {
  test('denied permission leads to text-only practice', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await openMock(page);
    await page.getByRole('button', { name: 'Start mock interview' }).click();
    await page.getByRole('button', { name: 'Record your answer' }).click();
    await expect(page.getByRole('alert')).toContainText('Microphone access was not allowed, so practice is text only');
    const box = page.getByLabel('Type your answer (not saved)');
    await expect(box).toBeVisible();
    await box.fill(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '));
    await expect(page.getByRole('button', { name: /Solid — Good/ })).toBeEnabled();
  });
});
