import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP } from '../../scripts/budgets.mjs';
import { budgetFor } from '../../scripts/bench/pages.mjs';
import { gz, weighPage } from '../../scripts/lib/weigh.mjs';

const dist = mkdtempSync(path.join(tmpdir(), 'weigh-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(html: string, files: Record<string, string> = {}) {
  mkdirSync(path.join(dist, 'p'), { recursive: true });
  writeFileSync(path.join(dist, 'p', 'index.html'), html);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return weighPage(dist, '/p/');
}

describe('page weight', () => {
  it('counts a screen stylesheet in the first round trip and a paper-only one apart, in the total', () => {
    const screen = '.a{color:red}'.repeat(50);
    const paper = '.b{color:#000}'.repeat(80);
    const w = page('<html><head><link rel="stylesheet" href="/s.css"></head><body><link rel="stylesheet" href="/p.css" media="print"></body></html>', { 's.css': screen, 'p.css': paper });
    expect(w.css).toBe(gz(Buffer.from(screen)));
    expect(w.printCss).toBe(gz(Buffer.from(paper)));
    expect(w.total).toBe(w.html + w.css + w.printCss + w.js);
  });

  it('weighs inline CSS as part of the HTML', () => {
    const bare = page('<html><head></head><body><p>Hi</p></body></html>');
    const styled = page(`<html><head><style>${'.x{margin:0 auto;padding:1rem}'.repeat(40)}</style></head><body><p>Hi</p></body></html>`);
    expect(styled.html).toBeGreaterThan(bare.html);
    expect(styled.css).toBe(0);
  });
});

describe('the guide budget', () => {
  it('holds every guide, not only the CSR one, to the 14 KB first round trip', () => {
    for (const guide of ['/careers/customer-service-representative/', '/careers/teller/', '/careers/any-new-occupation/']) {
      expect(budgetFor(guide).type, guide).toBe('guide');
      expect(budgetFor(guide).maxHtmlCss, guide).toBe(FIRST_ROUND_TRIP);
    }
    // The pages a guide links to for depth are content pages of their own.
    expect(budgetFor('/careers/teller/details/').maxHtmlCss).toBeUndefined();
    expect(budgetFor('/careers/compare/').type).toBe('compare');
  });
});
