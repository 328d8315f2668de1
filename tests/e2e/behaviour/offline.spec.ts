import { expect, test, type BrowserContext } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, DRILL_KEY, GUIDE, MAIN, OTHER, PATIENCE, title } from '../fixture';

test.use({ serviceWorkers: 'allow' });

async function installed(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // Ready means active: the install step has stored every precached file.
    return registration.active?.state;
  });
  return page;
}

test('after one visit, the guide, the drill and the self-assessment work offline', async ({ context }) => {
  const page = await installed(context, GUIDE);
  await context.setOffline(true);

  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title(MAIN));

  await page.goto(`${GUIDE}interview/?category=behavioral`);
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  const before = await page.locator('.drill-status').textContent();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  // The count of new cards drops by one once the grade is taken.
  await expect(page.locator('.drill-status')).not.toHaveText(before ?? '');
  // The save runs in an effect after the render: wait for it rather than racing it.
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').data?.log?.length, DRILL_KEY))
    .toBe(1);

  await page.goto(`${GUIDE}skills/`);
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  await page.goto(`/careers/${OTHER}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title(OTHER));
});

test('a new build replaces the old cache and keeps what the reader saved', async ({ browser }) => {
  // A private copy of the build, so rewriting it cannot disturb other tests.
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-update-'));
  cpSync(DIST, dir, { recursive: true });
  // The port after the two sites' (playwright.config.ts): E2E_PORT and E2E_PORT + 1.
  const port = Number(process.env.E2E_PORT ?? 4322) + 2;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    let exited: number | null = null;
    server.on('exit', (code) => (exited = code ?? -1));
    // Fails the test, naming the port, if the copy's server never answers or dies on the way.
    await expect
      .poll(
        async () => {
          if (exited !== null) return `server exited with ${exited}`;
          return fetch(`${base}/`).then(
            (r) => (r.ok ? 'ready' : `HTTP ${r.status}`),
            () => 'not answering',
          );
        },
        { message: `the server for the copied build on port ${port} did not start`, timeout: 15_000 },
      )
      .toBe('ready');
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installed(context, `${base}/`);
    await page.evaluate((k) => localStorage.setItem(k, '{"kept":true}'), DRILL_KEY);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // "Deploy" a new build: the home page changes, so the service worker's version does too.
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)?.[1];
    expect(oldVersion).toBeTruthy();
    writeFileSync(path.join(dir, 'sw.js'), sw.replace(`"${oldVersion}"`, '"next-build"'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual(['csr-guide-next-build']);
    expect(await page.evaluate((k) => localStorage.getItem(k), DRILL_KEY)).toBe('{"kept":true}');
    await context.close();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('offline, a page not kept on this device', () => {
  test('says so with status 503 and links to what works offline; a page that does not exist is a 404', async ({ context }) => {
    const page = await installed(context, GUIDE);
    await context.setOffline(true);

    for (const path of ['/sources/', '/counselors/', `/counselors/handouts/${MAIN}/one-pager/`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(503);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(/You're offline/);
      await expect(page.getByRole('link', { name: 'interview practice' }).first()).toHaveAttribute('href', /\/interview\/$/);
    }

    const missing = await page.goto('/careers/no-such-job/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");

    // Each link on the offline page opens from the cache.
    await page.goto('/sources/');
    await page.getByRole('link', { name: 'The glossary' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  });
});

test('a shared result or a query never becomes a Cache Storage key', async ({ context }) => {
  const page = await installed(context, `${GUIDE}skills/`);
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  const groups = page.locator('fieldset.assess-skill');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input[type="radio"]').nth(i % 5).check();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByLabel('Your link').inputValue();
  const digits = /\.(\d{8}\.\d+\.[0-9a-z]{2})$/.exec(link)?.[1];
  expect(digits).toBeTruthy();

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText('Shared result.')).toBeVisible();
  await other.goto(`${GUIDE}interview/?skill=${PATIENCE}&utm_source=mail`);
  await other.goto(`${GUIDE}interview/?category=behavioral`);
  await other.goto('/sources/?from=footer#top');

  const keys = await other.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) all.push(request.url);
    return all;
  });
  expect(keys.length).toBeGreaterThan(10);
  expect(keys.filter((k) => k.includes('#') || k.includes(digits!) || k.includes('?'))).toEqual([]);
  expect(keys.filter((k) => k.endsWith(`${GUIDE}interview/`))).toHaveLength(1);
  expect(keys.some((k) => k.endsWith('/sources/'))).toBe(true);
});

test('when the cache cannot store a page, the page the network gave is still what shows', async ({ context }) => {
  const page = await installed(context, '/');
  const cdp = await context.newCDPSession(page);
  // A quota of one byte: every cache.put from now on fails, as on a full device.
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  const response = await page.goto('/counselors/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/offline|can't find/i);
  await expect(page).toHaveTitle(/Counselors|counselor/i);
  const kept = await page.evaluate(async () => (await caches.match('/counselors/')) !== undefined);
  expect(kept).toBe(false);
});
