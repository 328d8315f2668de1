/**
 * The compare table: one row per occupation with the figures people weigh, sorting that puts
 * unknown figures last, and the `?pick=` list that keeps a close comparison in the URL.
 */
import { citation, type Figure } from '../figures/figure';
import { comparePeriods } from '../figures/period';

export interface CompareRow {
  id: string;
  title: string;
  order: number;
  pay: Figure | null;
  education: string;
  training: string;
  change: Figure | null;
  jobs: Figure | null;
  /** Skill ids in the guide's order. */
  skills: string[];
}

export const SORTS = {
  default: { label: 'Career path order', column: 'title' },
  'by-pay': { label: 'Highest median pay first', column: 'pay' },
  'by-outlook': { label: 'Best outlook first', column: 'change' },
  'by-jobs': { label: 'Most jobs first', column: 'jobs' },
} as const;
export type SortKey = keyof typeof SORTS;
export const SORT_KEYS = Object.keys(SORTS) as SortKey[];

function cell(row: CompareRow, key: SortKey): Figure | null {
  if (key === 'by-pay') return row.pay;
  if (key === 'by-outlook') return row.change;
  if (key === 'by-jobs') return row.jobs;
  return null;
}

/** Figures can be ranked together only when they come from the same survey, period and unit. */
export function comparableKey(f: Figure): string {
  return `${f.survey}|${f.period}|${f.unit}`;
}

export interface Ranking {
  rows: CompareRow[];
  /** The survey and period the order uses, as a citation: "BLS OEWS, May 2024". */
  basis: string | null;
  /** Rows with a figure left out of the order, and why. */
  unranked: Record<string, string>;
}

/**
 * Ranks rows by the figures of one survey and period: the group most rows share (the newest on a
 * tie). Rows with a figure from elsewhere follow, in their usual order, each with the reason;
 * rows without a figure come last.
 */
export function rankRows(rows: readonly CompareRow[], key: SortKey): Ranking {
  const usual = (a: CompareRow, b: CompareRow) => a.order - b.order || a.title.localeCompare(b.title);
  if (key === 'default') return { rows: [...rows].sort(usual), basis: null, unranked: {} };
  const groups = new Map<string, Figure[]>();
  for (const row of rows) {
    const f = cell(row, key);
    if (f) groups.set(comparableKey(f), [...(groups.get(comparableKey(f)) ?? []), f]);
  }
  const best = [...groups.values()].sort((a, b) => b.length - a.length || comparePeriods(b[0]!.period, a[0]!.period))[0];
  if (!best) return { rows: [...rows].sort(usual), basis: null, unranked: {} };
  const basisKey = comparableKey(best[0]!);
  const basis = citation(best[0]!);
  const inBasis = (r: CompareRow) => {
    const f = cell(r, key);
    return f !== null && comparableKey(f) === basisKey;
  };
  const ranked = rows.filter(inBasis).sort((a, b) => Number(cell(b, key)!.value) - Number(cell(a, key)!.value) || usual(a, b));
  const others = rows.filter((r) => !inBasis(r) && cell(r, key) !== null).sort(usual);
  const missing = rows.filter((r) => cell(r, key) === null).sort(usual);
  const unranked: Record<string, string> = {};
  for (const r of others) {
    const f = cell(r, key)!;
    unranked[r.id] = `Not in the order: ${citation(f)}${f.unit !== best[0]!.unit ? `, ${f.unit === 'usd-hour' ? 'an hourly figure' : 'a different unit'}` : ''}, while the order uses ${basis}.`;
  }
  return { rows: [...ranked, ...others, ...missing], basis, unranked };
}

/** The rows in an order, for callers that need only the order. */
export function sortRows(rows: readonly CompareRow[], key: SortKey): CompareRow[] {
  return rankRows(rows, key).rows;
}

// The picker's rules live apart, so the browser script loads them without the figure model.
export { MAX_PICK, parsePick, pickQuery, sharedSkills, type Pick } from './pick';
