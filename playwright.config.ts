import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The browser: $CHROMIUM_PATH first, then Debian's Chromium, then whatever
 * Playwright has installed itself (a developer laptop). Never downloaded here.
 */
function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const executablePath = chromiumPath();
/** The real site on E2E_PORT, the fixture site on the port after it. */
const PORT = Number(process.env.E2E_PORT ?? 4322);
const FIXTURE_PORT = PORT + 1;

/**
 * Two sites, two projects. `pages` checks the real build (dist/, content/): every sitemap page,
 * the guides' figures against the content (tests/e2e/expected.ts), the built files.
 * `behaviour` drives the islands and tools on a small invented content set built once into
 * dist-fixture/ (npm run build:fixture, tests/fixtures/content/site/), so a data refresh of
 * content/ changes no behaviour test.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI one retry: a test that fails and then passes is reported as flaky in the run's summary
  // (and must be mended), but one slow moment on a shared machine does not sink the run.
  // Locally none, so a flaky test is seen at once.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    // Each new context would register the service worker after the first load and precache the
    // whole site (about 140 files, 3 MB) behind the test's back: CPU spent in every test, and
    // later navigations then go through the worker or not depending on timing. Offline use is
    // tested on purpose in offline.spec.ts, which allows service workers.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'pages', testDir: 'tests/e2e/pages', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'behaviour', testDir: 'tests/e2e/behaviour', use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      // Serves the production build in dist/ (npm test builds it first).
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Serves the fixture build in dist-fixture/ (npm test builds it after dist/).
      command: `node scripts/serve.mjs --port ${FIXTURE_PORT} --dir dist-fixture`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
