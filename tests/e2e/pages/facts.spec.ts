/**
 * Every number tells the truth: each figure on a built page has its source and period beside it
 * (the facts ledger), no "not known" sits next to a value of the same measure, and names cut at
 * commas never reach the page.
 */
import { expect, test } from '../shared-tab';
import { buildLedger } from '../../../scripts/lib/facts.mjs';
import { allPages } from '../site';

const guides = allPages().filter((p) => /^\/careers\/[^/]+\/$/.test(p) && p !== '/careers/compare/');

test('the facts ledger finds figures on the guides, and none lacks a period, a source or its citation', () => {
  const ledger = buildLedger('dist');
  expect(ledger.problems).toEqual([]);
  for (const g of guides) expect(ledger.entries.some((e) => e.page === g), `${g} has figures in the ledger`).toBe(true);
  for (const e of ledger.entries) {
    expect(e.period, `${e.page} ${e.id}`).toMatch(/^\d{4}(-\d{2})?(–\d{2,4})?/);
    expect(e.survey, `${e.page} ${e.id}`).toBeTruthy();
  }
});

for (const path of guides) {
  test(`${path}: every number in key facts, pay and outlook is a figure with its source and period`, async ({ visitor: page }) => {
    await page.goto(path);
    for (const id of ['key-facts', 'pay', 'outlook']) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      // Any element holding a digit that is not a citation or a "what we don't know" note must be a figure.
      const stray = await section.evaluate((root) => {
        const out: string[] = [];
        for (const el of root.querySelectorAll('.fact-value, p > strong, td.num')) {
          if (!/\d/.test(el.textContent ?? '')) continue;
          if (!el.closest('[data-fig]') && !el.querySelector('[data-fig]')) out.push(el.textContent!.trim());
        }
        return out;
      });
      expect(stray, `${path}#${id}`).toEqual([]);
    }
    for (const cite of await page.locator('[data-fig-cite]').all()) {
      await expect(cite).toContainText(/Source: .+, (\w+ )?\d{4}/);
    }
  });

  test(`${path}: nothing shown as not known also appears as a value`, async ({ visitor: page }) => {
    await page.goto(path);
    const facts = page.locator('.facts li');
    const unknownLabels = await facts.filter({ hasText: 'Not known' }).locator('.fact-label').allTextContents();
    const shown = await page.locator('[data-fig]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fig')!));
    if (unknownLabels.some((l) => l.includes('per hour'))) {
      expect(shown.filter((id) => id.endsWith(':medianHourly'))).toEqual([]);
      // Nor may the chart present worked-out hourly figures as the measure.
      const caption = page.locator('#pay-chart-caption');
      if ((await caption.count()) > 0) await expect(caption).not.toContainText(/hourly pay/);
    }
    if (unknownLabels.some((l) => l.includes('per year'))) expect(shown.filter((id) => id.endsWith(':medianAnnual'))).toEqual([]);
  });
}

test('full industry and occupation names are shown, commas and all', async ({ page }) => {
  await page.goto('/careers/customer-service-representative/');
  await expect(page.locator('table', { hasText: 'Largest employers' }).getByRole('rowheader', { name: 'Professional, scientific and technical services' })).toBeVisible();
  await page.goto('/careers/bill-and-account-collector/');
  await expect(page.locator('section[aria-labelledby="related"]')).toContainText('Credit Authorizers, Checkers, and Clerks');
  await page.goto('/careers/receptionist/');
  await expect(page.locator('section[aria-labelledby="related"]')).toContainText('Hotel, Motel, and Resort Desk Clerks');
});

test('each related occupation says where the link comes from', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of guides) {
    await page.goto(path);
    const section = page.locator('section[aria-labelledby="related"]');
    const onet = section.getByRole('list', { name: "On O*NET's list of related occupations" }).getByRole('listitem');
    const ours = section.getByRole('list', { name: 'Our selection, with the reason' }).getByRole('listitem');
    // Every item sits in one of the two lists, and each of our own choices gives its reason.
    expect((await onet.count()) + (await ours.count()), path).toBe(await section.locator('li').count());
    for (const item of await ours.all()) await expect(item).toContainText(/: \S.{10,}/);
  }
});

test('figures are said to be for the United States wherever they appear', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ['/', '/careers/', '/careers/compare/', ...guides.slice(0, 1), '/counselors/handouts/teller/one-pager/']) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText('Figures are for the United States');
  }
});

test('nothing prints or links to localhost', async ({ page }) => {
  for (const path of ['/careers/teller/', '/counselors/handouts/teller/one-pager/']) {
    const response = await page.request.get(path);
    expect(await response.text()).not.toMatch(/localhost|127\.0\.0\.1/);
  }
});
