/** Issue 14: the work is one tap away on a phone and a desktop, and old links still land. */
import { expect, test, type Page } from '@playwright/test';
import { CSR } from '../site';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The element's box lies wholly within the first `screens` viewport heights of the page. */
async function withinScreens(page: Page, selector: string, screens: number) {
  const box = await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height };
  });
  const limit = page.viewportSize()!.height * screens;
  expect(box.height, `${selector} is not shown`).toBeGreaterThan(0);
  expect(box.bottom, `${selector} ends at ${Math.round(box.bottom)} px, past ${limit} px`).toBeLessThanOrEqual(limit);
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test.describe(`on a ${name} (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('home leads to the drill and the self-assessment in the first screen', async ({ page }) => {
      await page.goto('/');
      const paths = page.getByRole('navigation', { name: 'Start here' });
      const drill = paths.getByRole('link', { name: 'Practice for an interview', exact: true });
      const skills = paths.getByRole('link', { name: 'Check your skills', exact: true });
      await expect(drill).toHaveAttribute('href', `${CSR}interview/`);
      await expect(skills).toHaveAttribute('href', `${CSR}skills/`);
      for (const link of [drill, skills, paths.getByRole('link', { name: 'Explore careers', exact: true }), paths.getByRole('link', { name: 'For counselors', exact: true })]) {
        await expect(link).toBeInViewport({ ratio: 1 });
      }
      // The other occupations are one tap away.
      await expect(paths.getByRole('link', { name: /^Other jobs\W+practice for an interview/ })).toBeInViewport({ ratio: 1 });
    });

    test('the main navigation has a Practice entry, and the header is one row', async ({ page }) => {
      await page.goto('/');
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      if (name === 'phone') await page.getByText('Menu', { exact: true }).click();
      const practice = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' });
      await expect(practice).toBeVisible();
      await practice.click();
      await expect(page).toHaveURL(/\/practice\/$/);
      await expect(page.getByRole('link', { name: /Practice \d+ interview questions\W+Bank Teller/ })).toBeVisible();
      // Following it into an occupation's drill, the navigation still says "Practice", not "Careers".
      await page.getByRole('link', { name: /Practice \d+ interview questions\W+Bank Teller/ }).click();
      await expect(page).toHaveURL(/\/careers\/teller\/interview\/$/);
      // (On a phone the list sits in the closed menu: read it without opening it.)
      await expect(page.locator('nav.site-nav a[aria-current]')).toHaveText(['Practice']);
    });

    test('an old #q- link to a guide lands on that question with its answer guide', async ({ page }) => {
      // A question the guide no longer lists (only the common ones are there): its link still lands.
      await page.goto(`${CSR}questions/`);
      const id = await page.locator('li.question').nth(8).getAttribute('id');
      await page.goto(CSR);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
      await page.goto('about:blank');
      await page.goto(`${CSR}#${id}`);
      await expect(page).toHaveURL(new RegExp(`${CSR}questions/#${id}$`));
      const question = page.locator(`[id="${id}"]`);
      await expect(question).toBeInViewport();
      await question.getByText('How to answer').click();
      await expect(question.getByText('A strong answer shows')).toBeVisible();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test("the guide's key facts and both calls to action sit in the first 1.5 screens", async ({ page }) => {
    await page.goto(CSR);
    await withinScreens(page, 'section:has(#key-facts) .facts', 1.5);
    await withinScreens(page, `a.button[href="${CSR}interview/"]`, 1.5);
    await withinScreens(page, `a.button[href="${CSR}skills/"]`, 1.5);
    await expect(page.getByRole('link', { name: 'Practice the interview questions' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Check your skills' })).toBeVisible();
  });

  test('the guide has a Contents button that opens the contents and closes after a jump', async ({ page }) => {
    await page.goto(CSR);
    const contents = page.getByText('Contents', { exact: true });
    await expect(contents).toBeInViewport();
    await contents.click();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Pay' }).click();
    await expect(page).toHaveURL(/#pay$/);
    await expect(toc).toBeHidden();
    await expect(page.locator('#pay')).toBeInViewport();
  });

  test('compare shows pay for the first three jobs in the first screen', async ({ page }) => {
    await page.goto('/careers/compare/');
    const rows = page.locator('table.compare tbody tr');
    for (let i = 0; i < 3; i++) {
      const pay = rows.nth(i).locator('td').first().locator('.figure-value, .unknown').first();
      await expect(pay).toBeVisible();
      await expect(pay).toBeInViewport({ ratio: 1 });
    }
    // The name column stays while the table scrolls sideways.
    const name = rows.first().locator('th');
    const before = await name.boundingBox();
    await page.locator('.table-wrap').evaluate((el) => el.scrollBy(400, 0));
    expect((await name.boundingBox())!.x).toBeCloseTo(before!.x, 0);
  });

  test('a ?pick= link opens with the picked jobs first, side by side', async ({ page }) => {
    await page.goto('/careers/compare/?pick=teller,receptionist');
    const cards = page.locator('[data-card]:visible');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0).getByRole('heading')).toHaveText('Bank Teller');
    await expect(cards.nth(0)).toBeInViewport();
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    const table = await page.locator('table.compare').boundingBox();
    expect(a!.y).toBeLessThan(table!.y);
  });

  test('compare reads "Other orders: highest" with its space', async ({ page }) => {
    await page.goto('/careers/compare/');
    await expect(page.getByText(/Other orders: highest/)).toBeVisible();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the phone menu opens without JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' })).toBeVisible();
  });

  test('an old #q- link lands on the question in the guide, with a link to its answer guide', async ({ page }) => {
    await page.goto(CSR);
    const item = page.locator('section:has(#interview-questions) li[id^="q-"]').first();
    const id = await item.getAttribute('id');
    await page.goto(`${CSR}#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator(`[id="${id}"] a`)).toHaveAttribute('href', `${CSR}questions/#${id}`);
  });
});

// The key pages in light and dark mode at 320 px (axe and sideways scrolling) are checked in
// pages.spec.ts, in the same visit as the other page checks.
