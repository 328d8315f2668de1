/**
 * Page weight per page type, from the built site in dist/: the HTML, CSS and
 * JavaScript a browser fetches for the page, each gzip-compressed (weighPage),
 * against the budgets in scripts/budgets.mjs.
 */
import { existsSync, statSync } from 'node:fs';
import { CONTENT_JS, FIRST_ROUND_TRIP, ISLAND_JS } from '../budgets.mjs';
import { kb, weighPage } from '../lib/weigh.mjs';
import { budgetFor, missingTypes, samplePages, sitemapPages } from './pages.mjs';

export const id = 'weight';
export const title = 'Page weight';

/** JavaScript as budget.mjs counts it: loaded files (gzip) plus inline scripts (raw). */
const jsOf = (w) => w.js + w.inlineJs;

export async function run(ctx) {
  const { dist } = ctx;
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ has no index.html: run \`npm run build\` first`);

  const rows = [];
  const goals = [];
  const notes = [];
  /** Page types grouped by JS budget, for one goal per budget. */
  const byBudget = new Map();
  for (const s of samplePages(dist)) {
    const w = weighPage(dist, s.page);
    const js = jsOf(w);
    const htmlCss = w.html + w.css;
    const jsOk = js <= s.budget.maxJs;
    const rtOk = s.budget.maxHtmlCss === undefined ? null : htmlCss <= s.budget.maxHtmlCss;
    rows.push([
      s.type,
      `\`${s.page}\`${s.standIn ? ' *' : ''}`,
      kb(w.html),
      w.css ? kb(w.css) : 'inline',
      kb(js),
      kb(w.total),
      `${kb(htmlCss)}${rtOk === null ? '' : rtOk ? ' ✓' : ' ✗'}`,
      `${kb(s.budget.maxJs)}${jsOk ? ' ✓' : ' ✗'}`,
    ]);
    const group = byBudget.get(s.budget.maxJs) ?? [];
    group.push({ type: s.type, js, ok: jsOk, files: w.jsFiles });
    byBudget.set(s.budget.maxJs, group);
    if (s.budget.maxHtmlCss !== undefined) {
      goals.push({
        goal: `${s.type}: HTML + CSS ≤ ${kb(s.budget.maxHtmlCss)}, the first round trip`,
        met: rtOk,
        detail: `${kb(htmlCss)}; the HTML carries ${(w.inlineCss / 1024).toFixed(1)} KB of inline CSS before compression`,
      });
    }
  }
  for (const [maxJs, group] of [...byBudget].sort((a, b) => a[0] - b[0])) {
    const kind = maxJs <= CONTENT_JS ? 'Content pages ship no framework, only the search loader' : maxJs >= ISLAND_JS ? 'Island pages (React)' : 'Pages with a small script';
    const bad = group.filter((g) => !g.ok);
    const max = group.reduce((a, b) => (b.js > a.js ? b : a));
    goals.unshift({
      goal: `${kind}: JS ≤ ${kb(maxJs)} (${group.map((g) => g.type).join(', ')})`,
      met: bad.length === 0,
      detail: bad.length ? `over: ${bad.map((g) => `${g.type} ${kb(g.js)} [${g.files.join(', ')}]`).join('; ')}` : `largest: ${kb(max.js)}, ${max.type}`,
    });
  }
  if (rows.some((r) => r[1].endsWith('*'))) notes.push('`*` This page type\'s named page is not in the build; the first built page of the same type stands in.');
  const missing = missingTypes(dist);
  if (missing.length) notes.push(`Not in this build, skipped: ${missing.join(', ')}.`);

  // Every page in the sitemap against its budget, as `npm run budget` checks it.
  const all = sitemapPages(dist).filter((p) => existsSync(`${dist}${p}index.html`) || existsSync(`${dist}${p}`));
  const over = [];
  let heaviest = { total: 0, page: '' };
  /** Every guide's first round trip, each on its own row. */
  const guideRows = [];
  let roundTripOver = 0;
  for (const page of all) {
    const w = weighPage(dist, page);
    const budget = budgetFor(page);
    if (jsOf(w) > budget.maxJs) over.push(`\`${page}\` (${kb(jsOf(w))} JS, budget ${kb(budget.maxJs)})`);
    if (budget.type === 'guide') {
      const ok = w.html + w.css <= FIRST_ROUND_TRIP;
      if (!ok) roundTripOver++;
      guideRows.push([`\`${page}\``, kb(w.html), w.css ? kb(w.css) : 'inline', `${kb(w.html + w.css)}${ok ? ' ✓' : ' ✗'}`, w.printCss ? kb(w.printCss) : '–']);
    }
    if (w.total > heaviest.total) heaviest = { total: w.total, page };
  }
  const built = statSync(`${dist}/index.html`).mtime;
  // Which content the build holds (the real guides, or a fixture's), by its guides' ids.
  const guideIds = all.filter((p) => budgetFor(p).type === 'guide').map((p) => p.split('/')[2]);

  return {
    summary: [
      `Built site: \`${dist}/\` (built ${built.toISOString().slice(0, 16).replace('T', ' ')} UTC), ${all.length} pages in the sitemap; guides: ${guideIds.slice(0, 5).join(', ') || 'none'}${guideIds.length > 5 ? ` and ${guideIds.length - 5} more` : ''}.`,
      `Sizes are gzip level 9, as a static host would send them. JS counts every script the page loads, followed through its imports, plus inline scripts (raw bytes); JSON-LD is data, not script.`,
    ],
    tables: [
      {
        columns: ['Page type', 'Page', 'HTML', 'CSS', 'JS', 'Total', 'HTML + CSS', 'JS budget'],
        align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
        rows,
      },
      {
        title: `Every guide against the ${kb(FIRST_ROUND_TRIP)} first round trip (HTML with its inline CSS; print CSS loads apart, media="print")`,
        columns: ['Guide', 'HTML', 'CSS', 'HTML + CSS', 'Print CSS'],
        align: ['l', 'r', 'r', 'r', 'r'],
        rows: guideRows,
      },
    ],
    goals: [
      ...goals,
      {
        goal: `Every sitemap page within its JS budget (${all.length} pages)`,
        met: over.length === 0,
        detail: over.length ? `over: ${over.slice(0, 10).join(', ')}${over.length > 10 ? ` and ${over.length - 10} more` : ''}` : `heaviest: \`${heaviest.page}\` at ${kb(heaviest.total)}`,
      },
      // With more guides than the one in the table, say how many fit.
      ...(guideRows.length > 1
        ? [{ goal: `Every guide's HTML + CSS within the first round trip (${guideRows.length} guides)`, met: roundTripOver === 0, detail: `${roundTripOver} over ${kb(FIRST_ROUND_TRIP)}` }]
        : []),
    ],
    notes,
  };
}
