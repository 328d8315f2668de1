/** Words for the results: readiness bands, changes and dates, in plain English (Intl only). */
import type { SinceLastTime, SkillDelta } from './history';

export type BandId = 'ready' | 'nearly' | 'getting-there' | 'building';

export interface ReadinessBand {
  id: BandId;
  /** The lowest readiness percent in the band. */
  from: number;
  label: string;
  advice: string;
}

/**
 * Thresholds, read against the Customer Service Representative profile (15 skills, most needing
 * level 3; weights 28 down to 14, 918 weighted levels in all). One level short on the most
 * important skill scores 96: still "Ready to apply", as employers train new hires. One short on
 * each of the top three (91): "Nearly there". One level short on every skill (65): "Getting
 * there". Rated 1 everywhere (34): "Building up". The percent alone can hide one skill far below
 * its level (two short on the most important still scores 93), so the verdict shown is capped
 * by such a gap: see verdict.ts.
 */
export const READINESS_BANDS: readonly ReadinessBand[] = [
  {
    id: 'ready',
    from: 95,
    label: 'Ready to apply',
    advice: 'You meet the level an employer expects of a new hire in (nearly) every skill. Apply, and practice your interview stories.',
  },
  {
    id: 'nearly',
    from: 80,
    label: 'Nearly there',
    advice: 'A few gaps remain. You can start applying while you work on the first gap below.',
  },
  {
    id: 'getting-there',
    from: 50,
    label: 'Getting there',
    advice: 'You have a base to build on. Work on the gaps at the top of the list before you apply.',
  },
  {
    id: 'building',
    from: 0,
    label: 'Building up',
    advice: 'Several skills are still below what employers expect of a new hire. Start with the first gap below, one at a time.',
  },
];

/** The band a readiness percent falls in (see `READINESS_BANDS` for the thresholds). */
export function readinessBand(percent: number): ReadinessBand {
  // The last band starts at 0, so one always matches; the fallback only satisfies the compiler.
  return READINESS_BANDS.find((band) => percent >= band.from) ?? (READINESS_BANDS.at(-1) as ReadinessBand);
}

/** "+1", "−2" (a true minus sign), "unchanged", "new" or "not rated". */
export function deltaLabel(delta: Pick<SkillDelta, 'kind' | 'change'>): string {
  switch (delta.kind) {
    case 'new':
      return 'new';
    case 'unrated':
      return 'not rated';
    case 'unchanged':
      return 'unchanged';
    default:
      return delta.change === null ? '' : delta.change > 0 ? `+${delta.change}` : `−${Math.abs(delta.change)}`;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "March 3, 2025", in `timeZone` (the browser's own in the island; leave it out for the runtime's). */
export function assessmentDate(iso: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', ...(timeZone === undefined ? {} : { timeZone }) });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

function skills(count: number): string {
  return `${count} ${count === 1 ? 'skill' : 'skills'}`;
}

/** "Since March 3, 2025: 3 skills up, 1 down, 8 unchanged. Readiness 58% → 72%." */
export function sinceLastTimeText(summary: SinceLastTime, timeZone?: string): string {
  const parts: string[] = [];
  if (summary.up.length) parts.push(`${skills(summary.up.length)} up`);
  if (summary.down.length) parts.push(`${parts.length ? summary.down.length : skills(summary.down.length)} down`);
  if (summary.unchanged.length) parts.push(`${parts.length ? summary.unchanged.length : skills(summary.unchanged.length)} unchanged`);
  if (summary.added.length) parts.push(`${parts.length ? summary.added.length : skills(summary.added.length)} rated for the first time`);
  const changes = parts.length ? `${parts.join(', ')}.` : 'no skills rated both times.';
  const figure =
    summary.readinessBefore === null || summary.readinessAfter === null
      ? ''
      : ` Readiness ${summary.readinessBefore}% → ${summary.readinessAfter}%.`;
  return `Since ${assessmentDate(summary.previousAt, timeZone)}: ${changes}${figure}`;
}
