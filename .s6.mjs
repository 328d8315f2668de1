import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 760, height: 1000 } });
await page.goto('http://127.0.0.1:4323/careers/customer-service-representative/');
await page.emulateMedia({ media: 'print' });
const hs = await page.evaluate(() => [...document.querySelectorAll('main section, main > *')].map((s) => [s.querySelector('h2')?.textContent?.slice(0,30) ?? s.tagName, Math.round(s.getBoundingClientRect().height)]).filter(([, h]) => h > 150));
console.log(hs);
await browser.close();
