/** Formatting for figures shown on the site: one place, Intl only, US English. */
import { startOf } from './content/dates';

const LOCALE = 'en-US';

const usd0 = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 2 });

/** $42,830 for annual pay; $20.59 for hourly pay. */
export function money(value: number, unit: 'year' | 'hour' = 'year'): string {
  return unit === 'hour' ? usd2.format(value) : usd0.format(value);
}

/** 341,700 */
export function count(value: number): string {
  return whole.format(value);
}

/** 2.81 million, for large counts read aloud. */
export function approxCount(value: number): string {
  if (value < 1_000_000) return whole.format(value);
  return `${compact.format(value).replace('M', '')} million`;
}

/** −5% with a true minus sign, +3% with a plus: a change must show its direction. */
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
export function signedPercent(value: number): string {
  const abs = oneDecimal.format(Math.abs(value));
  if (value === 0) return '0%';
  return `${value < 0 ? '−' : '+'}${abs}%`;
}

const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A site has a few dozen distinct dates, formatted on every page that cites them. */
const refDates = new Map<string, string>();

/** "May 2024", "2020" or "24 Feb 2022": as precise as the stored date. */
export function refDate(iso: string): string {
  const known = refDates.get(iso);
  if (known !== undefined) return known;
  const date = startOf(iso);
  const parts = iso.split('-').length;
  const text = parts === 1 ? String(date.getUTCFullYear()) : (parts === 2 ? monthYear : dayMonthYear).format(date);
  refDates.set(iso, text);
  return text;
}
