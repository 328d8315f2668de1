import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { dueForecast, reviewCalendar, workloadPreview } from '../../../src/lib/drill/forecast';
import { emptyProgress, type ReviewLogEntry } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { counts } from '../../../src/lib/drill/queue';
import { newCard, Rating, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, hours, minutes, MONDAY_9AM, NEW_YORK, question } from './fixtures';

const now = MONDAY_9AM;
const tz = NEW_YORK;
const entry = (reviewedAt: Date, mode: ReviewLogEntry['mode'] = 'drill'): ReviewLogEntry => ({ questionId: 'busy-queue', rating: Rating.Good, reviewedAt: reviewedAt.toISOString(), mode });
const due = (state: State, when: Date): StoredCard => ({ ...newCard(at(when, -days(5))), state, due: when.toISOString(), reps: 3, stability: 4, difficulty: 5, last_review: at(when, -days(2)).toISOString() });

describe('the reviews calendar', () => {
  it('counts every review per local day, oldest first, ending today', () => {
    const log = [entry(at(now, -days(1))), entry(at(now, -days(1)), 'extra'), entry(now), entry(at(now, -days(90)))];
    const calendar = reviewCalendar(log, now, tz, 7);
    expect(calendar).toHaveLength(7);
    expect(calendar.at(-1)).toEqual({ date: '2025-03-03', count: 1 });
    expect(calendar.at(-2)).toEqual({ date: '2025-03-02', count: 2 });
    expect(calendar.reduce((sum, d) => sum + d.count, 0)).toBe(3);
  });
});

describe('the due forecast', () => {
  const cards: Record<string, StoredCard> = {
    'tell-me-about-yourself': due(State.Review, at(now, -days(3))), // overdue: today
    'angry-customer': due(State.Learning, at(now, -minutes(1))), // due now
    'busy-queue': due(State.Review, at(now, hours(5))), // later today
    'mistake-you-made': due(State.Review, at(now, days(1))), // tomorrow
    'feedback-received': due(State.Review, at(now, days(20))), // beyond the 14 days
  };

  it('puts each seen card on the local day it falls due, overdue ones today', () => {
    const forecast = dueForecast(deck, cards, now, tz);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toEqual({ date: '2025-03-03', count: 3, dueNow: 2 });
    expect(forecast[1]).toMatchObject({ date: '2025-03-04', count: 1 });
    expect(forecast.slice(2).every((d) => d.count === 0)).toBe(true);
  });

  it('agrees with the status line about what is due now', () => {
    const c = counts(deck, cards, now, { timeZone: tz });
    expect(dueForecast(deck, cards, now, tz)[0]?.dueNow).toBe(c.learning + c.due + c.overCap);
  });
});

describe('the work per day until the interview', () => {
  const interview = new Date('2025-03-07T14:00:00.000Z'); // Friday 9:00 in New York

  it('lists each day before the interview and brings in every new card in time', () => {
    const big = Array.from({ length: 30 }, (_, i) => question(`question-${i}`));
    const plan = workloadPreview(big, {}, interview, now, { newPerDay: 5, timeZone: tz });
    expect(plan.map((d) => d.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06']);
    // 30 cards over 4 days: the limit of 5 is raised to 8 a day, as the queue does.
    expect(plan.map((d) => d.new)).toEqual([8, 8, 7, 7]);
    expect(plan.reduce((sum, d) => sum + d.new, 0)).toBe(30);
    // A card learnt one day comes back on a later one.
    expect(plan[1]!.reviews).toBeGreaterThan(0);
  });

  it('keeps reviews within the daily cap and carries the rest over', () => {
    const overdue = Object.fromEntries(deck.map((q) => [q.id, due(State.Review, at(now, -days(1)))]));
    const plan = workloadPreview(deck, overdue, interview, now, { reviewsPerDay: 5, timeZone: tz });
    expect(plan[0]).toMatchObject({ new: 0, reviews: 5 });
    expect(plan[1]!.reviews).toBeGreaterThanOrEqual(5);
  });

  it('counts the day’s reviews already done against the cap', () => {
    let p = emptyProgress();
    p = recordReview(p, 'busy-queue', Rating.Good, at(now, -days(3)), 'drill');
    p = recordReview(p, 'busy-queue', Rating.Good, at(now, -minutes(5)), 'drill');
    const overdue = Object.fromEntries(deck.map((q) => [q.id, due(State.Review, at(now, -days(1)))]));
    expect(workloadPreview(deck, overdue, interview, now, { reviewsPerDay: 5, log: p.log, timeZone: tz })[0]?.reviews).toBe(4);
  });

  it('is empty on the day of the interview or after it', () => {
    expect(workloadPreview(deck, {}, interview, at(interview, -hours(2)), { timeZone: tz })).toEqual([]);
  });
});
