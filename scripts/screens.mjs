#!/usr/bin/env node
/**
 * Refreshes the after-* screenshots in bench/screens/ from a running site, then squeezes every
 * PNG there to a 256-colour palette (sharp, already installed with Astro) so the folder stays
 * small. Usage: node scripts/screens.mjs http://127.0.0.1:4321 [/careers/x/ ...]
 * Each page: first screen at 390 × 844 (light and dark) and 1280 × 900; the CSR guide also as
 * one full page at 390 px.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, chromePath } from './bench/chromium.mjs';

const DIR = 'bench/screens';
const CSR = '/careers/customer-service-representative/';
const [base, ...rest] = process.argv.slice(2);
if (!base) {
  console.error('Usage: node scripts/screens.mjs <base url> [paths…]');
  process.exit(2);
}
const paths = rest.length ? rest : [CSR];
const name = (p) => p.replace(/[^a-z0-9]+/gi, '_').replace(/_+$/, '');

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
const shots = [];
for (const [label, width, height, colorScheme] of [['390', 390, 844, 'light'], ['390-dark', 390, 844, 'dark'], ['1280', 1280, 900, 'light']]) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  for (const p of paths) {
    await page.goto(new URL(p, base).href, { waitUntil: 'load' });
    const file = path.join(DIR, `after-${label}${name(p)}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    if (p === CSR && label === '390') {
      const full = path.join(DIR, `after-390-full${name(p)}.png`);
      await page.screenshot({ path: full, fullPage: true });
      shots.push(full);
    }
  }
  await page.close();
}
await browser.close();
console.log(`Took ${shots.length} screenshots.`);

let sharp;
try {
  sharp = (await import('sharp')).default;
} catch {
  console.log('sharp is not installed: PNGs left as taken.');
  process.exit(0);
}
let before = 0;
let after = 0;
for (const f of readdirSync(DIR).filter((f) => f.endsWith('.png'))) {
  const file = path.join(DIR, f);
  const input = readFileSync(file);
  const output = await sharp(input).png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 }).toBuffer();
  before += input.length;
  if (output.length < input.length) writeFileSync(file, output);
  after += Math.min(output.length, input.length);
}
const total = readdirSync(DIR).reduce((n, f) => n + statSync(path.join(DIR, f)).size, 0);
console.log(`PNGs: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB; ${DIR}/ is ${(total / 1024).toFixed(0)} KB.`);
