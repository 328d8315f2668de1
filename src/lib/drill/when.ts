/**
 * Dates as the drill shows and reads them: the interview date from an `<input type="date">`,
 * and "when is the next card due" in words.
 */
import { formatInterval } from './schedule';

/** Interviews are usually in the working day; 9:00 local keeps "days left" honest. */
export const INTERVIEW_HOUR = 9;

/** `2026-12-03` → that day at 9:00 local time, or null for anything that is not a real date. */
export function parseDateInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, INTERVIEW_HOUR, 0, 0, 0);
  // new Date rolls 2026-02-31 over into March; a date that moved was not a real date.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value an `<input type="date">` needs for `date`, in local time. */
export function toDateInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "in 10 min", "in 3 days", or "now" when it is already due. */
export function dueIn(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  return ms <= 0 ? 'now' : `in ${formatInterval(ms)}`;
}

/** "Thu, Dec 3, 9:00 AM" in the reader's language and time zone. */
export function dateTimeLabel(date: Date, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

/** "Thursday, December 3" */
export function dayLabel(date: Date, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}
