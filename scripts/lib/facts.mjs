/**
 * The facts ledger: every figure rendered on every built page (found by its `data-fig` id),
 * joined with the register the build writes (`dist/figures.json`), and the problems that make a
 * page untrustworthy: a figure missing from the register, without a period or a source, or
 * shown without its citation on the same page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? htmlFiles(p) : d.name.endsWith('.html') ? [p] : [];
  });
}

const pagePath = (dist, file) => `/${path.relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

/** @param {string} dist */
export function buildLedger(dist = 'dist') {
  const registerFile = path.join(dist, 'figures.json');
  if (!existsSync(registerFile)) throw new Error(`${registerFile} is missing: run npm run build first`);
  const register = new Map(JSON.parse(readFileSync(registerFile, 'utf8')).figures.map((f) => [f.id, f]));
  const entries = [];
  const problems = [];
  for (const file of htmlFiles(dist).sort()) {
    const page = pagePath(dist, file);
    const html = readFileSync(file, 'utf8');
    const shown = [...new Set([...html.matchAll(/\sdata-fig="([^"]+)"/g)].map((m) => m[1]))];
    const cited = new Set([...html.matchAll(/\sdata-fig-cite="([^"]+)"/g)].flatMap((m) => m[1].split(' ')));
    for (const id of [...new Set([...shown, ...cited])]) {
      const f = register.get(id);
      if (!f) {
        problems.push(`${page}: figure "${id}" is not in the register`);
        continue;
      }
      if (!f.period) problems.push(`${page}: figure "${id}" has no period`);
      if (!f.source?.url || !f.survey) problems.push(`${page}: figure "${id}" has no source`);
      if (shown.includes(id) && !cited.has(id)) problems.push(`${page}: figure "${id}" (${f.display}) is shown without its source and period`);
      entries.push({
        page,
        id,
        label: f.label,
        value: f.display,
        period: f.period,
        agency: f.agency,
        survey: f.survey,
        carrier: f.carrier ? f.carrier.publisher : null,
        source: f.source.url,
        derived: Boolean(f.derivation),
        derivation: f.derivation ?? null,
        older: f.older,
        note: f.note ?? null,
      });
    }
  }
  const counts = {
    pages: new Set(entries.map((e) => e.page)).size,
    figures: entries.length,
    distinctFigures: new Set(entries.map((e) => e.id)).size,
    derived: entries.filter((e) => e.derived).length,
    agencyIsCarrier: entries.filter((e) => e.carrier === null).length,
    readVia: entries.filter((e) => e.carrier !== null).length,
    older: entries.filter((e) => e.older).length,
  };
  return { entries, problems, counts };
}

const cell = (v) => String(v ?? '').replace(/\|/g, '\\|');

/** The ledger as Markdown a counselor can read: counts, then each page's figures. */
export function ledgerMarkdown({ entries, counts }) {
  const lines = [
    '# Facts ledger',
    '',
    'Every figure rendered on every page of the built site, with the period its data describes, the agency and survey it comes from, and the page we read it on when that is not the agency\'s own ("carrier"). Written by `npm run facts` from `dist/`.',
    '',
    `- Pages with figures: ${counts.pages}`,
    `- Figures rendered (a figure counts once per page): ${counts.figures} (${counts.distinctFigures} distinct)`,
    `- Derived by us: ${counts.derived}`,
    `- Read from the agency's own page (agency is the carrier): ${counts.agencyIsCarrier}`,
    `- Read via another page: ${counts.readVia}`,
    `- Marked older: ${counts.older}`,
    '',
  ];
  const byPage = Map.groupBy ? Map.groupBy(entries, (e) => e.page) : entries.reduce((m, e) => m.set(e.page, [...(m.get(e.page) ?? []), e]), new Map());
  for (const [page, list] of byPage) {
    lines.push(`## ${page}`, '', '| Figure | Value | Period | Agency and survey | Read via | Derived |', '|---|---|---|---|---|---|');
    for (const e of list) lines.push(`| ${cell(e.label)} | ${cell(e.value)} | ${cell(e.period)} | ${cell(e.survey)} (${cell(e.agency)}) | ${cell(e.carrier ?? '—')} | ${e.derived ? cell(e.derivation) : 'no'} |`);
    lines.push('');
  }
  return lines.join('\n');
}
