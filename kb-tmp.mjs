import { chromium } from 'playwright-core';
const [,, w, h, tag] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto('http://127.0.0.1:4615/careers/customer-service-representative/skills/');
await p.waitForSelector('[data-island-ready]');
const act = () => p.evaluate(() => { const e = document.activeElement; const r = e.getBoundingClientRect(); return `${e.tagName}${e.type ? '[' + e.type + ']' : ''} "${(e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 40)}" top=${Math.round(r.top)} bottom=${Math.round(r.bottom)}`; });
const shot = async (n) => { await p.screenshot({ path: `/tmp/k15shots/${tag}-${n}.png` }); await p.screenshot({ path: `/tmp/k15shots/${tag}-${n}.png` }); };
const log = [];
for (let i = 0; i < 12; i++) { await p.keyboard.press('Tab'); await p.waitForTimeout(700); log.push(await act()); }
await shot('a');
console.log(log.join('\n'));
await b.close();
