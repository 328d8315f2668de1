/**
 * Search on the real content: what a job seeker types finds the page they expect. How search
 * behaves (loading, keyboard, highlighting) is tested on the fixture site, behaviour/search.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { CSR, openSearch } from '../site';

/** The queries, as a job seeker types them, and where they expect to land. */
const EXPECTED: Array<[query: string, url: string]> = [
  ['pay', `${CSR}#pay`],
  ['salary', `${CSR}#pay`],
  ['call centre agent', CSR],
  ['remote work', `${CSR}#where-they-work`],
  ['how much do tellers make', '/careers/teller/#pay'],
  ['typing test', `${CSR}#how-to-become`],
  ['certification', `${CSR}#how-to-become`],
  ['AHT', '/glossary/#aht'],
  ['remote', `${CSR}#where-they-work`],
];

test('what a job seeker types finds what they expect in the top 3', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  for (const [query, url] of EXPECTED) {
    await input.fill(query);
    await expect.poll(() => options.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('href'))), { message: query }).toContain(url);
  }
});

