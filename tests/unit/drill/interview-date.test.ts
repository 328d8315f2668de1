import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import {
  coverage,
  cramQueue,
  cramWindowOpens,
  daysLeft,
  isCramTime,
  newCardsNeededToday,
} from '../../../src/lib/drill/interview-date';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { counts, newCardAllowance, nextCard } from '../../../src/lib/drill/queue';
import { newCard, Rating, retrievability, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, MONDAY_9AM, NEW_YORK } from './fixtures';

/** Friday 7 March 2025, 9:00 in New York. */
const INTERVIEW = new Date('2025-03-07T14:00:00.000Z');
/** Wednesday 9:00: inside the three-day cram window, which opened on Tuesday 9:00. */
const WEDNESDAY_9AM = new Date('2025-03-05T14:00:00.000Z');
const tz = { timeZone: NEW_YORK };

function reviewCard(stability: number, lastReview: Date, due: Date): StoredCard {
  return {
    ...newCard(lastReview),
    state: State.Review,
    stability,
    difficulty: 5,
    reps: 3,
    scheduled_days: Math.round((due.getTime() - lastReview.getTime()) / days(1)),
    last_review: lastReview.toISOString(),
    due: due.toISOString(),
  };
}

const lastMonth = new Date('2025-02-23T14:00:00.000Z');
/** Seen cards: two that would next come up after the interview, one due before it. */
const seen: Record<string, StoredCard> = {
  'angry-customer': reviewCard(60, lastMonth, at(lastMonth, days(60))),
  'busy-queue': reviewCard(20, lastMonth, at(lastMonth, days(20))),
  'mistake-you-made': reviewCard(8, lastMonth, new Date('2025-03-06T14:00:00.000Z')),
};

describe('days until the interview', () => {
  it('counts the study days left before the interview day, in local days', () => {
    expect(daysLeft(INTERVIEW, MONDAY_9AM, NEW_YORK)).toBe(4);
    expect(daysLeft(INTERVIEW, WEDNESDAY_9AM, NEW_YORK)).toBe(2);
    expect(daysLeft(INTERVIEW, at(INTERVIEW, -1000), NEW_YORK)).toBe(0);
    expect(daysLeft(INTERVIEW, at(INTERVIEW, days(2)), NEW_YORK)).toBe(0);
  });

  it('opens the cram window three days before the interview and closes it when the interview begins', () => {
    expect(cramWindowOpens(INTERVIEW)).toEqual(new Date('2025-03-04T14:00:00.000Z'));
    expect(isCramTime(INTERVIEW, MONDAY_9AM)).toBe(false);
    expect(isCramTime(INTERVIEW, WEDNESDAY_9AM)).toBe(true);
    expect(isCramTime(INTERVIEW, INTERVIEW)).toBe(false);
  });

  it('opens the window at its first millisecond and keeps it open up to the last one before the interview', () => {
    const opens = cramWindowOpens(INTERVIEW);
    expect(isCramTime(INTERVIEW, at(opens, -1))).toBe(false);
    expect(isCramTime(INTERVIEW, opens)).toBe(true);
    expect(isCramTime(INTERVIEW, at(INTERVIEW, -1))).toBe(true);
    expect(isCramTime(INTERVIEW, at(INTERVIEW, 1))).toBe(false);
    // A one-day window opens a day before, not three.
    expect(cramWindowOpens(INTERVIEW, 1)).toEqual(at(INTERVIEW, -days(1)));
    expect(isCramTime(INTERVIEW, WEDNESDAY_9AM, 1)).toBe(false);
  });
});

describe('pacing new cards so every card is seen in time', () => {
  it('raises the daily limit just enough to introduce every unseen card before the interview', () => {
    expect(newCardsNeededToday(12, INTERVIEW, MONDAY_9AM, NEW_YORK)).toBe(3);
    expect(newCardAllowance(deck, {}, MONDAY_9AM, { newPerDay: 2, interviewDate: INTERVIEW, ...tz })).toBe(3);
    expect(newCardAllowance(deck, {}, WEDNESDAY_9AM, { newPerDay: 2, interviewDate: INTERVIEW, ...tz })).toBe(6);
  });

  it('never lowers the usual limit', () => {
    expect(newCardAllowance(deck, {}, MONDAY_9AM, { newPerDay: 10, interviewDate: INTERVIEW, ...tz })).toBe(10);
  });

  it('counts from the start of the day, so cards introduced today use up the raised limit', () => {
    const introduced = deck.slice(0, 3);
    let progress = emptyProgress();
    for (const q of introduced) progress = recordReview(progress, q.id, Rating.Good, MONDAY_9AM, 'drill');
    const options = { newPerDay: 2, interviewDate: INTERVIEW, log: progress.log, ...tz };
    expect(newCardAllowance(deck, progress.cards, MONDAY_9AM, options)).toBe(0);
  });

  it('paces from the cards unseen when the day began, not from those unseen now', () => {
    // Two study days left and 12 cards: 6 a day. After 3 introduced today, 3 more are allowed;
    // pacing from the 9 left now would allow only ceil(9 / 2) − 3 = 2.
    let progress = emptyProgress();
    for (const q of deck.slice(0, 3)) progress = recordReview(progress, q.id, Rating.Good, WEDNESDAY_9AM, 'drill');
    const options = { newPerDay: 2, interviewDate: INTERVIEW, log: progress.log, ...tz };
    expect(newCardAllowance(deck, progress.cards, WEDNESDAY_9AM, options)).toBe(3);
  });

  it('introduces everything left on the interview day itself, and stops pacing once it has passed', () => {
    const morningOf = at(INTERVIEW, -days(1) / 8);
    expect(newCardsNeededToday(12, INTERVIEW, morningOf, NEW_YORK)).toBe(12);
    expect(newCardsNeededToday(12, INTERVIEW, at(INTERVIEW, 1), NEW_YORK)).toBe(0);
    expect(newCardAllowance(deck, {}, at(INTERVIEW, days(1)), { newPerDay: 2, interviewDate: INTERVIEW, ...tz })).toBe(2);
  });
});

