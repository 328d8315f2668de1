/**
 * Which built pages stand for each page type in the bench: the pages named in
 * scripts/budgets.mjs (PAGE_TYPES). A named page missing from the build is
 * skipped; when no page of a type was found by its path, the first sitemap page
 * matching the type's pattern stands in (e.g. the fixture's only guide).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_JS, DEFAULT_BUDGET, ISLAND_JS, PAGE_TYPES } from '../budgets.mjs';

export function htmlFile(dist, page) {
  const clean = page.replace(/^\//, '');
  return clean.endsWith('.html') ? path.join(dist, clean) : path.join(dist, clean, 'index.html');
}

/** The pathnames listed in the built sitemap (empty when there is none). */
export function sitemapPages(dist) {
  const file = path.join(dist, 'sitemap-0.xml');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * The budget a page falls under: its named page first, then the first pattern it matches (scripts/budget.mjs uses this too).
 * @param {string} page
 * @returns {{ type: string; maxJs: number; maxHtmlCss?: number; maxHeightPx?: number; path?: string; pattern?: string }}
 */
export function budgetFor(page) {
  return (
    PAGE_TYPES.find((t) => t.path === page) ??
    PAGE_TYPES.find((t) => t.pattern && new RegExp(t.pattern).test(page)) ??
    DEFAULT_BUDGET
  );
}

/** Pages with a React island get the larger JS budget and a lower Lighthouse goal. */
export const isIsland = (budget) => budget.maxJs >= ISLAND_JS;
export const isContent = (budget) => budget.maxJs <= CONTENT_JS;

/**
 * One page per page type, in PAGE_TYPES order.
 * @returns {{ type: string, page: string, budget: object, standIn: boolean }[]}
 */
export function samplePages(dist) {
  const sitemap = sitemapPages(dist);
  const chosen = [];
  const seen = new Set();
  for (const t of PAGE_TYPES) {
    if (t.path) {
      if (existsSync(htmlFile(dist, t.path))) {
        chosen.push({ type: t.type, page: t.path, budget: t, standIn: false });
        seen.add(t.type);
      }
      continue;
    }
    if (seen.has(t.type)) continue;
    const re = new RegExp(t.pattern);
    const page = sitemap.find((p) => re.test(p) && !chosen.some((c) => c.page === p) && existsSync(htmlFile(dist, p)));
    if (!page) continue;
    // Keep a named page's budget (e.g. the guide's first-round-trip goal) for its stand-in.
    const named = PAGE_TYPES.find((n) => n.type === t.type && n.path);
    chosen.push({ type: t.type, page, budget: named ?? t, standIn: true });
    seen.add(t.type);
  }
  const order = (type) => PAGE_TYPES.findIndex((t) => t.type === type);
  return chosen.map((c, i) => ({ c, i })).sort((a, b) => order(a.c.type) - order(b.c.type) || a.i - b.i).map(({ c }) => c);
}

/** The page types in PAGE_TYPES that have no page in this build. */
export function missingTypes(dist) {
  const found = new Set(samplePages(dist).map((s) => s.type));
  return [...new Set(PAGE_TYPES.map((t) => t.type))].filter((t) => !found.has(t));
}
