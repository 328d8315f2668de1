/** "Your progress": reviews today, cards by state, the streak and the weakest cards. */
import { State, type Grade } from 'ts-fsrs';
import { isSeen, type Cards, type StoredCard } from './card';
import { addDays, daysBetween, localDate } from './days';
import type { DrillQuestion } from './deck';
import type { ReviewLogEntry } from './progress';
import { own } from '../own';

/** Every review counts, extra practice included: it is practice the learner did. */
export function reviewsToday(log: readonly ReviewLogEntry[], now: Date, timeZone?: string): number {
  const today = localDate(now, timeZone);
  return log.filter((entry) => localDate(new Date(entry.reviewedAt), timeZone) === today).length;
}

export interface CardsByState {
  new: number;
  learning: number;
  review: number;
  relearning: number;
}

export function cardsByState(deck: readonly DrillQuestion[], cards: Cards): CardsByState {
  const tally: CardsByState = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) tally.new += 1;
    else if (card.state === State.Learning) tally.learning += 1;
    else if (card.state === State.Review) tally.review += 1;
    else tally.relearning += 1;
  }
  return tally;
}

/**
 * Consecutive local days with at least one review, ending today, or yesterday when today has no
 * review yet: a streak is not lost in the morning before the day's practice.
 */
export function studyStreak(log: readonly ReviewLogEntry[], now: Date, timeZone?: string): number {
  const days = new Set(log.map((entry) => localDate(new Date(entry.reviewedAt), timeZone)));
  let day = localDate(now, timeZone);
  if (!days.has(day)) day = addDays(day, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

export interface WeakCard {
  question: DrillQuestion;
  card: StoredCard;
  lapses: number;
  stability: number;
  lastRating: Grade | undefined;
}

/**
 * Seen cards ranked weakest first: most lapses (forgotten after being learnt), then last graded
 * Again, then lowest stability (FSRS's estimate of how long the memory lasts).
 */
export function weakestCards(
  deck: readonly DrillQuestion[],
  cards: Cards,
  log: readonly ReviewLogEntry[],
  limit = 5,
): WeakCard[] {
  const lastRating = new Map<string, { at: number; rating: Grade }>();
  for (const entry of log) {
    const at = Date.parse(entry.reviewedAt);
    const known = lastRating.get(entry.questionId);
    if (!known || at >= known.at) lastRating.set(entry.questionId, { at, rating: entry.rating });
  }
  const weak: WeakCard[] = [];
  for (const question of deck) {
    const card = own(cards, question.id);
    if (!isSeen(card)) continue;
    weak.push({ question, card, lapses: card.lapses, stability: card.stability, lastRating: lastRating.get(question.id)?.rating });
  }
  const failedLast = (w: WeakCard) => (w.lastRating === 1 ? 1 : 0);
  weak.sort((a, b) => b.lapses - a.lapses || failedLast(b) - failedLast(a) || a.stability - b.stability);
  return weak.slice(0, limit);
}

/** What each grade means, in the words of someone who just answered aloud. */
export const LAST_TIME: Readonly<Record<Grade, string>> = {
  1: 'Blanked last time',
  2: 'Shaky last time',
  3: 'Solid last time',
  4: 'Nailed it last time',
};

const TIMES = ['never', 'once', 'twice'];

/** "due now", "due later today", "due tomorrow", "due in 3 days", "due Mar 20". */
export function dueWhen(due: Date, now: Date, timeZone?: string): string {
  if (due <= now) return 'due now';
  const days = daysBetween(localDate(now, timeZone), localDate(due, timeZone));
  if (days <= 0) return 'due later today';
  if (days === 1) return 'due tomorrow';
  if (days < 7) return `due in ${days} days`;
  const label = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', ...(timeZone === undefined ? {} : { timeZone }) }).format(due);
  return `due ${label}`;
}

/** "Shaky last time, due tomorrow"; "Forgotten twice · blanked last time, due now". */
export function weakCardText(weak: WeakCard, now: Date, timeZone?: string): string {
  const last = weak.lastRating === undefined ? 'Not graded in this browser yet' : LAST_TIME[weak.lastRating];
  const forgotten = weak.lapses > 0 ? `Forgotten ${TIMES[weak.lapses] ?? `${weak.lapses} times`} · ` : '';
  const lead = forgotten ? forgotten + last.charAt(0).toLowerCase() + last.slice(1) : last;
  return `${lead}, ${dueWhen(new Date(weak.card.due), now, timeZone)}`;
}
