/**
 * `visitor`: one browser tab per worker that the read-only checks share (the page checks, the
 * figures on each guide, the handouts' print): it visits page after page, as a reader clicking
 * through the site does. A fresh context and tab per page cost more than most of these checks
 * themselves: a new renderer, and axe compiled and warmed up again on every page.
 *
 * Each visit starts as a first one: the test's window size, screen media in light mode, and
 * nothing stored by the page before. A test that changes anything else about the tab (listeners,
 * routes, permissions, init scripts, the clock) or about the context (JavaScript off, a colour
 * scheme) takes the usual `page` instead. After a failed test
 * Playwright starts a new worker, so a broken tab is not handed on.
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<{ visitor: Page }, { sharedTab: Page }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      // As the config's own contexts: the site's address, and no service worker.
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  // The test's own window size (test.use({ viewport })), else Playwright's default.
  visitor: async ({ sharedTab, viewport }, use) => {
    await sharedTab.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await sharedTab.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await sharedTab.evaluate(() => {
      if (location.protocol.startsWith('http')) {
        localStorage.clear();
        sessionStorage.clear();
      }
    });
    await use(sharedTab);
  },
});
