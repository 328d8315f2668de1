import { chromium } from 'playwright-core';
const [,, w, h, tag] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto('http://127.0.0.1:4615/careers/customer-service-representative/skills/');
await p.waitForSelector('[data-island-ready]');
const act = () => p.evaluate(() => { const e = document.activeElement; const r = e.getBoundingClientRect(); return `${e.tagName}${e.type ? '[' + e.type + ']' : ''} "${(e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 40)}" top=${Math.round(r.top)} bottom=${Math.round(r.bottom)} y=${scrollY}`; });
const shot = async (n) => { await p.waitForTimeout(700); await p.screenshot({ path: `/tmp/k15shots/${tag}-${n}.png` }); await p.screenshot({ path: `/tmp/k15shots/${tag}-${n}.png` }); console.log(n, await act()); };
const key = async (k, n = 1) => { for (let i = 0; i < n; i++) await p.keyboard.press(k); };
while (!(await p.evaluate(() => document.activeElement?.type === 'radio'))) await key('Tab');
for (let s = 0; s < 15; s++) { await key('Space'); await key('ArrowRight', s % 4); await key('Tab'); await key('Tab'); }
await shot('1-after15');
await key('Enter'); await shot('2-results');
await b.close();
