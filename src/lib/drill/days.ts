/**
 * Calendar days as the learner lives them. "Today", a streak and the daily new-card limit turn
 * over at local midnight, not at midnight UTC, so every function takes an IANA time zone
 * (`Intl.DateTimeFormat().resolvedOptions().timeZone` in the browser, a fixed zone in tests).
 * Leaving it out uses the runtime's own zone.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = timeZone ?? '';
  let format = formats.get(cacheKey);
  if (!format) {
    // Building a DateTimeFormat is slow; days are computed for every log entry.
    format = new Intl.DateTimeFormat('en-US', {
      ...(timeZone === undefined ? {} : { timeZone }),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(cacheKey, format);
  }
  return format;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of an instant. */
export function localDate(instant: Date, timeZone?: string): LocalDate {
  // The runtime's own zone is what Date's local fields are in: no Intl object to build.
  if (timeZone === undefined) return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  const parts = formatFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function dayNumber(date: LocalDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}
