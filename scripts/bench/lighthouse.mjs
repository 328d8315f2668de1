/**
 * Lighthouse on the built site, one page per page type: Lighthouse 13's
 * default config (a mid-range phone, simulated slow 4G and 4× CPU slowdown),
 * against dist/ served by scripts/serve.mjs, in the system Chromium.
 * Lists the audits that cost points wherever a category is under 100.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath } from './chromium.mjs';
import { isIsland, samplePages } from './pages.mjs';
import { startServer } from './server.mjs';

export const id = 'lighthouse';
export const title = 'Lighthouse (mobile, simulated throttling)';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'Best pr.', seo: 'SEO' };
/** Content pages should score 100 everywhere; pages with a React island 95 or more. */
export const GOAL_CONTENT = 100;
export const GOAL_ISLAND = 95;

const score = (c) => (c?.score == null ? null : Math.round(c.score * 100));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Audits that cost a category points: weighted, scored, under 1. For performance, failing insights too (no weight, but they say why). */
export function costlyAudits(lhr) {
  const out = [];
  for (const cat of CATEGORIES) {
    const c = lhr.categories[cat];
    if (!c || c.score === 1) continue;
    for (const ref of c.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
      const hint = ref.weight === 0;
      if (hint && (cat !== 'performance' || a.score >= 0.9)) continue;
      out.push({ category: cat, id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '', hint });
    }
  }
  return out;
}

async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** Speed budget of the island pages: Lighthouse mobile, median run. */
export const ISLAND_SPEED = { perf: 95, tbtMs: 150, lcpMs: 2000, cls: 0.02 };

