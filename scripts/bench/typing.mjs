/**
 * Typing test: the JavaScript each practice page loads (gzip, measured from the responses) and
 * the keystroke-to-screen latency during a typing test, in headless Chromium with 4× CPU slowdown.
 *
 * Latency of one keystroke: from the keydown event's timestamp (when the browser received the
 * key) to the first task after the next animation frame, i.e. after the frame that shows the
 * typed character and the passage's new highlight has been produced. Event Timing entries
 * (durationThreshold 16 ms, the API's minimum) are counted too, as the browser's own view.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromePath } from './chromium.mjs';
import { startServer } from './server.mjs';
import { median, percentile } from './stats.mjs';

export const id = 'typing';
export const title = 'Practice: JavaScript per page and typing latency';

export const GOAL_MS = 16;
const CPU_SLOWDOWN = 4;
const RUNS = 3;
const KEYSTROKES = 200;
/** 80 ms between keys: 12.5 keystrokes a second, a 150 WPM typist, faster than almost any candidate. */
const KEY_GAP_MS = 80;
const PAGES = [
  '/practice/typing/',
  '/practice/data-entry/',
  '/practice/situational-judgment/customer-service-representative/',
  '/practice/written-reply/',
  '/practice/results/',
];

async function weigh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') sizes.push(res.body().then((b) => gzipSync(b).length).catch(() => 0));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-island-ready]', { timeout: 30_000 });
  const js = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return js;
}

async function typeRun(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__latency = [];
    w.__slowEvents = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latency.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__slowEvents += 1;
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-island-ready]', { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // The 5-minute test, so the clock never ends the run.
  await page.getByLabel('5 minutes').check();
  const passage = (await page.locator('#typing-passage').innerText()).replace(/\s+/g, ' ');
  const text = passage.repeat(3).slice(0, KEYSTROKES);
  await page.locator('#typing-box').focus();
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ latency: /** @type {any} */ (window).__latency, slow: /** @type {any} */ (window).__slowEvents }));
  await context.close();
  return result;
}

export async function run(ctx) {
  const server = await startServer(ctx.dist);
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--disable-gpu', '--no-first-run'] });
  const weights = [];
  const all = [];
  let slow = 0;
  try {
    for (const p of PAGES) weights.push([p, `${((await weigh(browser, server.url + p)) / 1024).toFixed(1)} KB`]);
    for (let i = 0; i < RUNS; i++) {
      const r = await typeRun(browser, server.url + '/practice/typing/');
      all.push(...r.latency);
      slow += r.slow;
      ctx.log(`typing run ${i + 1}: ${r.latency.length} keystrokes, p95 ${percentile(r.latency, 95).toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const p95 = percentile(all, 95);
  return {
    summary: [
      `Headless Chromium, ${CPU_SLOWDOWN}× CPU slowdown; ${RUNS} runs of ${KEYSTROKES} keystrokes ${KEY_GAP_MS} ms apart on the typing test (5-minute setting), ${all.length} keystrokes measured.`,
    ],
    tables: [
      { columns: ['practice page', 'JavaScript (gzip, as loaded)'], rows: weights, align: ['l', 'r'] },
      {
        columns: ['keystroke to next frame', 'median', 'p95', 'max', 'keydowns with Event Timing ≥ 16 ms'],
        rows: [['typing test', `${median(all).toFixed(1)} ms`, `${p95.toFixed(1)} ms`, `${Math.max(...all).toFixed(1)} ms`, `${slow} of ${all.length}`]],
        align: ['l', 'r', 'r', 'r', 'r'],
      },
    ],
    goals: [{ goal: `typing: keystroke-to-paint p95 under ${GOAL_MS} ms at ${CPU_SLOWDOWN}× CPU slowdown`, met: p95 < GOAL_MS, detail: `${p95.toFixed(1)} ms` }],
    notes: ['Latency runs from the keydown timestamp to the first task after the next animation frame: the frame that shows the key has been produced by then.'],
  };
}
