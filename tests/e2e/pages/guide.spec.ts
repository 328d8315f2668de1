/**
 * The CSR guide: the whole picture on one page, every figure with its source and date, and the
 * depth of its long sections (answer guides, pay history, each step explained) a link away.
 */
import { expect, test } from '@playwright/test';
import { CSR } from '../site';
import { CSR_FIGURES as F } from '../expected';

test.describe('the Customer Service Representative guide', () => {
  test('shows the key facts, each with its source and date', async ({ page }) => {
    await page.goto(CSR);
    const facts = page.locator('#key-facts + .facts, section:has(#key-facts) .facts').first();
    const item = (label: string) => facts.locator('li').filter({ hasText: label });
    await expect(item('Median pay, per year')).toContainText(F.medianAnnual);
    await expect(item('Median pay, per year')).toContainText(new RegExp(`Source: .+, ${F.medianAnnualAsOf}`));
    await expect(item('Median pay, per hour')).toContainText(F.medianHourly);
    await expect(item('Typical entry-level education')).toContainText(F.education);
    await expect(item('Training')).toContainText(F.training);
    await expect(item(`Projected change in jobs, ${F.changePeriod}`)).toContainText(F.change);
    await expect(item('Openings')).toContainText(F.openings);
    for (const li of await facts.locator('li').all()) {
      await expect(li.locator('.cite a')).toHaveAttribute('href', /^\/sources\/#/);
    }
  });

  test('says what is not known instead of inventing it', async ({ page }) => {
    await page.goto(CSR);
    const pay = page.locator('section:has(#pay)');
    // The box says how much is missing at a glance; a tap lists it.
    await pay.getByText("What we don't know (").click();
    await expect(pay.getByText(/10th and 90th percentiles/)).toBeVisible();
    // Pay over time in a sentence, each end cited; every year, with its source, is a link away.
    const trend = pay.locator('p', { hasText: 'pay went from' });
    await expect(trend).toContainText(`from ${F.history[0]}`);
    await expect(trend).toContainText(`to ${F.medianAnnual}`);
    await expect(trend.locator('.cite')).toHaveCount(2);
    await pay.getByRole('link', { name: /Pay year by year/ }).click();
    await expect(page).toHaveURL(new RegExp(`${CSR}sources/#pay-history$`));
    const table = page.getByRole('table', { name: 'Median pay history' });
    for (const figure of F.history) await expect(table).toContainText(figure);
    for (const row of await table.locator('tbody tr').all()) await expect(row.locator('.cite')).toContainText(/Source: .+, (\w+ )?\d{4}/);
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  });

  test('links every section from the table of contents, and each section to itself', async ({ page }) => {
    await page.goto(CSR);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(14);
    for (const link of await links.all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toHaveCount(1);
      await expect(heading.locator(`a[href="#${id}"]`)).toHaveCount(1);
    }
    // Every skill keeps its anchor (search results link there), the ones listed by name too.
    const named = await page.locator('section:has(#skills) .skill-names li[id^="skill-"]').last().getAttribute('id');
    await page.goto(`${CSR}#${named}`);
    await expect(page.locator(`[id="${named}"]`)).toBeInViewport();
  });

  test('the five questions from the brief come first with their purpose; every other kind is counted and a link away', async ({ page }) => {
    await page.goto(CSR);
    const section = page.locator('section:has(#interview-questions)');
    const featured = page.locator('#most-common + ol > li.q-item');
    await expect(featured).toHaveCount(5);
    for (const q of await featured.all()) {
      const id = await q.getAttribute('id');
      expect(id).toMatch(/^q-[a-z0-9-]+$/);
      await expect(q.locator('a[data-answer]')).toHaveAttribute('href', `${CSR}questions/#${id}`);
      await expect(q.locator('.q-why')).not.toBeEmpty();
    }
    // The counts add up to the total the section states, and each kind opens on the questions page.
    const total = Number((await section.locator('p').first().textContent())!.match(/^(\d+) questions/)![1]);
    expect(total).toBeGreaterThanOrEqual(25);
    const kinds = section.locator('.q-kinds li');
    let counted = 5;
    for (const kind of await kinds.all()) counted += Number((await kind.textContent())!.match(/\((\d+)\)$/)![1]);
    expect(counted).toBe(total);
    const first = kinds.first().getByRole('link');
    const hash = (await first.getAttribute('href'))!.split('#')[1];
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${CSR}questions/#${hash}$`));
    await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
  });

  test('each long list is named on the guide and explained in full on the details page', async ({ page }) => {
    await page.goto(CSR);
    for (const [id, link] of [['day-in-the-life', /each step of the day/], ['how-to-become', /What each step takes/], ['responsibilities', /What each duty involves/], ['career-path', /What carries over/]] as const) {
      const names = await page.locator(`section:has(#${id}) :is(.fold-list li, .path-col li)`).evaluateAll((els) => els.map((e) => e.textContent!.trim()));
      expect(names.length, id).toBeGreaterThan(2);
      await expect(page.locator(`section:has(#${id})`).getByRole('link', { name: link })).toHaveAttribute('href', `${CSR}details/#${id}`);
    }
    await page.goto(`${CSR}details/#responsibilities`);
    const duties = page.locator('section:has(#responsibilities) .fold-list > li');
    expect(await duties.count()).toBeGreaterThan(2);
    // On the details page every item is open: its explanation shows without a tap.
    for (const duty of await duties.all()) await expect(duty.locator('p')).toBeVisible();
    await expect(page.locator('section:has(#how-to-become)').getByRole('heading', { name: 'Certifications' })).toBeVisible();
  });

  test('the questions page holds every answer guide, each with a purpose and its anchor', async ({ page }) => {
    await page.goto(`${CSR}questions/`);
    const cards = page.locator('li.question');
    expect(await cards.count()).toBeGreaterThanOrEqual(25);
    for (const q of await cards.all()) {
      await expect(q).toHaveAttribute('id', /^q-[a-z0-9-]+$/);
      await expect(q.locator('.question-purpose')).toContainText('Why they ask:');
    }
  });

  test('opens a single answer guide from a shared link', async ({ page }) => {
    await page.goto(`${CSR}questions/`);
    const id = await page.locator('li.question').nth(20).getAttribute('id');
    await page.goto(`${CSR}questions/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('describes itself to search engines as a schema.org Occupation', async ({ page }) => {
    await page.goto(CSR);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const ld = JSON.parse(raw!);
    expect(ld['@type']).toBe('Occupation');
    expect(ld.name).toBe('Customer Service Representative');
    expect(ld.occupationalCategory.codeValue).toBe('43-4051.00');
    expect(ld.estimatedSalary).toMatchObject({ '@type': 'MonetaryAmountDistribution', currency: 'USD', median: 42830 });
    expect(ld.estimatedSalary.percentile10).toBeUndefined();
    expect(ld.skills.length).toBeGreaterThanOrEqual(8);
    // The salary names its period and source, agency first.
    expect(ld.estimatedSalary.validFrom).toBe('2024-05');
    expect(ld.estimatedSalary.description).toMatch(/^Source: BLS OEWS, May 2024 \(read via .+\)\..*Figures are for the United States\.$/);
    // Built without SITE_URL (as the tests are), a page has no canonical link rather than a wrong one.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    expect(ld.url).toBe(CSR);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Customer Service Representative/);
  });

  test('prints without navigation chrome, and its sources with their addresses', async ({ page }) => {
    await page.goto(CSR);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await page.goto(`${CSR}sources/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page
      .locator('.cited-sources a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide reads in full', async ({ page }) => {
    await page.goto(CSR);
    for (const name of ['Key facts', 'Pay', 'A day in the life', 'Essential skills', 'Interview questions', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
    }
    await expect(page.getByText(F.medianAnnual).first()).toBeVisible();
    await page.goto(`${CSR}questions/`);
    const first = page.locator('li.question').first();
    await first.getByText('How to answer').click();
    await expect(first.getByText('A strong answer shows')).toBeVisible();
  });

  test('the question bank lists every question with its purpose', async ({ page }) => {
    await page.goto('/questions/');
    const cards = page.locator('li.question');
    expect(await cards.count()).toBeGreaterThanOrEqual(25);
    await expect(cards.first().locator('.question-purpose')).toBeVisible();
  });
});
