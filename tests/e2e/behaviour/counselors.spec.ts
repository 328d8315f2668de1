/** The counselors' page: the link builder, ready-made links, handouts' print button. */
import { expect, test } from '../shared-tab';
// The fixture's question bank is the oracle for what a deck link opens.
import { bank, COACHING, GUIDE, MAIN, occupationSkills, OTHER, questionsOf, skillName, title } from '../fixture';

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
  await expect(page.getByLabel('Your link')).toHaveValue(new RegExp(`/careers/${MAIN}/interview/$`));
  await expect(form.locator('[data-preview]')).toContainText(/^Opens all \d+ questions:/);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'layout shift while the builder loads').toBeLessThanOrEqual(0.02);
  await page.getByLabel('Occupation').selectOption(OTHER);
  await form.getByRole('checkbox', { name: 'Situational' }).check();
  await form.locator(`[data-skills-for="${OTHER}"]`).getByRole('checkbox', { name: skillName(COACHING) }).check();
  const link = await page.getByLabel('Your link').inputValue();
  expect(new URL(link).pathname + new URL(link).search).toBe(`/careers/${OTHER}/interview/?skill=${COACHING}&category=situational`);
  const deck = questionsOf(OTHER, 'situational').filter((q) => q.skills.includes(COACHING)).length;
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page.locator('[data-island-ready]')).toBeVisible();
  await expect(page.locator('.drill-deck-name')).toContainText(new RegExp(`${deck} situational questions? on ${skillName(COACHING)}`));
});

test('the link builder can point at a guide section instead', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByLabel('Occupation').selectOption(MAIN);
  await page.locator(`[data-sections-for="${MAIN}"] select`).selectOption('pay');
  expect(await page.getByLabel('Your link').inputValue()).toMatch(new RegExp(`/careers/${MAIN}/#pay$`));
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
  await page.getByLabel('Occupation').selectOption(MAIN);
  const preview = page.locator('[data-preview]');
  const all = questionsOf(MAIN);
  await expect(preview).toContainText(`Opens all ${all.length} questions:`);
  await expect(preview.locator('li')).toHaveCount(3);
  await expect(preview).toContainText(`and ${all.length - 3} more.`);
});

test('a handout has a Print button that opens the print dialog', async ({ page }) => {
  await page.goto(`/counselors/handouts/${OTHER}/questions/`);
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the paper self-check prints no target beside the boxes', async ({ page }) => {
  await page.goto(`/counselors/handouts/${MAIN}/self-check/`);
  const skills = page.locator('.paper-skill');
  await expect(skills).toHaveCount(occupationSkills(MAIN).length);
  for (const text of await skills.allInnerTexts()) expect(text).not.toMatch(/needs/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('ready-made links still lead to focused decks', async ({ page }) => {
    await page.goto('/counselors/');
    await expect(page.locator('[data-link-builder]')).toBeHidden();
    await expect(page.getByText('The link builder needs JavaScript. The ready-made links below work without it.')).toBeVisible();
    await page.locator('details.ready summary', { hasText: title(OTHER) }).click();
    await expect(page.locator(`a[href="/careers/${OTHER}/interview/?category=situational"]`)).toBeVisible();
  });
});

test('the "#" link next to a section copies its address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  await page.getByRole('link', { name: 'Link to “Pay”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/careers/${MAIN}/#pay$`));
});