describe('the cram queue', () => {
  it('before the window opens, holds only the cards never seen, in deck order', () => {
    const queue = cramQueue(deck, seen, INTERVIEW, MONDAY_9AM, retrievability, tz);
    expect(queue.every((item) => item.reason === 'unseen' && item.recallAtInterview === 0)).toBe(true);
    expect(queue.map((i) => i.question.id)).toEqual(deck.map((q) => q.id).filter((id) => !(id in seen)));
  });

  it('in the window, adds seen cards not due before the interview, weakest at the interview first', () => {
    const queue = cramQueue(deck, seen, INTERVIEW, WEDNESDAY_9AM, retrievability, tz).filter((i) => i.reason !== 'unseen');
    expect(queue.map((i) => i.question.id)).toEqual(['busy-queue', 'angry-customer']);
    const [weaker, stronger] = queue;
    expect(weaker?.recallAtInterview).toBeCloseTo(retrievability(seen['busy-queue'], INTERVIEW), 10);
    expect(weaker!.recallAtInterview).toBeLessThan(stronger!.recallAtInterview);
  });

  it('puts unseen cards, which nobody can recall yet, before any seen card', () => {
    const queue = cramQueue(deck, seen, INTERVIEW, WEDNESDAY_9AM, retrievability, tz);
    const firstSeen = queue.findIndex((i) => i.reason !== 'unseen');
    expect(queue.slice(0, firstSeen).every((i) => i.reason === 'unseen')).toBe(true);
    expect(queue.slice(firstSeen).every((i) => i.reason === 'not-due-before-interview')).toBe(true);
  });

  it('leaves cards due before the interview to the normal queue', () => {
    const ids = cramQueue(deck, seen, INTERVIEW, WEDNESDAY_9AM, retrievability, tz).map((i) => i.question.id);
    expect(ids).not.toContain('mistake-you-made');
  });

  it('shows each card once per window: a graded cram card leaves the queue', () => {
    const progress = recordReview({ ...emptyProgress(), cards: seen }, 'busy-queue', Rating.Good, WEDNESDAY_9AM, 'drill');
    const ids = cramQueue(deck, progress.cards, INTERVIEW, at(WEDNESDAY_9AM, 60_000), retrievability, tz).map((i) => i.question.id);
    expect(ids).not.toContain('busy-queue');
    expect(ids).toContain('angry-customer');
  });

  it('grades cram cards through FSRS without pulling their long-term schedule forward', () => {
    const before = seen['busy-queue']!;
    const after = recordReview({ ...emptyProgress(), cards: seen }, 'busy-queue', Rating.Good, WEDNESDAY_9AM, 'drill').cards['busy-queue']!;
    expect(after.reps).toBe(before.reps + 1);
    expect(after.last_review).toBe(WEDNESDAY_9AM.toISOString());
    expect(after.stability).toBeGreaterThan(before.stability);
    expect(Date.parse(after.due)).toBeGreaterThanOrEqual(Date.parse(before.due));
  });

  it('is empty once the interview has begun', () => {
    expect(cramQueue(deck, seen, INTERVIEW, INTERVIEW, retrievability, tz)).toEqual([]);
  });
});

describe('the drill queue before an interview', () => {
  it('serves cram cards after due and new cards, and counts them', () => {
    const allSeen: Record<string, StoredCard> = Object.fromEntries(
      deck.map((q) => [q.id, reviewCard(30, lastMonth, at(lastMonth, days(30)))]),
    );
    allSeen['mistake-you-made'] = reviewCard(8, lastMonth, at(WEDNESDAY_9AM, -1000));
    const options = { interviewDate: INTERVIEW, recall: retrievability, ...tz };
    expect(counts(deck, allSeen, WEDNESDAY_9AM, options)).toEqual({ new: 0, learning: 0, due: 1, overCap: 0, cram: 11 });
    expect(nextCard(deck, allSeen, WEDNESDAY_9AM, options)).toMatchObject({ kind: 'review', question: { id: 'mistake-you-made' } });
    const done = recordReview({ ...emptyProgress(), cards: allSeen }, 'mistake-you-made', Rating.Good, WEDNESDAY_9AM, 'drill');
    expect(nextCard(deck, done.cards, WEDNESDAY_9AM, options)?.kind).toBe('cram');
    expect(nextCard(deck, done.cards, WEDNESDAY_9AM, {})).toBeNull();
  });
});

describe('coverage at the interview', () => {
  it('says how many cards are seen, scheduled in time, and predicted to be recalled', () => {
    const result = coverage(deck, seen, INTERVIEW, MONDAY_9AM, retrievability, tz);
    const recall = Object.values(seen).map((c) => retrievability(c, INTERVIEW));
    expect(result).toEqual({
      total: 12,
      seen: 3,
      unseen: 9,
      dueBeforeInterview: 1,
      expectedRecall: recall.reduce((a, b) => a + b, 0),
      likelyRecalled: recall.filter((r) => r >= 0.9).length,
      daysLeft: 4,
      newPerDayNeeded: 3,
    });
    expect(result.likelyRecalled).toBe(2);
  });

  it('does not count unseen cards as recalled', () => {
    expect(coverage(deck, {}, INTERVIEW, MONDAY_9AM, retrievability, tz)).toMatchObject({ seen: 0, unseen: 12, expectedRecall: 0, likelyRecalled: 0 });
  });
});
