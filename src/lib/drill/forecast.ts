/**
 * The pictures in Progress, as figures: reviews per day in the past (the calendar), cards falling
 * due per day ahead (the forecast), and, with an interview date, the work each day until then.
 * Days are local calendar days (see days.ts); charts and their tables read the same arrays.
 */
import { Rating, State } from 'ts-fsrs';
import { isSeen, type Cards, type StoredCard } from './card';
import { addDays, daysBetween, localDate, type LocalDate } from './days';
import type { DrillQuestion } from './deck';
import { daysLeft } from './interview-date';
import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, isExtraPractice, type ReviewLogEntry } from './progress';
import { introducedToday } from './queue';
import { grade } from './schedule';

export interface DayCount {
  date: LocalDate;
  count: number;
}

export const CALENDAR_DAYS = 84;
export const FORECAST_DAYS = 14;

/** Reviews on each of the last `days` local days, oldest first, ending today; extra practice counts. */
export function reviewCalendar(log: readonly ReviewLogEntry[], now: Date, timeZone?: string, days: number = CALENDAR_DAYS): DayCount[] {
  const today = localDate(now, timeZone);
  const first = addDays(today, -(days - 1));
  // Days outside the window are tallied too, but only the window's days are read.
  const tally = new Map<LocalDate, number>();
  for (const entry of log) {
    const day = localDate(new Date(entry.reviewedAt), timeZone);
    tally.set(day, (tally.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(first, i);
    return { date, count: tally.get(date) ?? 0 };
  });
}

export interface ForecastDay extends DayCount {
  /** Day 0 only: cards already due (overdue ones included), the same figure as the status line's. */
  dueNow: number;
}

/**
 * Seen cards by the local day they fall due, for today and the next `days − 1` days. Overdue
 * cards count today, so nothing due is missing; today's figure splits into "due now", which is
 * what the status line counts, and later today.
 */
export function dueForecast(deck: readonly DrillQuestion[], cards: Cards, now: Date, timeZone?: string, days: number = FORECAST_DAYS): ForecastDay[] {
  const today = localDate(now, timeZone);
  const result: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ date: addDays(today, i), count: 0, dueNow: 0 }));
  for (const question of deck) {
    const card = cards[question.id];
    if (!isSeen(card)) continue;
    const due = new Date(card.due);
    const offset = Math.max(0, daysBetween(today, localDate(due, timeZone)));
    const day = result[offset];
    if (!day) continue;
    day.count += 1;
    if (due <= now) day.dueNow += 1;
  }
  return result;
}

export interface WorkDay {
  date: LocalDate;
  /** New cards introduced that day. */
  new: number;
  /** Reviews that day, learning steps of new cards included. */
  reviews: number;
}

export interface WorkloadOptions {
  log?: readonly ReviewLogEntry[] | undefined;
  newPerDay?: number | undefined;
  reviewsPerDay?: number | undefined;
  timeZone?: string | undefined;
}

/** Longer previews are cut here: a day-by-day list of months helps nobody. */
export const WORKLOAD_MAX_DAYS = 60;

/**
 * The work per day from today until the day before the interview, if every card is answered
 * "Solid — Good" each time it comes up: new cards as the daily limit (raised to fit the
 * interview, as the queue does) lets them in, and reviews, learning steps included, up to the
 * daily cap, the rest carried to the next day. A forecast, not a promise: harder grades bring
 * cards back sooner.
 */
export function workloadPreview(
  deck: readonly DrillQuestion[],
  cards: Cards,
  interviewDate: Date,
  now: Date,
  options: WorkloadOptions = {},
): WorkDay[] {
  const { timeZone } = options;
  // None on the interview's day or after it: the loop below then runs no day.
  const total = Math.min(daysLeft(interviewDate, now, timeZone), WORKLOAD_MAX_DAYS);
  const newPerDay = options.newPerDay ?? DEFAULT_NEW_PER_DAY;
  const cap = options.reviewsPerDay ?? DEFAULT_REVIEWS_PER_DAY;
  const state = new Map<string, StoredCard>();
  const unseen: string[] = [];
  for (const question of deck) {
    const card = cards[question.id];
    if (isSeen(card)) state.set(question.id, card);
    else unseen.push(question.id);
  }
  const log = options.log ?? [];
  const introducedNow = introducedToday(log, now, timeZone);
  const reviewedToday = log.filter(
    (e) => !isExtraPractice(e.mode) && !introducedNow.has(e.questionId) && localDate(new Date(e.reviewedAt), timeZone) === localDate(now, timeZone),
  ).length;
  const today = localDate(now, timeZone);
  const days: WorkDay[] = [];
  for (let i = 0; i < total; i += 1) {
    // Day 0 starts now; later days at the same time of day, a fair guess of when people study.
    const start = new Date(now.getTime() + i * 86_400_000);
    const date = addDays(today, i);
    const daysToGo = Math.max(1, daysLeft(interviewDate, start, timeZone));
    const already = i === 0 ? introducedNow.size : 0;
    const paced = Math.ceil((unseen.length + already) / daysToGo);
    const allowed = Math.max(0, Math.min(unseen.length, Math.max(newPerDay, paced) - already));
    let reviews = 0;
    let capLeft = Math.max(0, cap - (i === 0 ? reviewedToday : 0));
    const fresh = new Set(unseen.splice(0, allowed));
    for (const id of fresh) state.set(id, grade(undefined, Rating.Good, start).card);
    reviews += fresh.size;
    // Repeat until no card is due again before the day ends: learning steps come back in minutes.
    for (let pass = 0; pass < 10; pass += 1) {
      let graded = false;
      for (const [id, card] of state) {
        const due = new Date(card.due);
        if (localDate(due, timeZone) > date) continue;
        const isLearningStep = card.state === State.Learning || card.state === State.Relearning || fresh.has(id);
        if (!isLearningStep) {
          if (capLeft <= 0) continue;
          capLeft -= 1;
        }
        const at = due > start ? due : start;
        if (localDate(at, timeZone) > date) continue;
        state.set(id, grade(card, Rating.Good, at).card);
        reviews += 1;
        graded = true;
      }
      if (!graded) break;
    }
    days.push({ date, new: fresh.size, reviews: reviews - fresh.size });
  }
  return days;
}
