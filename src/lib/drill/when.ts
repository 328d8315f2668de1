/**
 * Dates as the drill shows and reads them: the interview date from an `<input type="date">`,
 * and "when is the next card due" in words.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The average month, so 365 days never reads as "12.1 mo". */
const DAYS_PER_MONTH = 365.25 / 12;
// Made on first use: building Intl objects is slow on a phone, and the first card needs none.
let oneDecimalFormat: Intl.NumberFormat | undefined;
let pluralRules: Intl.PluralRules | undefined;
const oneDecimal = (n: number) => (oneDecimalFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })).format(n);
const isOne = (n: number) => (pluralRules ??= new Intl.PluralRules('en-US')).select(n) === 'one';

/**
 * "1 min", "3 h", "1 day", "4 days", "2 mo", "1.5 yr": short enough for a button. Intl supplies
 * the numbers and plurals; the unit words are ours because CLDR's short forms vary between
 * engines ("mths", "mos") and a test would pin one engine's spelling.
 */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  const days = Math.round(ms / DAY);
  if (days < 31) return `${days} ${isOne(days) ? 'day' : 'days'}`;
  if (days < 365) return `${oneDecimal(Math.round((days / DAYS_PER_MONTH) * 10) / 10)} mo`;
  return `${oneDecimal(Math.round((days / 365) * 10) / 10)} yr`;
}

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
