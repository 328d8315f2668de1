/**
 * The compare table: one row per occupation with the figures people weigh, sorting that puts
 * unknown figures last, and the `?pick=` list that keeps a close comparison in the URL.
 */
import { isOlderFigure } from '../guide/vintage';

export interface Dated {
  value: number;
  asOf: string;
  source: string;
  older: boolean;
}

export interface CompareRow {
  id: string;
  title: string;
  order: number;
  pay: (Dated & { per: 'year' | 'hour' }) | null;
  education: string;
  training: string;
  change: (Dated & { period: string }) | null;
  jobs: (Dated & { year: number }) | null;
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

/** A pay figure comparable across rows: hourly figures count as 2,080 hours a year. */
export function yearlyPay(row: CompareRow): number | null {
  if (!row.pay) return null;
  return row.pay.per === 'year' ? row.pay.value : row.pay.value * 2080;
}

function value(row: CompareRow, key: SortKey): number | null {
  if (key === 'by-pay') return yearlyPay(row);
  if (key === 'by-outlook') return row.change?.value ?? null;
  if (key === 'by-jobs') return row.jobs?.value ?? null;
  return null;
}

/** Highest first; rows without the figure go last, in their usual order. */
export function sortRows(rows: readonly CompareRow[], key: SortKey): CompareRow[] {
  const usual = (a: CompareRow, b: CompareRow) => a.order - b.order || a.title.localeCompare(b.title);
  if (key === 'default') return [...rows].sort(usual);
  return [...rows].sort((a, b) => {
    const va = value(a, key);
    const vb = value(b, key);
    if (va === null && vb === null) return usual(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va || usual(a, b);
  });
}

export const MAX_PICK = 3;

export interface Pick {
  ids: string[];
  /** Values that name no occupation, or that came after the third. */
  ignored: string[];
}

/** `?pick=teller,receptionist` or repeated `pick` parameters; unknown ids and extras are reported. */
export function parsePick(search: string, known: readonly string[]): Pick {
  const params = new URLSearchParams(search);
  const wanted = params
    .getAll('pick')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const set = new Set(known);
  const ids: string[] = [];
  const ignored: string[] = [];
  for (const id of wanted) {
    if (ids.includes(id)) continue;
    if (set.has(id) && ids.length < MAX_PICK) ids.push(id);
    else ignored.push(id);
  }
  return { ids, ignored };
}

export function pickQuery(ids: readonly string[]): string {
  return ids.length ? `?pick=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** Skills every picked occupation lists. */
export function sharedSkills(rows: readonly Pick['ids'][number][], skillsOf: (id: string) => readonly string[]): string[] {
  if (rows.length === 0) return [];
  const [first, ...rest] = rows.map(skillsOf);
  return (first ?? []).filter((s) => rest.every((list) => list.includes(s)));
}

export function dated<T extends { value: number; asOf: string; source: { id: string } }>(figure: T | undefined): Dated | null {
  if (!figure) return null;
  return { value: figure.value, asOf: figure.asOf, source: figure.source.id, older: isOlderFigure(figure.asOf) };
}
