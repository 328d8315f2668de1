import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const [w, h] of [[390, 844], [1280, 900]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4615/careers/customer-service-representative/interview/');
  await p.waitForSelector('[data-island-ready]');
  await p.keyboard.press('Space'); await p.waitForTimeout(900);
  console.log(w, await p.evaluate(() => { const q = document.querySelector('#drill-question').getBoundingClientRect(); const r = q; const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2); return { q: [Math.round(q.top), Math.round(q.bottom)], y: scrollY, header: document.querySelector('.site-header').getBoundingClientRect().bottom, hitInside: document.querySelector('#drill-question').contains(hit) }; }));
  await p.screenshot({ path: `/tmp/k15shots/drill-${w}.png` }); await p.screenshot({ path: `/tmp/k15shots/drill-${w}.png` });
  await p.close();
}
await b.close();
