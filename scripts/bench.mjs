#!/usr/bin/env node
/**
 * The performance report: page weight, guide height, Lighthouse and build scaling, printed
 * to the terminal and written to bench/results.md with the machine it ran on.
 * A report, not a test: it exits 0 when goals are missed, 1 only when it
 * could not run. See bench/README.md.
 *
 * Usage: npm run bench -- [--only weight,lighthouse,scaling] [--sizes 100,1000] [--repeat 1] [--runs 1] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './bench/args.mjs';
import { machine, machineRows } from './bench/machine.mjs';
import { goalSummary, previousBlocks, sectionBlock, table } from './bench/report.mjs';
import { SECTIONS } from './bench/sections.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

let opts;
try {
  opts = parseArgs(process.argv.slice(2), SECTIONS.map((s) => s.id));
} catch (error) {
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

const tmp = path.join(root, 'bench', 'tmp');
const cleanUp = () => {
  if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const selected = SECTIONS.filter((s) => !opts.only || opts.only.includes(s.id));
const log = (...args) => console.log(...args);
const ctx = { root, dist: opts.dist, tmp, sizes: opts.sizes, repeat: opts.repeat, runs: opts.runs, keep: opts.keep, log };

// Weight and Lighthouse read a built site: build it when it is missing.
if (selected.some((s) => ['weight', 'height', 'lighthouse'].includes(s.id)) && !existsSync(path.join(opts.dist, 'index.html'))) {
  log(`No ${opts.dist}/index.html: building the site first…`);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', opts.dist], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) log('The build failed; weight and Lighthouse will report that they could not measure.');
}

mkdirSync(tmp, { recursive: true });
const info = machine(root);
log(`Bench on ${info.cpu}, ${info.cores} cores, Node ${info.node}, ${info.chromium}\n`);

const done = [];
try {
  for (const s of selected) {
    const mod = await s.load();
    log(`▶ ${mod.title}`);
    const started = Date.now();
    let result;
    try {
      result = await mod.run(ctx);
    } catch (error) {
      result = { error: error.message };
      console.error(error);
    }
    const measuredAt = new Date();
    done.push({ id: s.id, title: mod.title, result, measuredAt });
    log(`\n${sectionBlock(s.id, mod.title, result, measuredAt).replace(/<!--.*-->\n?/g, '')}\n`);
    log(`(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  cleanUp();
}

// results.md: this run's sections, and earlier results for the sections not run this time.
const previous = existsSync(opts.out) ? previousBlocks(readFileSync(opts.out, 'utf8')) : new Map();
const blocks = [];
const carried = [];
for (const s of SECTIONS) {
  const now = done.find((d) => d.id === s.id);
  if (now) blocks.push(sectionBlock(now.id, now.title, now.result, now.measuredAt));
  else if (previous.has(s.id)) {
    blocks.push(previous.get(s.id));
    carried.push(s.id);
  }
}
// Sections written by other tools, not in SECTIONS: keep them too.
for (const [id, block] of previous) if (!SECTIONS.some((s) => s.id === id)) blocks.push(block);

const summary = goalSummary(done);
const markdown = `# Bench results

Written by \`npm run bench\`; \`bench/README.md\` explains each figure, its goal, and how to run it.
A report, not a test: missed goals are listed, nothing fails.

## Machine

${table({ columns: ['Item', 'Value'], rows: machineRows(info) })}

## At a glance

${summary}${carried.length ? `\n- Carried over from an earlier run, not measured this time: ${carried.join(', ')} (each section shows its own date).` : ''}

${blocks.join('\n\n')}
`;
mkdirSync(path.dirname(opts.out), { recursive: true });
writeFileSync(opts.out, markdown);
log(`At a glance:\n${summary}\n\nWrote ${opts.out}`);
process.exit(done.every((d) => !d.result.error) ? 0 : 1);
