#!/usr/bin/env node
/**
 * Writes bench/mutation.md from Stryker's JSON report (run by `npm run mutate`).
 * Scores per module (a folder of src/lib, or a file at its top), the targets from issue 19,
 * every surviving mutant, and the hand-written notes in bench/mutation-notes.md (equivalent
 * mutants and why). With --baseline <json>, a "before" column comes from that summary.
 *
 * Usage: node scripts/mutation-report.mjs [--report bench/tmp/mutation.json[,more.json]] [--out bench/mutation.md]
 *        node scripts/mutation-report.mjs --summarise <report.json>   (prints a per-module summary as JSON)
 *        --new-tests <a.test.ts,b.test.ts>: the test files added since the last report. Mutants that
 *        only those files kill (the run must use --disableBail, so every killing test is listed) were
 *        surviving before them: they give the "before" column where no baseline has the module, and
 *        are listed as "killed by the new tests".
 *        --carry: the baseline (with `rows` and `survivors`, as bench/mutation-baseline-session5.json) also
 *        gives the "after" of every file or folder it measured that no report covers (marked "carried").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);

const UNDETECTED = new Set(['Survived', 'NoCoverage']);
/** Modules that must reach 95 %; the rest of src/lib counts toward the 85 % overall target. */
const STRICT = ['src/lib/storage.ts', 'src/lib/drill/', 'src/lib/assessment/share.ts', 'src/lib/content/'];

