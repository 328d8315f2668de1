/**
 * What to study next. Learning cards that are due come first (their steps are minutes apart and
 * lose their point if they wait), then reviews that are due, then new cards up to the daily
 * limit, then, before an interview, the cram cards (see interview-date.ts).
 *
 * Due means due to the minute (`card.due <= now`), as ts-fsrs schedules it, rather than "some
 * time today": the status line then never promises a card the queue will not show.
 */
import { isSeen, STATE_LEARNING, STATE_RELEARNING, type Cards, type Recall, type StoredCard } from './card';
import { localDate } from './days';
import type { DrillQuestion } from './deck';
import { cramQueue, isCramTime, newCardsNeededToday } from './interview-date';
import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, isExtraPractice, type ReviewLogEntry } from './progress';
import { own } from '../own';


export type QueueKind = 'learning' | 'review' | 'new' | 'cram' | 'extra';

export interface QueueItem {
  question: DrillQuestion;
  /** Undefined for a question never graded. */
  card: StoredCard | undefined;
  kind: QueueKind;
}

export interface QueueOptions {
  /** The review log, to count new cards already introduced today. */
  log?: readonly ReviewLogEntry[] | undefined;
  newPerDay?: number | undefined;
  /** Reviews of cards learnt on earlier days to show in one local day. */
  reviewsPerDay?: number | undefined;
  timeZone?: string | undefined;
  /** When set and ahead, paces new cards and opens the cram window before it. */
  interviewDate?: Date | undefined;
  cramWindowDays?: number | undefined;
  /**
   * Predicted recall (./review's `retrievability`, from ts-fsrs), which orders the cram window's
   * cards weakest first. Only seen cards are ever cramed, so a progress with none needs no
   * scheduler; without it, no cram card is listed.
   */
  recall?: Recall | undefined;
}

export function isDue(card: StoredCard | undefined, now: Date): card is StoredCard {
  return isSeen(card) && new Date(card.due) <= now;
}

function isLearning(card: StoredCard): boolean {
  return card.state === STATE_LEARNING || card.state === STATE_RELEARNING;
}

/** Questions whose first schedule-changing review happened today (local day). */
export function introducedToday(log: readonly ReviewLogEntry[], now: Date, timeZone?: string): Set<string> {
  const first = new Map<string, string>();
  for (const entry of log) {
    if (isExtraPractice(entry.mode)) continue;
    const earliest = first.get(entry.questionId);
    if (earliest === undefined || Date.parse(entry.reviewedAt) < Date.parse(earliest)) first.set(entry.questionId, entry.reviewedAt);
  }
  const today = localDate(now, timeZone);
  const ids = new Set<string>();
  for (const [id, at] of first) if (localDate(new Date(at), timeZone) === today) ids.add(id);
  return ids;
}

/** New cards that may still be introduced today. */
export function newCardAllowance(deck: readonly DrillQuestion[], cards: Cards, now: Date, options: QueueOptions = {}): number {
  const introduced = introducedToday(options.log ?? [], now, options.timeZone);
  const unseen = deck.filter((q) => !isSeen(own(cards, q.id))).length;
  let limit = options.newPerDay ?? DEFAULT_NEW_PER_DAY;
  if (options.interviewDate) {
    const introducedFromDeck = deck.filter((q) => introduced.has(q.id)).length;
    limit = Math.max(limit, newCardsNeededToday(unseen + introducedFromDeck, options.interviewDate, now, options.timeZone));
  }
  return Math.max(0, Math.min(unseen, limit - introduced.size));
}

/**
 * Reviews left for today under the daily cap. Every schedule-changing review today of a card
 * first seen on an earlier day counts, so the cap holds across tabs, reloads and the mock.
 */
export function reviewAllowance(now: Date, options: QueueOptions = {}): number {
  const log = options.log ?? [];
  const introduced = introducedToday(log, now, options.timeZone);
  const today = localDate(now, options.timeZone);
  let done = 0;
  for (const entry of log) {
    if (isExtraPractice(entry.mode) || introduced.has(entry.questionId)) continue;
    if (localDate(new Date(entry.reviewedAt), options.timeZone) === today) done += 1;
  }
  return Math.max(0, (options.reviewsPerDay ?? DEFAULT_REVIEWS_PER_DAY) - done);
}