export async function run(ctx) {
  const { dist, runs = 1, tmp } = ctx;
  const browser = chromePath();
  if (!existsSync(browser)) throw new Error(`No Chromium at ${browser}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  const pages = samplePages(dist);
  if (!pages.length) throw new Error(`No pages found in ${dist}/: run \`npm run build\` first`);
  const reportDir = path.join(tmp, 'lighthouse');
  mkdirSync(reportDir, { recursive: true });

  // Lighthouse's simulated throttling still times the real main thread: on a busy machine the
  // blocking time (and so the performance score) measures the other processes, not the page.
  const loadAtStart = os.loadavg()[0];
  const server = await startServer(dist);
  let chrome;
  const results = [];
  try {
    chrome = await chromeLauncher.launch({ chromePath: browser, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    for (const p of pages) {
      const url = `${server.url}${p.page}`;
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        ctx.log(`  lighthouse ${p.page}${runs > 1 ? ` (run ${i + 1}/${runs})` : ''}`);
        lhrs.push(await audit(url, chrome.port));
      }
      // The run with the median performance score stands for the page.
      const perfs = lhrs.map((l) => l.categories.performance?.score ?? 0);
      const lhr = lhrs[perfs.indexOf(median(perfs))];
      const file = path.join(reportDir, `${p.type.replace(/[^a-z0-9]+/gi, '-')}.json`);
      writeFileSync(file, JSON.stringify(lhr));
      results.push({ ...p, lhr, perfRange: runs > 1 ? [Math.round(Math.min(...perfs) * 100), Math.round(Math.max(...perfs) * 100)] : null });
    }
  } finally {
    chrome?.kill();
    await server.stop();
  }

  const rows = [];
  const goals = [];
  const failing = [];
  const warnings = new Set();
  for (const r of results) {
    const { lhr } = r;
    const scores = CATEGORIES.map((c) => score(lhr.categories[c]));
    const goal = isIsland(r.budget) ? GOAL_ISLAND : GOAL_CONTENT;
    const short = CATEGORIES.filter((c, i) => scores[i] === null || scores[i] < goal);
    const m = (auditId) => lhr.audits[auditId]?.numericValue;
    rows.push([
      r.type,
      `\`${r.page}\`${r.standIn ? ' *' : ''}`,
      ...scores.map((s, i) => `${s ?? '–'}${i === 0 && r.perfRange ? ` (${r.perfRange[0]}–${r.perfRange[1]})` : ''}`),
      m('largest-contentful-paint') === undefined ? '–' : `${(m('largest-contentful-paint') / 1000).toFixed(2)} s`,
      m('total-blocking-time') === undefined ? '–' : `${Math.round(m('total-blocking-time'))} ms`,
      m('cumulative-layout-shift') === undefined ? '–' : m('cumulative-layout-shift').toFixed(3),
      String(goal),
    ]);
    goals.push({
      goal: `${r.type}: ${goal === 100 ? 'all four categories at 100' : `all four categories ≥ ${goal}`}${isIsland(r.budget) ? ' (island page)' : ' (content page)'}`,
      met: short.length === 0,
      detail: short.length ? `short: ${short.map((c) => `${SHORT[c]} ${score(lhr.categories[c]) ?? 'error'}`).join(', ')}` : scores.every((x) => x === 100) ? '' : `Perf / A11y / Best pr. / SEO: ${scores.join(' / ')}`,
    });
    if (isIsland(r.budget)) {
      // The island pages' speed budget (issue 13): performance, blocking time, largest paint, layout shift.
      const perf = scores[0];
      const lcp = m('largest-contentful-paint');
      const tbt = m('total-blocking-time');
      const cls = m('cumulative-layout-shift');
      const misses = [
        perf === null || perf < ISLAND_SPEED.perf ? `performance ${perf ?? 'error'}` : null,
        tbt === undefined || tbt > ISLAND_SPEED.tbtMs ? `TBT ${tbt === undefined ? '–' : Math.round(tbt)} ms` : null,
        lcp === undefined || lcp > ISLAND_SPEED.lcpMs ? `LCP ${lcp === undefined ? '–' : (lcp / 1000).toFixed(2)} s` : null,
        cls === undefined || cls > ISLAND_SPEED.cls ? `CLS ${cls === undefined ? '–' : cls.toFixed(3)}` : null,
      ].filter(Boolean);
      goals.push({
        goal: `${r.type}: performance ≥ ${ISLAND_SPEED.perf}, TBT ≤ ${ISLAND_SPEED.tbtMs} ms, LCP ≤ ${ISLAND_SPEED.lcpMs / 1000} s, CLS ≤ ${ISLAND_SPEED.cls}${runs > 1 ? ` (median of ${runs})` : ''}`,
        met: misses.length === 0,
        detail: misses.length ? `missed: ${misses.join(', ')}` : '',
      });
    }
    for (const a of costlyAudits(lhr)) failing.push({ type: r.type, page: r.page, ...a });
    for (const w of lhr.runWarnings ?? []) warnings.add(w);
    if (lhr.runtimeError) warnings.add(`${r.page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }

  const tables = [
    {
      columns: ['Page type', 'Page', 'Perf', 'A11y', 'Best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'Goal'],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
    },
  ];
  if (failing.length) {
    tables.push({
      title: 'Audits that cost points (categories under 100)',
      columns: ['Page type', 'Category', 'Audit id', 'Title', 'Score', 'Value'],
      align: ['l', 'l', 'l', 'l', 'r', 'l'],
      rows: failing.map((f) => [f.type, `${SHORT[f.category]}${f.hint ? ' (hint)' : ''}`, `\`${f.id}\``, f.title.replace(/\|/g, '\\|'), f.score.toFixed(2), f.value.replace(/\|/g, '\\|')]),
    });
  }
  const notes = [];
  if (loadAtStart > os.cpus().length) {
    notes.push(`**The machine was busy:** load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores when this section started. Total Blocking Time, and with it the performance score, counts time the page's main thread waited for other processes; accessibility, best practices and SEO do not depend on load. Run again on an idle machine before reading the performance column.`);
  }
  if (rows.some((r) => r[1].endsWith('*'))) notes.push('`*` This page type\'s named page is not in the build; the first built page of the same type stands in.');
  if (!failing.length) notes.push('No audit cost points on any page.');
  else notes.push('"hint" rows are performance insights with no weight in the score; they explain where the time goes.');
  notes.push('Served by `scripts/serve.mjs`, which gzips text files (level 6) as a static host does; hosts that send Brotli will do a little better. Runs before 2026-12-02 05:00 UTC were served uncompressed.');
  for (const w of warnings) notes.push(`Lighthouse warning: ${w}`);
  notes.push(`Full reports (JSON): \`${path.relative(process.cwd(), reportDir)}/\` (kept with \`--keep\`).`);

  return {
    summary: [
      `Lighthouse ${results[0]?.lhr.lighthouseVersion ?? ''}, default config: mobile (Moto G Power class), simulated throttling (slow 4G, 4× CPU slowdown). ${runs > 1 ? `${runs} runs per page; the run with the median performance score is shown, with the range.` : 'One run per page.'} Scores × 100; LCP, TBT and CLS are the simulated metrics.`,
    ],
    tables,
    goals,
    notes,
    data: results.map((r) => ({ type: r.type, page: r.page, scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(r.lhr.categories[c])])), failing: costlyAudits(r.lhr) })),
  };
}
