/** The self-assessment tells the truth: issue 15's calibrated verdict and shared links. */
import { expect, test } from '@playwright/test';
import { encodeShare } from '../../../src/lib/assessment/share';
import { axeViolations, onScreen } from '../site';
import { entryLevel, MAIN as OCCUPATION, MUST_HAVE, occupationSkills, SKILLS, skillName } from '../fixture';

test.describe.configure({ timeout: 120_000 });

/** The skill ids in the page's order, which a shared link's ratings follow. */
const skillIds = () => occupationSkills(OCCUPATION).map((s) => s.skill);

function link(ids: string[], ratings: Record<string, number>, completedAt: string) {
  return `${SKILLS}#${encodeShare({ occupation: OCCUPATION, ratings: ratings as never, completedAt }, ids)}`;
}

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a must-have skill at 1 never yields “start applying”, and the verdict names it', async ({ page }) => {
      const ids = skillIds();
      const ratings = Object.fromEntries(ids.map((id) => [id, 5]));
      ratings[MUST_HAVE] = 1;
      await page.goto(link(ids, ratings, '2026-11-30T12:00:00.000Z'));
      await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
      const results = page.locator('.assess-results');
      await expect(results.getByRole('heading', { level: 2 }).first()).toContainText('Getting there');
      await expect(results).toContainText(`${skillName(MUST_HAVE)} is ${entryLevel(OCCUPATION, MUST_HAVE) - 1} levels below what a new hire needs`);
      await expect(results).not.toContainText(/start applying|Apply, and/i);
      // Strengths are above the need; skills that only meet it are listed apart.
      await expect(results.getByRole('heading', { name: /Strengths: above what a new hire needs/ })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a second shared link opened by hash change shows its own result, in the third person', async ({ page }) => {
      const ids = skillIds();
      const first = Object.fromEntries(ids.map((id) => [id, 5]));
      const second = Object.fromEntries(ids.map((id) => [id, 1]));
      await page.goto(link(ids, first, '2026-11-30T12:00:00.000Z'));
      await expect(page.locator('[data-island-ready]')).toBeVisible({ timeout: 20_000 });
      const headline = page.locator('#results-title');
      await expect(headline).toHaveText('This person’s readiness: 100% · Ready to apply');
      await expect(page.locator('.assess-results')).not.toContainText(/\bYour\b/);
      // Same page, new fragment: a counselor opening the next client's link.
      await page.evaluate((hash) => (window.location.hash = hash), link(ids, second, '2026-12-01T12:00:00.000Z').split('#')[1] ?? '');
      await expect(headline).not.toContainText('100%');
      await expect(headline).toContainText('Building up');
      await expect(page.getByText('completed December 1, 2026')).toBeVisible();
      // In the top half of the screen, and not under the sticky site header (scrolling may be smooth).
      await expect.poll(() => headline.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(size.height / 2);
      await expect.poll(() => onScreen(headline)).toEqual([true]);
    });
  });
}
