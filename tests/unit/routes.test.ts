import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePick } from '../../src/lib/compare/pick';
import { navSection } from '../../src/lib/nav';
import { routes } from '../../src/lib/routes';

// The occupations the site builds a guide for: one page each under /careers/<id>/.
const occupations = readdirSync('content/occupations').map((f) => f.replace(/\.mdx?$/, ''));

/** The page file Astro builds an address from, with the occupation put back as its route parameter. */
function pageFile(href: string, occupation: string): string {
  const path = new URL(href, 'https://example.org').pathname;
  return `src/pages${path.replace(`/${occupation}/`, '/[occupation]/')}index.astro`;
}

describe('routes: the addresses counselors paste into emails', () => {
  const perOccupation = ['guide', 'drill', 'skills', 'questions', 'details', 'sources'] as const;

  it('lead each occupation’s link to a page the site builds, a different page for each', () => {
    for (const id of occupations) {
      const hrefs = perOccupation.map((name) => routes[name](id));
      for (const href of hrefs) {
        expect(href.startsWith(`/careers/${id}/`), href).toBe(true);
        expect(existsSync(pageFile(href, id)), `${href} has no page`).toBe(true);
      }
      expect(new Set(hrefs).size).toBe(perOccupation.length);
    }
  });

  it('put the practice pages under Practice in the menu and the reading pages under Careers', () => {
    const id = occupations[0]!;
    expect(navSection(routes.drill(id))).toBe('/practice/');
    expect(navSection(routes.skills(id))).toBe('/practice/');
    for (const name of ['guide', 'questions', 'details', 'sources'] as const) expect(navSection(routes[name](id))).toBe('/careers/');
  });

  it('open the comparison with the occupation already picked, read back by the compare page', () => {
    const id = occupations[0]!;
    const href = routes.compare(id);
    expect(existsSync(pageFile(href, id))).toBe(true);
    expect(parsePick(new URL(href, 'https://example.org').search, occupations).ids).toEqual([id]);
  });

  it('keep an odd pick intact in the address rather than breaking the query', () => {
    const href = routes.compare('a&b=c');
    expect(new URL(href, 'https://example.org').searchParams.getAll('pick')).toEqual(['a&b=c']);
  });

  it('open the comparison with nothing picked when none is given', () => {
    expect(routes.compare()).toBe('/careers/compare/');
    expect(existsSync(pageFile(routes.compare(), ''))).toBe(true);
  });
});
