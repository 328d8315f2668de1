/**
 * Getting ready for a known interview date without wrecking the long-term schedule.
 *
 * Design. FSRS already promises that a card whose next review falls after the interview will
 * still be recalled with about 90 % probability on the day (that is what its due date means), so
 * the risk before an interview is elsewhere:
 *
 * 1. Cards never seen. The daily new-card limit might not reach them all in time, so the limit is
 *    raised just enough to introduce the rest evenly over the days left (`newCardsNeededToday`).
 * 2. Cards that would not come up again before the interview. In the last few days (the cram
 *    window, 3 by default) each of them is shown once more, weakest first by predicted recall at
 *    the interview, unless it was already reviewed since the window opened.
 *
 * Cram reviews are graded by FSRS like any other review, not in a separate "cram" schedule: FSRS
 * models reviews taken early (a review at high recall raises stability only a little), so the
 * card's memory state stays true and its later intervals stay sensible. One look per window keeps
 * the cram from turning into daily repetition of the whole deck.
 */
import { isSeen, type Cards, type Recall, type StoredCard } from './card';
import { daysBetween, localDate } from './days';
import type { DrillQuestion } from './deck';
import { own } from '../own';

export const CRAM_WINDOW_DAYS = 3;
/** Recall probability we call "likely": the scheduler's own target retention. */
export const LIKELY_RECALL = 0.9;

const MS_PER_DAY = 86_400_000;

export interface InterviewOptions {
  timeZone?: string | undefined;
  windowDays?: number | undefined;
}

/** Study days left before the interview day: 0 when the interview is today or has passed. */
export function daysLeft(interviewDate: Date, now: Date, timeZone?: string): number {
  return Math.max(0, daysBetween(localDate(now, timeZone), localDate(interviewDate, timeZone)));
}

export function cramWindowOpens(interviewDate: Date, windowDays: number = CRAM_WINDOW_DAYS): Date {
  return new Date(interviewDate.getTime() - windowDays * MS_PER_DAY);
}

/** True from the moment the cram window opens until the interview begins. */
export function isCramTime(interviewDate: Date, now: Date, windowDays: number = CRAM_WINDOW_DAYS): boolean {
  return now >= cramWindowOpens(interviewDate, windowDays) && now < interviewDate;
}

/**
 * How many new cards today's limit must allow so every card is introduced before the interview,
 * given how many were still unseen when the day began.
 */
export function newCardsNeededToday(unseenAtStartOfDay: number, interviewDate: Date, now: Date, timeZone?: string): number {
  if (now >= interviewDate || unseenAtStartOfDay <= 0) return 0;
  return Math.ceil(unseenAtStartOfDay / Math.max(1, daysLeft(interviewDate, now, timeZone)));
}

export type CramReason = 'unseen' | 'not-due-before-interview';

export interface CramItem {
  question: DrillQuestion;
  card: StoredCard | undefined;
  reason: CramReason;
  /** Predicted probability of recall at the interview if not reviewed again; 0 when unseen. */
  recallAtInterview: number;
}

/**
 * Cards to see before the interview, weakest first: every card never seen, and, once the cram
 * window is open, every seen card not due before the interview and not reviewed since the window
 * opened. Cards due before the interview are left to the normal queue.
 */
export function cramQueue(
  deck: readonly DrillQuestion[],
  cards: Cards,
  interviewDate: Date,
  now: Date,
  /** Predicted recall: ./review's `retrievability` (ts-fsrs). */
  recall: Recall,
  options: InterviewOptions = {},
): CramItem[] {
  if (now >= interviewDate) return [];
  const opens = cramWindowOpens(interviewDate, options.windowDays);
  const windowOpen = now >= opens;
  const items: CramItem[] = [];
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) {
      items.push({ question, card, reason: 'unseen', recallAtInterview: 0 });
      continue;
    }
    const dueAfter = new Date(card.due) > interviewDate;
    const lookedAtInWindow = card.last_review !== undefined && new Date(card.last_review) >= opens;
    if (windowOpen && dueAfter && !lookedAtInWindow) {
      items.push({ question, card, reason: 'not-due-before-interview', recallAtInterview: recall(card, interviewDate) });
    }
  }
  // Array sort is stable: equal recall keeps deck order.
  return items.sort((a, b) => a.recallAtInterview - b.recallAtInterview);
}

export interface Coverage {
  total: number;
  /** Reviewed at least once. */
  seen: number;
  unseen: number;
  /** Seen cards the schedule will bring back before the interview. */
  dueBeforeInterview: number;
  /** Expected number of cards recalled at the interview if you stopped studying now. */
  expectedRecall: number;
  /** Cards predicted to be recalled with at least 90 % probability at the interview. */
  likelyRecalled: number;
  daysLeft: number;
  /** New cards a day needed from today to have seen every card in time. */
  newPerDayNeeded: number;
}

export function coverage(
  deck: readonly DrillQuestion[],
  cards: Cards,
  interviewDate: Date,
  now: Date,
  /**
   * Predicted recall: ./review's `retrievability` (ts-fsrs). Until the scheduler has loaded it is
   * undefined, and `expectedRecall` and `likelyRecalled` stay 0; the other counts need no scheduler.
   */
  recall: Recall | undefined,
  options: InterviewOptions = {},
): Coverage {
  let seen = 0;
  let dueBeforeInterview = 0;
  let expectedRecall = 0;
  let likelyRecalled = 0;
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) continue;
    seen += 1;
    if (new Date(card.due) <= interviewDate) dueBeforeInterview += 1;
    if (!recall) continue;
    const atInterview = recall(card, interviewDate);
    expectedRecall += atInterview;
    if (atInterview >= LIKELY_RECALL) likelyRecalled += 1;
  }
  const unseen = deck.length - seen;
  return {
    total: deck.length,
    seen,
    unseen,
    dueBeforeInterview,
    expectedRecall,
    likelyRecalled,
    daysLeft: daysLeft(interviewDate, now, options.timeZone),
    newPerDayNeeded: newCardsNeededToday(unseen, interviewDate, now, options.timeZone),
  };
}
