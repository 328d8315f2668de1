import { z } from 'zod';

/** "2024", "2024-05" or "2024-05-31": as precise as the source is, no more. */
export const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YAML turns an unquoted 2024-05-31 into a Date; bring it back to the string we store. */
export const isoDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(ISO_DATE, { error: 'date looks like 2024, 2024-05 or 2024-05-31' }),
);

/** The first instant the date names, in UTC. */
export function startOf(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
}

/** A reference date may not start after `now`: data cannot describe tomorrow. */
export function isNotFuture(iso: string, now: Date = new Date()): boolean {
  return startOf(iso).getTime() <= now.getTime();
}

/** Compare two ISO dates of any precision by their start. */
export function compareIso(a: string, b: string): number {
  return startOf(a).getTime() - startOf(b).getTime();
}
