/**
 * The period a figure's data describes: a month ("2024-05", a wage survey's reference month), a
 * year ("2024") or a span ("2024–34", a projection). Never the date a page was published.
 */
import { ISO_DATE, startOf } from '../content/dates';
import { refDate } from '../format';

export const RANGE = /^(\d{4})–(\d{2}|\d{4})$/;

export type PeriodKind = 'day' | 'month' | 'year' | 'range';

export function periodKind(period: string): PeriodKind | null {
  if (RANGE.test(period)) return 'range';
  const m = ISO_DATE.exec(period);
  if (!m) return null;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/** The first year of a span, or the date itself, as a comparable instant. */
export function periodStart(period: string): number {
  const range = RANGE.exec(period);
  if (range) return Date.UTC(Number(range[1]), 0, 1);
  return startOf(period).getTime();
}

/** The year a span ends: "2024–34" ends in 2034. */
export function rangeEnd(period: string): number | null {
  const range = RANGE.exec(period);
  if (!range) return null;
  const start = range[1]!;
  const end = range[2]!;
  return Number(end.length === 2 ? start.slice(0, 2) + end : end);
}

/** A valid span runs forward: 2024–34, not 2024–14. */
export function isPeriod(period: string): boolean {
  const kind = periodKind(period);
  if (kind !== 'range') return kind !== null;
  return rangeEnd(period)! > Number(period.slice(0, 4));
}

/** "May 2024", "2024", "2024–34". */
export function formatPeriod(period: string): string {
  return periodKind(period) === 'range' ? period : refDate(period);
}

export function comparePeriods(a: string, b: string): number {
  return periodStart(a) - periodStart(b);
}
