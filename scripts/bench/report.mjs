/**
 * Turns section results into Markdown: bench/results.md and the terminal
 * report are the same text. A section result looks like
 *
 *   { summary: string[], tables: [{ title?, columns, rows, align? }],
 *     goals: [{ goal, met: true | false | null, detail }], notes: string[] }
 *
 * Each section is written between `<!-- bench:section id -->` markers, so a
 * run of some sections (--only) keeps the others from the previous results.md.
 */

const width = (s) => [...String(s)].length;

export function table({ columns, rows, align = [] }) {
  const widths = columns.map((c, i) => Math.max(width(c), 3, ...rows.map((r) => width(r[i] ?? ''))));
  const cell = (v, i) => {
    const text = String(v ?? '');
    const padding = ' '.repeat(widths[i] - width(text));
    return align[i] === 'r' ? padding + text : text + padding;
  };
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(columns), rule, ...rows.map(line)].join('\n');
}

const mark = (met) => (met === true ? '✓ met' : met === false ? '✗ **missed**' : '– n/a');

export function sectionBody(result) {
  const parts = [];
  if (result.error) {
    parts.push(`**Could not measure:** ${result.error}`);
    return parts.join('\n\n');
  }
  if (result.summary?.length) parts.push(result.summary.join('\n'));
  for (const t of result.tables ?? []) {
    if (t.title) parts.push(`**${t.title}**`);
    parts.push(table(t));
  }
  if (result.goals?.length) {
    parts.push(['**Goals**', '', ...result.goals.map((g) => `- ${mark(g.met)}: ${g.goal}${g.detail ? ` — ${g.detail}` : ''}`)].join('\n'));
  }
  if (result.notes?.length) parts.push(result.notes.map((n) => (n.includes('\n') ? n : `- ${n}`)).join('\n'));
  return parts.join('\n\n');
}

export function sectionBlock(id, title, result, measuredAt) {
  return [
    `<!-- bench:section ${id} -->`,
    `## ${title}`,
    '',
    `_Measured ${measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC._`,
    '',
    sectionBody(result),
    `<!-- /bench:section ${id} -->`,
  ].join('\n');
}

/** The section blocks of an earlier results.md, by id. */
export function previousBlocks(markdown) {
  const blocks = new Map();
  for (const m of markdown.matchAll(/<!-- bench:section ([\w-]+) -->[\s\S]*?<!-- \/bench:section \1 -->/g)) blocks.set(m[1], m[0]);
  return blocks;
}

/** Ticks and crosses of every goal, one line per section. */
export function goalSummary(sections) {
  const lines = [];
  for (const { title, result } of sections) {
    if (result.error) {
      lines.push(`- ${title}: could not measure`);
      continue;
    }
    const goals = result.goals ?? [];
    const missed = goals.filter((g) => g.met === false);
    lines.push(`- ${title}: ${goals.length - missed.length} of ${goals.length} goals met${missed.length ? `; missed: ${missed.map((g) => g.goal).join('; ')}` : ''}`);
  }
  return lines.join('\n');
}
