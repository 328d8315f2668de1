/** Scheduling is ts-fsrs's job; this module only adapts it to stored cards and our labels. */
import { createEmptyCard, fsrs, type Card, type FSRS, type FSRSParameters, type Grade, type ReviewLog } from 'ts-fsrs';
import { fromStoredCard, toStoredCard, type StoredCard } from './card';
import { GRADE_LABELS, GRADES } from './grades';
import { clampCard } from './repair';
import { formatInterval } from './when';

export { Rating, State, type Grade } from 'ts-fsrs';
export { GRADE_LABELS, GRADES, isGrade } from './grades';
export { formatInterval } from './when';

/** Fuzz spreads intervals at random; without it the schedule is a pure function of the inputs. */
export function createScheduler(params: Partial<FSRSParameters> = {}): FSRS {
  return fsrs({ ...params, enable_fuzz: false });
}

export const scheduler: FSRS = createScheduler();

export function newCard(now: Date): StoredCard {
  return toStoredCard(createEmptyCard(now));
}

/**
 * Runs ts-fsrs on a stored card. A card it refuses (a memory state no review could produce, say a
 * difficulty of 0 from a hand-edited file) is taken as new rather than stopping grading.
 */
function withSafeCard<R>(card: StoredCard | undefined, now: Date, run: (card: Card) => R): R {
  if (!card) return run(createEmptyCard(now));
  try {
    return run(fromStoredCard(clampCard(card, now)));
  } catch {
    return run(createEmptyCard(now));
  }
}

/** Grades a card (an unseen question has no card yet: it starts empty at `now`). */
export function grade(
  card: StoredCard | undefined,
  rating: Grade,
  now: Date,
  using: FSRS = scheduler,
): { card: StoredCard; log: ReviewLog } {
  // A card reviewed "in the future" (a clock set wrong) would make ts-fsrs throw: take it as now.
  const next = withSafeCard(card, now, (current) => using.next(current, now, rating));
  return { card: toStoredCard(next.card), log: next.log };
}

/**
 * Probability of recalling the card at `at`, 0 for a card never reviewed. A stored card ts-fsrs
 * cannot read (seen, but with no last review, from a hand-edited file) counts as 0 too, as
 * grading takes it as new, instead of stopping the panel that asked.
 */
export function retrievability(card: StoredCard | undefined, at: Date, using: FSRS = scheduler): number {
  if (!card) return 0;
  try {
    const recall = using.get_retrievability(fromStoredCard(clampCard(card, at)), at, false);
    return Number.isFinite(recall) ? recall : 0;
  } catch {
    return 0;
  }
}

export interface IntervalPreview {
  rating: Grade;
  /** The key that picks this grade. */
  key: '1' | '2' | '3' | '4';
  /** "Blanked — Again" */
  label: string;
  /** "10 min", "4 days" */
  interval: string;
  due: Date;
}

/** What each grade would do to the card now, for the labels on the four buttons. */
export function previewIntervals(card: StoredCard | undefined, now: Date, using: FSRS = scheduler): IntervalPreview[] {
  const preview = withSafeCard(card, now, (current) => using.repeat(current, now));
  return GRADES.map((rating) => {
    const due = preview[rating].card.due;
    return {
      rating,
      key: String(rating) as IntervalPreview['key'],
      label: GRADE_LABELS[rating],
      interval: formatInterval(due.getTime() - now.getTime()),
      due,
    };
  });
}
