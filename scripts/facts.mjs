#!/usr/bin/env node
/**
 * `npm run facts`: writes dist/facts.json and bench/facts.md from the built site, and fails when
 * any rendered figure lacks a period or a source. Run `npm run build` first.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { buildLedger, ledgerMarkdown } from './lib/facts.mjs';

const dist = process.argv[2] ?? 'dist';
const ledger = buildLedger(dist);
writeFileSync(`${dist}/facts.json`, JSON.stringify({ counts: ledger.counts, figures: ledger.entries }, null, 2));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/facts.md', ledgerMarkdown(ledger) + '\n');
console.log(`facts: ${ledger.counts.figures} figures on ${ledger.counts.pages} pages; ${ledger.counts.derived} derived; ${ledger.counts.agencyIsCarrier} read from the agency's own page`);
if (ledger.problems.length) {
  console.error(ledger.problems.join('\n'));
  process.exit(1);
}
