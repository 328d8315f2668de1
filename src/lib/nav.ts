/**
 * The site's main navigation and which entry a page belongs to. An occupation's interview practice
 * and skills check sit under /careers/ in the address, but a reader there is practicing: the
 * Practice entry is marked, as it is on the hiring-test pages.
 */
export const MAIN_NAV = [
  { href: '/careers/', label: 'Careers' },
  { href: '/practice/', label: 'Practice' },
  { href: '/questions/', label: 'Interview questions' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/sources/', label: 'Sources' },
  { href: '/counselors/', label: 'Counselors' },
] as const;

export type NavHref = (typeof MAIN_NAV)[number]['href'];

const PRACTICE_UNDER_CAREERS = /^\/careers\/[^/]+\/(interview|skills)\/$/;

/** The main-navigation entry for a page's path, or null (home, search, your data…). */
export function navSection(pathname: string): NavHref | null {
  if (PRACTICE_UNDER_CAREERS.test(pathname)) return '/practice/';
  return MAIN_NAV.find((item) => pathname.startsWith(item.href))?.href ?? null;
}
