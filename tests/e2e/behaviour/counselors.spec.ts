import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-tab';
import { parse } from 'yaml';
import { allPages, CSR } from './site';

/** The question bank read straight from content, as the oracle for what a deck link opens. */
interface BankQuestion { id: string; category: string; skills: string[]; occupations: string[] }
const bank: BankQuestion[] = readdirSync('content/questions')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(`content/questions/${f}`, 'utf8')) as BankQuestion[]);

async function pdfPages(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // A PDF with no page objects means the count is broken (or the print is empty), not that it fits.
  expect(pages, `${path} printed to a PDF with no pages`).toBeGreaterThanOrEqual(1);
  return pages;
}

test('the link builder makes a link that opens the drill filtered as chosen', async ({ page }) => {
  // Layout shifts as the page loads, summed as Cumulative Layout Shift counts them.
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/counselors/');
  const form = page.locator('[data-link-builder]');
  await expect(form).toBeVisible();
  // The form and its preview are in the page as built; the script only fills in the link.
  await expect(page.getByLabel('Your link')).toHaveValue(/\/careers\/customer-service-representative\/interview\/$/);
  await expect(form.locator('[data-preview]')).toContainText(/^Opens all \d+ questions:/);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'layout shift while the builder loads').toBeLessThanOrEqual(0.02);
  await page.getByLabel('Occupation').selectOption('teller');
  await form.getByRole('checkbox', { name: 'Situational' }).check();
  await form.locator('[data-skills-for="teller"]').getByRole('checkbox', { name: 'Cash handling' }).check();
  const link = await page.getByLabel('Your link').inputValue();
  expect(new URL(link).pathname + new URL(link).search).toBe('/careers/teller/interview/?skill=cash-handling&category=situational');
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  await expect(page.locator('.drill-deck-name')).toContainText(/\d+ situational questions? on Cash handling/);
});

test('the link builder can point at a guide section instead', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByLabel('Occupation').selectOption('customer-service-representative');
  await page.locator('[data-sections-for="customer-service-representative"] select').selectOption('pay');
  expect(await page.getByLabel('Your link').inputValue()).toMatch(/\/careers\/customer-service-representative\/#pay$/);
});

test('the builder never makes a link to an empty deck or with another occupation\'s skill', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/counselors/');
  const occupations = await page.locator('#lb-occupation option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(occupations.length).toBeGreaterThan(1);
  for (const id of occupations) {
    await page.getByLabel('Occupation').selectOption(id);
    // Only this occupation's skills are on screen.
    const visibleGroups = await page.locator('[data-skills-for]:visible').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset['skillsFor']));
    expect(visibleGroups).toEqual([id]);
    const own = new Set(bank.filter((q) => q.occupations.includes(id)).flatMap((q) => q.skills));
    const offered = await page.locator(`[data-skills-for="${id}"] input`).evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value));
    expect(new Set(offered)).toEqual(own);
    // Every single skill crossed with every question type, as a counselor would tick them.
    const results = await page.evaluate((occ) => {
      const form = document.querySelector('[data-link-builder]')!;
      const fire = (el: HTMLInputElement, on: boolean) => { el.checked = on; el.dispatchEvent(new Event('change', { bubbles: true })); };
      const cats = [...form.querySelectorAll<HTMLInputElement>('input[name="category"]')];
      const skills = [...form.querySelectorAll<HTMLInputElement>(`[data-skills-for="${occ}"] input`)];
      const out: Array<{ link: string; copyDisabled: boolean; preview: string }> = [];
      for (const skill of skills) {
        fire(skill, true);
        for (const cat of cats) {
          fire(cat, true);
          out.push({ link: (document.getElementById('lb-link') as HTMLInputElement).value, copyDisabled: form.querySelector<HTMLButtonElement>('[data-copy]')!.disabled, preview: form.querySelector('[data-preview]')!.textContent ?? '' });
          fire(cat, false);
        }
        fire(skill, false);
      }
      return out;
    }, id);
    expect(results.length).toBe(offered.length * 5);
    for (const r of results) {
      if (!r.link) {
        expect(r.copyDisabled).toBe(true);
        expect(r.preview).toMatch(/^No link: .+ has no /);
        continue;
      }
      const url = new URL(r.link);
      expect(url.pathname).toBe(`/careers/${id}/interview/`);
      const skills = url.searchParams.getAll('skill');
      const categories = url.searchParams.getAll('category');
      for (const s of skills) expect(own.has(s), `${s} is not a skill of ${id}`).toBe(true);
      const deck = bank.filter((q) => q.occupations.includes(id) && q.skills.some((s) => skills.includes(s)) && categories.includes(q.category));
      expect(deck.length, r.link).toBeGreaterThan(0);
      expect(r.preview).toContain(`Opens ${deck.length} `);
    }
  }
});

test('the builder previews the deck a link opens', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByLabel('Occupation').selectOption('customer-service-representative');
  const preview = page.locator('[data-preview]');
  const all = bank.filter((q) => q.occupations.includes('customer-service-representative'));
  await expect(preview).toContainText(`Opens all ${all.length} questions:`);
  await expect(preview.locator('li')).toHaveCount(3);
  await expect(preview).toContainText(`and ${all.length - 3} more.`);
});

test('a handout has a Print button that opens the print dialog', async ({ page }) => {
  await page.goto('/counselors/handouts/teller/questions/');
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the paper self-check prints no target beside the boxes', async ({ page }) => {
  await page.goto('/counselors/handouts/customer-service-representative/self-check/');
  const skills = page.locator('.paper-skill');
  expect(await skills.count()).toBeGreaterThan(4);
  for (const text of await skills.allInnerTexts()) expect(text).not.toMatch(/needs/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('ready-made links still lead to focused decks', async ({ page }) => {
    await page.goto('/counselors/');
    await expect(page.locator('[data-link-builder]')).toBeHidden();
    await expect(page.getByText('The link builder needs JavaScript. The ready-made links below work without it.')).toBeVisible();
    await page.locator('details.ready summary', { hasText: 'Bank Teller' }).click();
    await expect(page.locator('a[href="/careers/teller/interview/?category=situational"]')).toBeVisible();
  });
});

const handouts = allPages().filter((p) => p.startsWith('/counselors/handouts/'));
const BUDGET: Record<string, number> = { 'one-pager': 2, questions: 3, 'self-check': 2 };

for (const path of handouts) {
  const kind = path.split('/')[4]!;
  test(`${path} prints within ${BUDGET[kind]} Letter pages, without navigation`, async ({ visitor: page }) => {
    expect(await pdfPages(page, path)).toBeLessThanOrEqual(BUDGET[kind]!);
  });
}

test('the full CSR guide prints in at most 8 pages', async ({ page }) => {
  expect(await pdfPages(page, CSR)).toBeLessThanOrEqual(8);
});

test('the "#" link next to a section copies its address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CSR);
  await page.getByRole('link', { name: 'Link to “Pay”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/careers\/customer-service-representative\/#pay$/);
});
