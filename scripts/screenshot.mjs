#!/usr/bin/env node
/**
 * Screenshots pages of a running site at phone and desktop widths, to look at.
 * Usage: node scripts/screenshot.mjs http://127.0.0.1:4321 / /careers/x/ ...  → screenshots/*.png
 */
import { mkdirSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base, ...paths] = process.argv.slice(2);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] });
mkdirSync('screenshots', { recursive: true });
const scheme = process.env.SCHEME ?? 'light';
for (const [label, width, height] of [['phone', 360, 780], ['desktop', 1280, 900]]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  for (const p of paths) {
    await page.goto(new URL(p, base).href);
    const name = `${label}-${scheme}${p.replace(/[^a-z0-9]+/gi, '_')}`.replace(/_+$/, '');
    await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env.FULL === '1' });
    console.log(`screenshots/${name}.png`);
  }
  await page.close();
}
await browser.close();
