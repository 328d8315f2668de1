/** What the browser tests of both sites (the real build and the fixture's) need to know about a built site. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type ConsoleMessage, type Locator, type Page, type Request } from '@playwright/test';

/**
 * Every page in the sitemap, as a path: new pages are tested without listing them here. Of the
 * real build by default; the behaviour tests pass the fixture build's folder (fixture.ts DIST).
 */
export function allPages(dist = 'dist'): string[] {
  const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

export const CSR = '/careers/customer-service-representative/';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG violations on the page as it is now, one line each: rule id and the elements.
 * Run in the page itself (axe.run, "legacy mode"): the default runs axe in every frame and then
 * opens a blank tab to merge the frames' results, injecting axe a second time there, which costs
 * a new tab per check for nothing here: the site has no iframes (and legacy mode still checks
 * same-origin ones). The same rules run on the same document either way.
 */
export async function axeViolations(page: Page, options: { disableRules?: string[] } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  if (options.disableRules?.length) builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Collects console errors and failed requests while a test runs. */
export function watchErrors(page: Page): string[] {
  return collectErrors(page).errors;
}

/**
 * Collects console errors and failed requests on the page until `stop()`: for a page that outlives
 * the test (one tab shared by a worker's tests), so each test sees only its own visit's errors.
 */
export function collectErrors(page: Page): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  };
  const onPageError = (err: Error) => errors.push(`page error: ${err.message}`);
  // A request the page's own navigation (a reload, a link) cut short is not an error the reader
  // meets: it is dropped only when it was aborted and a new page load began after it started
  // (or it started before watching began, on the page the first navigation left).
  let navigations = 0;
  const startedAt = new WeakMap<Request, number>();
  const onRequest = (req: Request) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigations += 1;
    startedAt.set(req, navigations);
  };
  const onRequestFailed = (req: Request) => {
    const started = startedAt.get(req) ?? -1;
    const cutByNavigation = req.failure()?.errorText === 'net::ERR_ABORTED' && navigations > started;
    if (!cutByNavigation) errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onRequestFailed);
  };
  return { errors, stop };
}

/**
 * For each element the locator finds: whether it is wholly inside the viewport and not under
 * anything pinned over it (the sticky site header, a sticky bar): what shows at its top-left
 * corner and at its centre is the element itself.
 */
export function onScreen(locator: Locator): Promise<boolean[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const inside = r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      const points: [number, number][] = [
        [r.left + 4, r.top + 4],
        [r.left + r.width / 2, r.top + r.height / 2],
      ];
      return inside && points.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
    }),
  );
}

/** Opens the search dialog with "/", as a reader would, and waits until it is ready for a query. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.locator('body').press('/');
  const input = page.getByRole('combobox', { name: /Search careers/ });
  await expect(input).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /ready|result|Type/ })).toBeVisible();
  return input;
}