function moduleOf(file) {
  const rel = file.replace(/^.*?src\/lib\//, 'src/lib/');
  const parts = rel.split('/');
  return parts.length > 3 ? `${parts.slice(0, 3).join('/')}/` : rel;
}

/** Counts per module, and the same for the strict targets that are single files. */
export function summarise(report, statusOf = (m) => m.status) {
  const rows = {};
  const bump = (name, status) => {
    const row = (rows[name] ??= { killed: 0, survived: 0, timeout: 0, noCoverage: 0, ignored: 0, errors: 0 });
    if (status === 'Killed') row.killed += 1;
    else if (status === 'Timeout') row.timeout += 1;
    else if (status === 'Survived') row.survived += 1;
    else if (status === 'NoCoverage') row.noCoverage += 1;
    else if (status === 'Ignored') row.ignored += 1;
    else row.errors += 1;
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const rel = file.replace(/^.*?src\/lib\//, 'src/lib/');
    for (const m of mutants) {
      const status = statusOf(m);
      bump('src/lib (all)', status);
      bump(moduleOf(rel), status);
      if (STRICT.includes(rel) && moduleOf(rel) !== rel) bump(rel, status);
    }
  }
  return rows;
}

const score = (r) => {
  const detected = r.killed + r.timeout;
  const total = detected + r.survived + r.noCoverage;
  return total === 0 ? null : (100 * detected) / total;
};
const pct = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(1)} %`);

if (process.argv.includes('--summarise')) {
  const report = JSON.parse(readFileSync(arg('--summarise'), 'utf8'));
  process.stdout.write(`${JSON.stringify(summarise(report), null, 2)}\n`);
  process.exit(0);
}

const reportPath = arg('--report', 'bench/tmp/mutation.json');
const out = arg('--out', 'bench/mutation.md');
const baselinePath = arg('--baseline', 'bench/mutation-baseline.json');
// Several reports (comma-separated) are merged, the later one winning for each mutant: runs made per module.
const paths = reportPath.split(',');
for (const p of paths) {
  if (!existsSync(p)) {
    console.error(`No Stryker report at ${p}: run "npm run mutate" first.`);
    process.exit(1);
  }
}
const reports = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')));
const newTestFiles = (arg('--new-tests', '') || '').split(',').filter(Boolean);
// Test ids are numbered per run, so each mutant's killers are named within its own report.
for (const r of reports) {
  const testOf = new Map();
  for (const [file, { tests }] of Object.entries(r.testFiles ?? {})) for (const t of tests) testOf.set(t.id, { file, name: t.name });
  for (const { mutants } of Object.values(r.files)) {
    for (const m of mutants) {
      const killers = (m.killedBy ?? []).map((id) => testOf.get(id)).filter(Boolean);
      m.killers = killers;
      m.onlyNew = m.status === 'Killed' && killers.length > 0 && killers.every((k) => newTestFiles.some((f) => k.file.endsWith(f)));
    }
  }
}
// Mutant by mutant: a later run over part of a file (`--mutate file.ts:10-20`) updates only those mutants.
const mutantKey = (m) => JSON.stringify([m.location, m.mutatorName, m.replacement ?? null]);
const files = {};
for (const r of reports) {
  for (const [file, entry] of Object.entries(r.files)) {
    const earlier = files[file];
    if (!earlier || earlier.source !== entry.source) {
      files[file] = entry;
      continue;
    }
    const byKey = new Map(earlier.mutants.map((m) => [mutantKey(m), m]));
    for (const m of entry.mutants) byKey.set(mutantKey(m), m);
    files[file] = { ...entry, mutants: [...byKey.values()] };
  }
}
const report = { files };
const rows = summarise(report);
const storedFile = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : null;
// A baseline is either { module: counts } or { rows: { module: counts }, survivors: { file: [lines] } }.
const storedBaseline = storedFile?.rows ?? storedFile;
// --carry: units of the baseline no report covers keep its counts. The finest units: a file row, or a
// folder row with no file row inside it.
const carried = new Set();
const carriedSurvivors = [];
if (process.argv.includes('--carry') && storedFile?.rows) {
  const measured = Object.keys(report.files).map((f) => f.replace(/^.*?src\/lib\//, 'src/lib/'));
  const names = Object.keys(storedFile.rows).filter((n) => n !== 'src/lib (all)');
  const units = names.filter((n) => !n.endsWith('/') || !names.some((m) => m !== n && m.startsWith(n)));
  const add = (name, counts) => {
    const row = (rows[name] ??= { killed: 0, survived: 0, timeout: 0, noCoverage: 0, ignored: 0, errors: 0 });
    for (const k of Object.keys(row)) row[k] += counts[k] ?? 0;
  };
  for (const unit of units) {
    if (measured.some((f) => (unit.endsWith('/') ? f.startsWith(unit) : f === unit))) continue;
    const counts = storedFile.rows[unit];
    carried.add(moduleOf(unit));
    add('src/lib (all)', counts);
    add(moduleOf(unit), counts);
    if (STRICT.includes(unit) && moduleOf(unit) !== unit) add(unit, counts);
    for (const [file, list] of Object.entries(storedFile.survivors ?? {})) {
      if (unit.endsWith('/') ? file.startsWith(unit) : file === unit) carriedSurvivors.push(...list.map((l) => `${l} (carried)`));
    }
  }
}
const killedOnlyByNew = (m) => m.onlyNew === true;
const hasNewTests = newTestFiles.length > 0;
const before = hasNewTests ? summarise(report, (m) => (killedOnlyByNew(m) ? 'Survived' : m.status)) : null;
// A module's "before": the stored baseline where it has one, else the mutants the new tests kill put back.
const baseline = storedBaseline || before ? { ...(before ?? {}), ...(storedBaseline ?? {}) } : null;
const target = (name) => (name === 'src/lib (all)' ? 85 : STRICT.includes(name) ? 95 : null);

const lines = [];
lines.push('# Mutation testing over src/lib');
lines.push('');
lines.push('Generated by `npm run mutate` (StrykerJS with the Vitest runner; `stryker.config.json`), then');
lines.push('`node scripts/mutation-report.mjs`. Score = killed and timed-out mutants over all mutants that');
lines.push('ran (survived and uncovered count against it). Static mutants (module-level constants, which');
lines.push('make every test file run again) are ignored by the config; they are not in these counts.');
if (carried.size) {
  lines.push('');
  lines.push(`Rows marked "carried" were not run again: their counts (and their survivors, marked the same) are the baseline's (\`${baselinePath}\`).`);
}
lines.push('');
lines.push(`Written ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
lines.push('');
lines.push(`| Module | ${baseline ? 'Before | ' : ''}After | Target | Killed | Timeout | Survived | No coverage |`);
lines.push(`|---|${baseline ? '---:|' : ''}---:|---:|---:|---:|---:|---:|`);
const names = Object.keys(rows).sort((a, b) => (a === 'src/lib (all)' ? -1 : b === 'src/lib (all)' ? 1 : a.localeCompare(b)));
for (const name of names) {
  const r = rows[name];
  const before = baseline?.[name] ? pct(score(baseline[name])) : '–';
  const t = target(name);
  const mark = carried.has(name) ? (Object.keys(report.files).some((f) => moduleOf(f.replace(/^.*?src\/lib\//, 'src/lib/')) === name) ? ' (part carried)' : ' (carried)') : '';
  lines.push(
    `| ${name === 'src/lib (all)' ? (carried.size ? '**every mutant: these reports and the carried rows**' : '**every mutant in these reports**') : STRICT.includes(name) ? `**${name}**` : name} | ${baseline ? `${before} | ` : ''}${pct(score(r))}${mark} | ${t ? `${t} %` : ''} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} |`,
  );
}
lines.push('');
lines.push('## Surviving mutants');
lines.push('');
const survivors = [];
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const rel = file.replace(/^.*?src\/lib\//, 'src/lib/');
  const src = source.split('\n');
  for (const m of mutants) {
    if (!UNDETECTED.has(m.status)) continue;
    const { line, column } = m.location.start;
    const original = (src[line - 1] ?? '').trim().slice(0, 90);
    survivors.push(`- \`${rel}:${line}:${column}\` ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test covers it)' : ''}: \`${original.replaceAll('`', "'")}\` → \`${String(m.replacement ?? '').replaceAll('\n', ' ').slice(0, 80).replaceAll('`', "'")}\``);
  }
}
survivors.push(...carriedSurvivors);
lines.push(survivors.length ? survivors.join('\n') : 'None.');
lines.push('');
if (hasNewTests) {
  const killed = [];
  const perModule = {};
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const rel = file.replace(/^.*?src\/lib\//, 'src/lib/');
    const src = source.split('\n');
    for (const m of mutants.filter(killedOnlyByNew)) {
      perModule[rel] = (perModule[rel] ?? 0) + 1;
      const { line, column } = m.location.start;
      const original = (src[line - 1] ?? '').trim().slice(0, 90).replaceAll('`', "'");
      const by = m.killers[0]?.name ?? '?';
      killed.push(`- \`${rel}:${line}:${column}\` ${m.mutatorName}: \`${original}\` → \`${String(m.replacement ?? '').replaceAll('\n', ' ').slice(0, 80).replaceAll('`', "'")}\` (killed by "${by}")`);
    }
  }
  lines.push('## Mutants killed only by the new tests');
  lines.push('');
  lines.push(`New test files: ${newTestFiles.map((f) => `\`${f}\``).join(', ')}. Per file: ${Object.entries(perModule).map(([f, n]) => `\`${f}\` ${n}`).join(', ') || 'none'}.`);
  lines.push('');
  lines.push(killed.length ? killed.join('\n') : 'None.');
  lines.push('');
}
if (existsSync('bench/mutation-notes.md')) lines.push(readFileSync('bench/mutation-notes.md', 'utf8').trim(), '');
writeFileSync(out, `${lines.join('\n')}\n`);
const all = rows['src/lib (all)'];
console.log(`Mutation score over src/lib: ${pct(score(all))}; ${survivors.length} surviving; wrote ${out}`);
