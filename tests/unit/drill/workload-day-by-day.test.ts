import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { dueForecast, workloadPreview } from '../../../src/lib/drill/forecast';
import type { ReviewLogEntry } from '../../../src/lib/drill/progress';
import { grade, newCard, Rating, State } from '../../../src/lib/drill/schedule';
import { at, days, hours, minutes, MONDAY_9AM, NEW_YORK, question } from './fixtures';

// The work-per-day preview, counted card by card: what a learner reads as "new" and "reviews"
// for each day before the interview.
const now = MONDAY_9AM;
const tz = NEW_YORK;
const friday = new Date('2025-03-07T14:00:00.000Z'); // four days: Monday to Thursday
const wednesday = new Date('2025-03-05T14:00:00.000Z'); // two days: Monday and Tuesday
const farAway = new Date('2025-04-03T13:00:00.000Z');
const questions = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => question(`${prefix}-${i}`));
const reviewCard = (dueAt: Date, stability = 4): StoredCard => ({
  ...newCard(at(dueAt, -days(10))),
  state: State.Review,
  due: dueAt.toISOString(),
  reps: 3,
  stability,
  difficulty: 5,
  last_review: at(dueAt, -days(3)).toISOString(),
});
const logEntry = (questionId: string, reviewedAt: Date, mode: ReviewLogEntry['mode'] = 'drill'): ReviewLogEntry => ({
  questionId,
  rating: Rating.Good,
  reviewedAt: reviewedAt.toISOString(),
  mode,
});
const reviews = (plan: { reviews: number }[]) => plan.map((d) => d.reviews);

describe('a day of the work preview, card by card', () => {
  it('counts a new card once as new and its ten-minute step once as a review, not as two new cards', () => {
    const plan = workloadPreview([question('solo')], {}, friday, now, { timeZone: tz });
    expect(plan[0]).toEqual({ date: '2025-03-03', new: 1, reviews: 1 });
  });

  it('brings a card in its first learning step back twice today, until it graduates', () => {
    const learning = grade(undefined, Rating.Again, at(now, -minutes(1))).card;
    expect(learning.state).toBe(State.Learning);
    const plan = workloadPreview([question('solo')], { solo: learning }, friday, now, { timeZone: tz });
    expect(plan[0]).toEqual({ date: '2025-03-03', new: 0, reviews: 2 });
  });

  it('reviews a month-overdue card once, from today, rather than replaying the month it missed', () => {
    const plan = workloadPreview([question('solo')], { solo: reviewCard(at(now, -days(30)), 1) }, friday, now, { timeZone: tz });
    expect(reviews(plan)).toEqual([1, 0, 0, 0]);
  });

  it('does not hold learning steps to the daily review cap: only the review of a learnt card uses it', () => {
    const deck = [question('overdue'), question('other-overdue'), question('learning'), question('relearning')];
    const cards = {
      overdue: reviewCard(at(now, -days(1))),
      'other-overdue': reviewCard(at(now, -days(1))),
      learning: grade(undefined, Rating.Again, at(now, -minutes(1))).card,
      relearning: grade(reviewCard(at(now, -hours(1))), Rating.Again, at(now, -minutes(30))).card,
    };
    expect(cards.relearning.state).toBe(State.Relearning);
    const capped = workloadPreview(deck, cards, friday, now, { reviewsPerDay: 1, timeZone: tz });
    const alone = (id: keyof typeof cards) => workloadPreview([question(id)], { [id]: cards[id] }, friday, now, { timeZone: tz })[0]!.reviews;
    // One review of a learnt card (the cap), and every step of the two cards still being learnt.
    expect(capped[0]!.reviews).toBe(1 + alone('learning') + alone('relearning'));
    expect(alone('learning')).toBe(2);
    expect(alone('relearning')).toBeGreaterThanOrEqual(1);
    // The other overdue card waits for tomorrow.
    expect(capped[1]!.reviews).toBeGreaterThanOrEqual(1);
  });
});

describe('new cards in the preview when some came in this morning', () => {
  const introducedThisMorning = (ids: string[]) => ids.map((id) => logEntry(id, at(now, -hours(2))));
  const seenThisMorning = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, grade(undefined, Rating.Good, at(now, -hours(2))).card]));
  /** The preview of a 24-card deck of which four cards came in this morning. */
  const planWithFourThisMorning = (interview: Date, newPerDay: number) => {
    const morning = ['m-0', 'm-1', 'm-2', 'm-3'];
    const deck = [...morning.map((id) => question(id)), ...questions(20)];
    return workloadPreview(deck, seenThisMorning(morning), interview, now, { newPerDay, log: introducedThisMorning(morning), timeZone: tz });
  };

  it('paces the whole deck to the interview, counting this morning’s cards as part of today', () => {
    const plan = planWithFourThisMorning(wednesday, 2);
    // 24 cards over two days is 12 a day; 4 came in this morning, so 8 more today and 12 tomorrow.
    expect(plan.map((d) => d.new)).toEqual([8, 12]);
  });

  it('takes this morning’s cards off today’s limit only, so tomorrow has the full limit', () => {
    const plan = planWithFourThisMorning(farAway, 5);
    expect(plan.slice(0, 3).map((d) => d.new)).toEqual([1, 5, 5]);
  });
});

describe('reviews already done today, in the preview', () => {
  const deck = questions(12, 'seen');
  const overdue = Object.fromEntries(deck.map((q) => [q.id, reviewCard(at(now, -days(1)))]));
  const firstSeen = deck.map((q) => logEntry(q.id, at(now, -days(6))));

  it('takes today’s drill reviews off today’s cap, and leaves tomorrow’s cap whole', () => {
    const log = [...firstSeen, logEntry('seen-0', at(now, -hours(1))), logEntry('seen-1', at(now, -minutes(20)))];
    const plan = workloadPreview(deck, overdue, friday, now, { reviewsPerDay: 5, log, timeZone: tz });
    expect(reviews(plan).slice(0, 2)).toEqual([3, 5]);
  });

  it('does not count yesterday’s reviews, extra practice or this morning’s new cards against today’s cap', () => {
    const log = [
      ...firstSeen,
      logEntry('seen-0', at(now, -hours(1))),
      logEntry('seen-1', at(now, -minutes(20))),
      logEntry('seen-2', at(now, -days(1))), // yesterday
      logEntry('seen-3', at(now, -minutes(10)), 'extra'),
      logEntry('seen-4', at(now, -minutes(5)), 'extra'),
      logEntry('fresh-this-morning', at(now, -hours(2))),
      logEntry('fresh-this-morning', at(now, -hours(2) + minutes(10))),
    ];
    const plan = workloadPreview(deck, overdue, friday, now, { reviewsPerDay: 5, log, timeZone: tz });
    expect(plan[0]!.reviews).toBe(3);
  });
});

describe('the due forecast at the very moment a card falls due', () => {
  it('counts a card due this second as due now, as the status line does', () => {
    const forecast = dueForecast([question('solo')], { solo: reviewCard(now) }, now, tz);
    expect(forecast[0]).toEqual({ date: '2025-03-03', count: 1, dueNow: 1 });
    expect(dueForecast([question('solo')], { solo: reviewCard(at(now, 1000)) }, now, tz)[0]).toMatchObject({ count: 1, dueNow: 0 });
  });
});
