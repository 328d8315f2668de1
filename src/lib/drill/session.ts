/**
 * The end-of-session summary: what was practiced since the session began, how it was graded,
 * the time it took and when each card comes back.
 */
import { Rating, type Grade } from 'ts-fsrs';
import { isSeen, type Cards } from './card';
import type { DrillQuestion } from './deck';
import { durationLabel } from './duration';
import type { ReviewLogEntry } from './progress';

export interface ComesBack {
  question: DrillQuestion;
  due: Date;
}

export interface SessionSummary {
  /** Different cards graded. */
  cards: number;
  reviews: number;
  grades: Record<Grade, number>;
  /** From the session's start to its last grade. */
  elapsedMs: number;
  time: string;
  /** Reviews graded as extra practice, which leave the schedule as it was. */
  extra: number;
  /** Each card graded in the session, soonest due first. */
  comesBack: ComesBack[];
}

/** The summary of every review at or after `startedAt`, for the cards of `deck`. */
export function sessionSummary(log: readonly ReviewLogEntry[], startedAt: Date, deck: readonly DrillQuestion[], cards: Cards): SessionSummary {
  const byId = new Map(deck.map((q) => [q.id, q]));
  const start = startedAt.getTime();
  const entries = log.filter((e) => Date.parse(e.reviewedAt) >= start && byId.has(e.questionId));
  const grades: Record<Grade, number> = { [Rating.Again]: 0, [Rating.Hard]: 0, [Rating.Good]: 0, [Rating.Easy]: 0 };
  let last = start;
  for (const entry of entries) {
    grades[entry.rating] += 1;
    last = Math.max(last, Date.parse(entry.reviewedAt));
  }
  const ids = [...new Set(entries.map((e) => e.questionId))];
  const comesBack = ids.flatMap((id): ComesBack[] => {
    const question = byId.get(id);
    const card = cards[id];
    return question && isSeen(card) ? [{ question, due: new Date(card.due) }] : [];
  });
  comesBack.sort((a, b) => a.due.getTime() - b.due.getTime());
  const elapsedMs = entries.length ? last - start : 0;
  return {
    cards: ids.length,
    reviews: entries.length,
    grades,
    elapsedMs,
    time: durationLabel(elapsedMs),
    extra: entries.filter((e) => e.mode === 'extra').length,
    comesBack,
  };
}
