/**
 * The edges of the days before an interview: a card due at the very moment the interview
 * begins, a card looked at the very moment the cram window opened, a window of another length.
 */
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { coverage, cramQueue, cramWindowOpens, newCardsNeededToday } from '../../../src/lib/drill/interview-date';
import { newCard, retrievability, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, NEW_YORK } from './fixtures';

/** Friday 7 March 2025, 9:00 in New York. */
const INTERVIEW = new Date('2025-03-07T14:00:00.000Z');
const WEDNESDAY_9AM = new Date('2025-03-05T14:00:00.000Z');
const lastMonth = new Date('2025-02-23T14:00:00.000Z');
const tz = { timeZone: NEW_YORK };

function reviewCard(lastReview: Date, due: Date): StoredCard {
  return {
    ...newCard(lastReview),
    state: State.Review,
    stability: 30,
    difficulty: 5,
    reps: 3,
    scheduled_days: Math.round((due.getTime() - lastReview.getTime()) / days(1)),
    last_review: lastReview.toISOString(),
    due: due.toISOString(),
  };
}
const ids = (items: { question: { id: string } }[]) => items.map((i) => i.question.id);

describe('a card due at the moment the interview begins', () => {
  const cards = { 'busy-queue': reviewCard(lastMonth, INTERVIEW) };

  it('counts as coming back in time, so the cram does not show it again', () => {
    expect(coverage(deck, cards, INTERVIEW, WEDNESDAY_9AM, retrievability, tz).dueBeforeInterview).toBe(1);
    expect(ids(cramQueue(deck, cards, INTERVIEW, WEDNESDAY_9AM, retrievability, tz))).not.toContain('busy-queue');
  });

  it('is crammed when it would come back a moment after the interview', () => {
    const later = { 'busy-queue': reviewCard(lastMonth, at(INTERVIEW, 1)) };
    expect(coverage(deck, later, INTERVIEW, WEDNESDAY_9AM, retrievability, tz).dueBeforeInterview).toBe(0);
    expect(ids(cramQueue(deck, later, INTERVIEW, WEDNESDAY_9AM, retrievability, tz))).toContain('busy-queue');
  });
});

describe('a card looked at as the cram window opened', () => {
  const opens = cramWindowOpens(INTERVIEW);

  it('has had its look for this window', () => {
    const cards = { 'busy-queue': reviewCard(opens, at(INTERVIEW, days(20))) };
    expect(ids(cramQueue(deck, cards, INTERVIEW, WEDNESDAY_9AM, retrievability, tz))).not.toContain('busy-queue');
  });

  it('still gets one when it was looked at a moment before the window opened', () => {
    const cards = { 'busy-queue': reviewCard(at(opens, -1), at(INTERVIEW, days(20))) };
    expect(ids(cramQueue(deck, cards, INTERVIEW, WEDNESDAY_9AM, retrievability, tz))).toContain('busy-queue');
  });
});

describe('a cram window of another length', () => {
  const cards = { 'busy-queue': reviewCard(lastMonth, at(INTERVIEW, days(20))) };

  it('keeps seen cards out until its own opening, however long it is', () => {
    // Wednesday 9:00 is two days before: inside a three-day window, outside a one-day window.
    expect(ids(cramQueue(deck, cards, INTERVIEW, WEDNESDAY_9AM, retrievability, { ...tz, windowDays: 1 }))).not.toContain('busy-queue');
    expect(ids(cramQueue(deck, cards, INTERVIEW, at(INTERVIEW, -days(1)), retrievability, { ...tz, windowDays: 1 }))).toContain('busy-queue');
    expect(ids(cramQueue(deck, cards, INTERVIEW, at(INTERVIEW, -days(6)), retrievability, { ...tz, windowDays: 7 }))).toContain('busy-queue');
  });
});

describe('pacing with nothing left to introduce', () => {
  it('asks for no new cards when every card has been seen', () => {
    expect(newCardsNeededToday(0, INTERVIEW, WEDNESDAY_9AM, NEW_YORK)).toBe(0);
    expect(coverage(deck, Object.fromEntries(deck.map((q) => [q.id, reviewCard(lastMonth, at(INTERVIEW, days(20)))])), INTERVIEW, WEDNESDAY_9AM, retrievability, tz)).toMatchObject({ unseen: 0, newPerDayNeeded: 0 });
  });
});

describe('at the moment the interview begins', () => {
  it('stops asking for new cards', () => {
    expect(newCardsNeededToday(12, INTERVIEW, INTERVIEW, NEW_YORK)).toBe(0);
    expect(coverage(deck, {}, INTERVIEW, INTERVIEW, retrievability, tz).newPerDayNeeded).toBe(0);
  });
});

describe('cards likely recalled at the interview', () => {
  it('include a card predicted at exactly the 90 % the scheduler aims for', () => {
    // FSRS predicts 90 % recall one stability after the last review.
    const lastReview = at(INTERVIEW, -days(30));
    const card = { ...reviewCard(lastReview, INTERVIEW), stability: 30 };
    const result = coverage(deck, { 'busy-queue': card }, INTERVIEW, WEDNESDAY_9AM, retrievability, tz);
    expect(result.expectedRecall).toBeCloseTo(0.9, 12);
    expect(result.likelyRecalled).toBe(1);
  });
});