/** A queue item for a card already seen, which has a due date. */
type SeenItem = QueueItem & { card: StoredCard };

function byDue(a: SeenItem, b: SeenItem): number {
  return Date.parse(a.card.due) - Date.parse(b.card.due);
}

function cramItems(deck: readonly DrillQuestion[], cards: Cards, now: Date, options: QueueOptions): QueueItem[] {
  const { interviewDate, recall } = options;
  if (!interviewDate || !recall || !isCramTime(interviewDate, now, options.cramWindowDays)) return [];
  // Unseen cards reach the learner through the paced new-card allowance instead.
  return cramQueue(deck, cards, interviewDate, now, recall, { timeZone: options.timeZone, windowDays: options.cramWindowDays })
    .filter((item) => item.reason === 'not-due-before-interview')
    .map(({ question, card }) => ({ question, card, kind: 'cram' }));
}

interface Buckets {
  learning: SeenItem[];
  review: SeenItem[];
  fresh: QueueItem[];
}

function buckets(deck: readonly DrillQuestion[], cards: Cards, now: Date): Buckets {
  const result: Buckets = { learning: [], review: [], fresh: [] };
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) result.fresh.push({ question, card, kind: 'new' });
    else if (isDue(card, now)) (isLearning(card) ? result.learning : result.review).push({ question, card, kind: isLearning(card) ? 'learning' : 'review' });
  }
  result.learning.sort(byDue);
  result.review.sort(byDue);
  return result;
}

export interface QueueCounts {
  /** New cards still allowed today. */
  new: number;
  /** Learning and relearning cards due now. */
  learning: number;
  /** Review cards due now that today's review cap still allows. */
  due: number;
  /** Review cards due now held back until tomorrow by the daily cap. */
  overCap: number;
  /** Cards to look at once more before the interview (0 outside the cram window). */
  cram: number;
}

/** For the status line "N new · N learning · N due". */
export function counts(deck: readonly DrillQuestion[], cards: Cards, now: Date, options: QueueOptions = {}): QueueCounts {
  const { learning, review } = buckets(deck, cards, now);
  const due = Math.min(review.length, reviewAllowance(now, options));
  return {
    new: newCardAllowance(deck, cards, now, options),
    learning: learning.length,
    due,
    overCap: review.length - due,
    cram: cramItems(deck, cards, now, options).length,
  };
}

/** The card to show now, or null when there is nothing to study (see `nextDueAt`). */
export function nextCard(deck: readonly DrillQuestion[], cards: Cards, now: Date, options: QueueOptions = {}): QueueItem | null {
  const { learning, review, fresh } = buckets(deck, cards, now);
  const first = learning[0] ?? (reviewAllowance(now, options) > 0 ? review[0] : undefined);
  if (first) return first;
  if (newCardAllowance(deck, cards, now, options) > 0 && fresh[0]) return fresh[0];
  return cramItems(deck, cards, now, options)[0] ?? null;
}

/** When the next seen card falls due, for "Next card due in 3 h"; null when no card is seen yet. */
export function nextDueAt(deck: readonly DrillQuestion[], cards: Cards): Date | null {
  let earliest: number | null = null;
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) continue;
    const due = Date.parse(card.due);
    if (earliest === null || due < earliest) earliest = due;
  }
  return earliest === null ? null : new Date(earliest);
}

/**
 * Extra practice when nothing is due: seen cards that are not due, weakest first (lowest recall
 * now, then lowest stability, then most lapses). Grade these with mode 'extra' (see
 * `recordReview`), which logs the practice and leaves the schedule untouched.
 */
export function extraPractice(deck: readonly DrillQuestion[], cards: Cards, now: Date, recall: Recall): QueueItem[] {
  const items = deck.flatMap((question): (QueueItem & { recall: number; card: StoredCard })[] => {
    const card = own(cards, question.id);
    if (!isSeen(card) || isDue(card, now)) return [];
    return [{ question, card, kind: 'extra', recall: recall(card, now) }];
  });
  items.sort((a, b) => a.recall - b.recall || a.card.stability - b.card.stability || b.card.lapses - a.card.lapses);
  return items.map(({ question, card, kind }) => ({ question, card, kind }));
}
