/**
 * Islands: for the drill and the self-assessment, the JavaScript each page loads (gzip) and the
 * time from navigation to an interactive island, on a throttled phone-like profile, against
 * baselines measured in the same run: the same page's DOMContentLoaded, and the load of the
 * guide page, which has no island.
 *
 * Contract with the islands: when interactive, an island sets `data-island-ready` on its root
 * and calls performance.mark('island-ready') (src/islands/InterviewDrill.tsx, SkillsAssessment.tsx).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromePath } from './chromium.mjs';
import { startServer } from './server.mjs';
import { median } from './stats.mjs';
import { ISLAND_JS } from '../budgets.mjs';
import { gz } from '../lib/weigh.mjs';

export const id = 'islands';
export const title = 'Islands: JavaScript and time to interactive';

const OCC = 'customer-service-representative';
const PAGES = [
  { name: 'drill', path: `/careers/${OCC}/interview/` },
  { name: 'self-assessment', path: `/careers/${OCC}/skills/` },
];
const BASELINE = { name: 'guide (no island)', path: `/careers/${OCC}/` };
/** The island pages' budget from scripts/budgets.mjs (95 KB), so the bench and `npm run budget` agree. */
export const ISLAND_BUDGET_KB = ISLAND_JS / 1024;
const RUNS = 5;
/** Lighthouse's mobile profile: 4× slower CPU, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

async function once(browser, url, waitForIsland) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res.body().then((b) => gzipSync(b).length).catch(() => 0));
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  let ready = null;
  let beforeReady = [];
  if (waitForIsland) {
    try {
      await page.waitForSelector('[data-island-ready]', { timeout: 30_000 });
      ({ ready, beforeReady } = await page.evaluate(() => {
        const mark = performance.getEntriesByName('island-ready')[0]?.startTime ?? null;
        const urls = performance
          .getEntriesByType('resource')
          .filter((e) => mark !== null && e.startTime <= mark && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname);
        return { ready: mark, beforeReady: urls };
      }));
    } catch {
      ready = null;
    }
  }
  const nav = await page.evaluate(() => {
    const [n] = performance.getEntriesByType('navigation');
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });
  const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ready, js, beforeReady, ...nav };
}

export async function run(ctx) {
  const missing = PAGES.filter((p) => !existsSync(path.join(ctx.dist, p.path, 'index.html')));
  const server = await startServer(ctx.dist);
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--disable-gpu', '--no-first-run'] });
  const rows = [];
  const goals = [];
  try {
    const base = [];
    for (let i = 0; i < RUNS; i++) base.push(await once(browser, server.url + BASELINE.path, false));
    rows.push([BASELINE.name, `${(median(base.map((r) => r.js)) / 1024).toFixed(1)} KB`, `${median(base.map((r) => r.dcl)).toFixed(0)} ms`, `${median(base.map((r) => r.load)).toFixed(0)} ms`, '–']);
    for (const p of PAGES) {
      if (missing.includes(p)) {
        rows.push([p.name, 'not built', '', '', '']);
        continue;
      }
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(browser, server.url + p.path, true));
      const readyTimes = runs.map((r) => r.ready).filter((v) => v !== null);
      const js = median(runs.map((r) => r.js));
      // What `npm run budget` counts: the scripts requested before the island was ready, as built.
      const beforeReady = median(runs.map((r) => r.beforeReady.reduce((n, url) => n + gz(readFileSync(path.join(ctx.dist, url))), 0)));
      rows.push([
        p.name,
        `${(js / 1024).toFixed(1)} KB (${(beforeReady / 1024).toFixed(1)} KB before ready)`,
        `${median(runs.map((r) => r.dcl)).toFixed(0)} ms`,
        `${median(runs.map((r) => r.load)).toFixed(0)} ms`,
        readyTimes.length ? `${median(readyTimes).toFixed(0)} ms` : `never ready (${runs.length - readyTimes.length} of ${runs.length} runs)`,
      ]);
      goals.push({ goal: `${p.name}: JavaScript before the island is ready within ${ISLAND_BUDGET_KB} KB gzip (scripts only; \`npm run budget\` adds the inline ones)`, met: beforeReady <= ISLAND_BUDGET_KB * 1024, detail: `${(beforeReady / 1024).toFixed(1)} KB` });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    summary: [
      `Headless Chromium with ${CPU_SLOWDOWN}× CPU slowdown and a ${NETWORK.latency} ms, 1.6 Mbit/s network (Lighthouse's mobile profile), served from this machine; median of ${RUNS} cold loads each.`,
    ],
    tables: [
      {
        columns: ['page', 'JavaScript (gzip)', 'DOMContentLoaded', 'load', 'island ready'],
        rows,
        align: ['l', 'r', 'r', 'r', 'r'],
      },
    ],
    goals,
    notes: ['"island ready" is when the island has read its saved state and shows an interactive card or form (performance mark `island-ready`).'],
  };
}
