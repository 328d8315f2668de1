#!/usr/bin/env node
/**
 * Fails when a built page breaks its budget. Checks every page in the
 * sitemap (content pages ship no JavaScript) and the named page types,
 * and measures every guide's height on a phone in headless Chromium.
 * Usage: node scripts/budget.mjs [--dist dist]
 */
import { readFileSync } from 'node:fs';
import { PAGE_TYPES } from './budgets.mjs';
import { budgetFor } from './bench/pages.mjs';
import { gz, kb, weighPage } from './lib/weigh.mjs';
import { measureGuideHeights, PHONE } from './lib/guide-height.mjs';
import { islandScripts } from './lib/island-js.mjs';
import { reason, twice } from './lib/browser-step.mjs';

const px = (n) => `${n.toLocaleString('en-US')} px`;

const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : 'dist';
const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const htmlPath = (page) => `${dist}${page}${page.endsWith('.html') ? '' : 'index.html'}`;

const failures = [];
const notes = [];
const rows = [];

// Island pages are weighed in a browser too: what the page has fetched by the time its island
// says it is ready (modules loaded at hydration included) is what a reader's first keystroke
// waits for. The page's first script graph is counted as well, in case a file was preloaded
// from cache or fetched without resource timing.
const islandPages = pages.filter((page) => readFileSync(htmlPath(page), 'utf8').includes('<astro-island'));
const loaded = new Map();
try {
  for (const r of await twice('Weighing the island pages', () => islandScripts(dist, islandPages))) loaded.set(r.page, r.files);
} catch (error) {
  failures.push(`could not load the island pages to weigh their JavaScript: ${reason(error)}`);
}

for (const page of pages) {
  const w = weighPage(dist, page);
  const budget = budgetFor(page);
  const atReady = loaded.get(page) ?? [];
  const extra = atReady.filter((f) => !w.jsFiles.includes(f));
  w.jsFiles.push(...extra);
  const hydration = extra.reduce((n, f) => n + gz(readFileSync(`${dist}/${f}`)), 0);
  const js = w.js + hydration + w.inlineJs;
  if (js > budget.maxJs) {
    failures.push(`${page} (${budget.type}): ${kb(js)} of JavaScript, budget ${kb(budget.maxJs)}${w.jsFiles.length ? ` [${w.jsFiles.join(', ')}]` : ''}`);
  }
  if (budget.jsGoal !== undefined && js > budget.jsGoal && js <= budget.maxJs) {
    notes.push(`${page} (${budget.type}): ${kb(js)} of JavaScript, over the ${kb(budget.jsGoal)} goal`);
  }
  if (budget.maxHtmlCss !== undefined) {
    const htmlCss = w.html + w.css;
    if (htmlCss > budget.maxHtmlCss) {
      failures.push(`${page} (${budget.type}): HTML + CSS ${kb(htmlCss)} compressed, over the ${kb(budget.maxHtmlCss)} first round trip`);
    }
  }
  const htmlCss = budget.maxHtmlCss === undefined ? '' : `${kb(w.html + w.css)} of ${kb(budget.maxHtmlCss)}`;
  rows.push({ page, type: budget.type, html: kb(w.html), css: w.css ? kb(w.css) : 'inline', 'html+css': htmlCss, print: w.printCss ? kb(w.printCss) : '', js: kb(js), 'of it fetched at hydration': hydration ? kb(hydration) : '', total: kb(w.total + hydration) });
}

console.table(rows);

// Height on a phone: one browser, each guide loaded once. A guide with a height ceiling fails
// above it; every guide's height is listed.
try {
  const heights = await twice('Measuring guide heights', () => measureGuideHeights(dist));
  console.log(`Guide height at ${PHONE.width} px wide (document scroll height):`);
  for (const { page, height } of heights) {
    const max = PAGE_TYPES.find((t) => t.path === page)?.maxHeightPx;
    console.log(`  ${page.padEnd(48)} ${px(height).padStart(9)}${max === undefined ? '' : `  (ceiling ${px(max)}${height > max ? ': OVER' : ''})`}`);
    if (max !== undefined && height > max) failures.push(`${page} (guide): ${px(height)} tall at ${PHONE.width} px, ceiling ${px(max)}`);
  }
  for (const t of PAGE_TYPES.filter((t) => t.maxHeightPx !== undefined && t.path && pages.includes(t.path))) {
    if (!heights.some((h) => h.page === t.path)) failures.push(`${t.path}: has a height ceiling but was not measured`);
  }
} catch (error) {
  failures.push(`could not measure guide heights: ${reason(error)}`);
}

for (const n of notes) console.log(`goal missed (reported, not failed): ${n}`);
if (failures.length) {
  console.error(`Budget broken on ${failures.length} page(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${pages.length} pages within budget.`);
