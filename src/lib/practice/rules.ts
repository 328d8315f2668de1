/**
 * The named employers' typing rules from our facts file, each scoring the same test. Employers
 * differ, so we show every rule side by side instead of inventing one "official" score.
 * The source of each rule is a `sources.yaml` id, linked on the page.
 */
import type { TypingResult } from './typing';

export interface RuleScore {
  id: 'plain' | 'san-diego' | 'iowa';
  name: string;
  /** Net WPM under this rule, never below zero. */
  net: number;
  /** How the rule counts, in a sentence. */
  method: string;
  /** What would stop this test counting under the rule; empty when nothing does. */
  problems: string[];
  source: string | null;
}

export const SAN_DIEGO_MAX_ERRORS = 5;
export const FIVE_MINUTES = 5;
/** The entry-level range one staffing firm gives, with its source id. */
export const ENTRY_LEVEL_RANGE = { low: 35, high: 40, source: 'turnage-typing' } as const;

function minutesProblem(result: TypingResult, who: string): string[] {
  // A 5-minute test stopped a moment early is still short: compare the time actually allowed.
  return result.minutes + 1e-9 < FIVE_MINUTES ? [`${who} needs a test of at least ${FIVE_MINUTES} minutes; this one was ${formatMinutes(result.minutes)}.`] : [];
}

export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes * 60);
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  if (m === 0) return `${s} second${s === 1 ? '' : 's'}`;
  return s === 0 ? `${m} minute${m === 1 ? '' : 's'}` : `${m} min ${s} s`;
}

export function scoreRules(result: TypingResult): RuleScore[] {
  const { gross, errors } = result;
  return [
    {
      id: 'plain',
      name: 'Net WPM (errors per minute taken off)',
      net: result.net,
      method: 'Gross WPM less the number of errors divided by the minutes of the test.',
      problems: [],
      source: 'employment-skills-typing',
    },
    {
      id: 'san-diego',
      name: 'City of San Diego',
      net: Math.max(0, gross - 2 * errors),
      method: 'Gross WPM less 2 WPM for each error; a certificate needs a test of 5 minutes or more with no more than 5 errors.',
      problems: [
        ...minutesProblem(result, 'San Diego'),
        ...(errors > SAN_DIEGO_MAX_ERRORS ? [`San Diego accepts no more than ${SAN_DIEGO_MAX_ERRORS} errors; this test had ${errors}.`] : []),
      ],
      source: 'san-diego-typing',
    },
    {
      id: 'iowa',
      name: 'State of Iowa',
      net: Math.max(0, gross - errors),
      method: 'Gross words of a five-minute test, with one point off for each error.',
      problems: minutesProblem(result, 'Iowa'),
      source: 'iowa-typing',
    },
  ];
}
