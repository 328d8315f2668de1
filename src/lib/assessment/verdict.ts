/**
 * The verdict the results open with, and every sentence of the results that depends on who reads
 * them: the person who rated themselves ("your"), or a counselor opening a shared link ("this
 * person"), who must never read another person's result as their own.
 */
import { READINESS_BANDS, readinessBand, type BandId, type ReadinessBand } from './format';
import type { AssessmentResult, SkillResult } from './score';

export type Voice = 'self' | 'shared';

/** The best band a blocking gap allows: never one that says "start applying". */
export const CAPPED_BAND: BandId = 'getting-there';

const SHARED_ADVICE: Readonly<Record<BandId, string>> = {
  ready: 'This person meets the level an employer expects of a new hire in (nearly) every skill. They can apply, and practice their interview stories.',
  nearly: 'A few gaps remain. This person can start applying while working on the first gap below.',
  'getting-there': 'There is a base to build on. The gaps at the top of the list are worth working on before applying.',
  building: 'Several skills are still below what employers expect of a new hire. The first gap below is the place to start, one at a time.',
};

export interface Verdict {
  band: ReadinessBand;
  /** The skill that holds the verdict below what the percent alone would give, if any. */
  cappedBy: SkillResult | null;
  /** One or two sentences: the advice, and the reason for a cap. */
  advice: string[];
}

function levels(n: number): string {
  return `${n} ${n === 1 ? 'level' : 'levels'}`;
}

function bandOf(id: BandId): ReadinessBand {
  return READINESS_BANDS.find((band) => band.id === id) ?? readinessBand(0);
}

/** Null while nothing is rated. */
export function verdict(result: AssessmentResult, voice: Voice): Verdict | null {
  const { percent } = result.readiness;
  if (percent === null) return null;
  const byPercent = readinessBand(percent);
  const cap = bandOf(CAPPED_BAND);
  const blocker = result.blocking[0] ?? null;
  const capped = blocker !== null && byPercent.from > cap.from;
  const band = capped ? cap : byPercent;
  const advice = [voice === 'self' ? band.advice : SHARED_ADVICE[band.id]];
  if (blocker) {
    const who = voice === 'self' ? 'you rated it' : 'this person rated it';
    const reason = `${blocker.name} is ${levels(blocker.gap)} below what a new hire needs (${who} ${blocker.rating}; the job needs ${blocker.required}).`;
    const others = result.blocking.length - 1;
    const more = others > 0 ? ` ${others} more ${others === 1 ? 'skill is' : 'skills are'} that far below too.` : '';
    const effect = capped
      ? ` However well the other skills score, that holds the result at “${cap.label}” until it is closer.`
      : ` Start with it.`;
    advice.unshift(reason + more + effect);
  }
  return { band, cappedBy: capped ? blocker : null, advice };
}

/** The words of the results that change with the reader. */
export interface ResultWords {
  readiness: string;
  chart: string;
  table: string;
  rated: string;
  strengths: string;
  meets: string;
  gaps: string;
  /** "you rated 4", "rated 4" */
  ratedAs: (rating: number) => string;
  noGaps: string;
  noStrengths: string;
}

export function resultWords(voice: Voice): ResultWords {
  if (voice === 'self') {
    return {
      readiness: 'Your readiness',
      chart: 'Your ratings against the job',
      table: 'Your rating',
      rated: 'You',
      strengths: 'Your strengths: above what a new hire needs',
      meets: 'Meets what a new hire needs',
      gaps: 'Your gaps, most important first',
      ratedAs: (rating) => `you rated ${rating}`,
      noGaps: 'No gaps: you meet or beat the level a new hire needs in every skill you rated.',
      noStrengths: 'No skill is above the level a new hire needs yet; meeting it is what counts first.',
    };
  }
  return {
    readiness: 'This person’s readiness',
    chart: 'Their ratings against the job',
    table: 'Their rating',
    rated: 'Rated',
    strengths: 'Strengths: above what a new hire needs',
    meets: 'Meets what a new hire needs',
    gaps: 'Gaps, most important first',
    ratedAs: (rating) => `rated ${rating}`,
    noGaps: 'No gaps: this person meets or beats the level a new hire needs in every skill rated.',
    noStrengths: 'No skill is rated above the level a new hire needs.',
  };
}
