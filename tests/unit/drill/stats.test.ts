import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import type { ReviewLogEntry } from '../../../src/lib/drill/progress';
import { newCard, Rating, State } from '../../../src/lib/drill/schedule';
import { cardsByState, reviewsToday, studyStreak, weakCardText, weakestCards } from '../../../src/lib/drill/stats';
import { at, days, deck, hours, MONDAY_9AM, NEW_YORK } from './fixtures';

const entry = (questionId: string, reviewedAt: string, rating: ReviewLogEntry['rating'] = Rating.Good, mode: ReviewLogEntry['mode'] = 'drill'): ReviewLogEntry => ({
  questionId,
  rating,
  reviewedAt,
  mode,
});

describe('reviews today', () => {
  it('counts every review since local midnight, extra practice included', () => {
    const log = [
      entry('a', '2025-03-03T04:59:00.000Z'), // 23:59 Sunday in New York
      entry('a', '2025-03-03T05:00:00.000Z'), // 00:00 Monday
      entry('b', '2025-03-03T13:00:00.000Z', Rating.Again, 'extra'),
    ];
    expect(reviewsToday(log, MONDAY_9AM, NEW_YORK)).toBe(2);
    expect(reviewsToday(log, MONDAY_9AM, 'UTC')).toBe(3);
  });
});

describe('cards by state', () => {
  it('counts unseen questions as new', () => {
    const cards: Record<string, StoredCard> = {
      'angry-customer': { ...newCard(MONDAY_9AM), state: State.Learning },
      'busy-queue': { ...newCard(MONDAY_9AM), state: State.Review },
      'mistake-you-made': { ...newCard(MONDAY_9AM), state: State.Relearning },
      'said-no-to-customer': newCard(MONDAY_9AM),
    };
    expect(cardsByState(deck, cards)).toEqual({ new: 9, learning: 1, review: 1, relearning: 1 });
  });
});

describe('study streak', () => {
  const onDays = (...offsets: number[]) => offsets.map((d) => entry('a', at(MONDAY_9AM, days(d)).toISOString()));

  it('counts consecutive days with a review, ending today', () => {
    expect(studyStreak(onDays(0, -1, -2, -4), MONDAY_9AM, NEW_YORK)).toBe(3);
  });

  it('is not lost in the morning before today’s practice', () => {
    expect(studyStreak(onDays(-1, -2), MONDAY_9AM, NEW_YORK)).toBe(2);
  });

  it('is zero after a missed day, and with no reviews', () => {
    expect(studyStreak(onDays(-2, -3), MONDAY_9AM, NEW_YORK)).toBe(0);
    expect(studyStreak([], MONDAY_9AM, NEW_YORK)).toBe(0);
  });

  it('follows local days: two reviews an hour apart across local midnight make two days', () => {
    const log = [entry('a', '2025-03-03T04:30:00.000Z'), entry('a', '2025-03-03T05:30:00.000Z')];
    expect(studyStreak(log, MONDAY_9AM, NEW_YORK)).toBe(2);
    expect(studyStreak(log, MONDAY_9AM, 'UTC')).toBe(1);
  });

  it('counts a day once however many reviews it had', () => {
    expect(studyStreak([...onDays(0, 0, 0), ...onDays(-1)].map((e, i) => ({ ...e, reviewedAt: at(new Date(e.reviewedAt), hours(i % 3)).toISOString() })), MONDAY_9AM, NEW_YORK)).toBe(2);
  });
});

describe('weakest cards', () => {
  const seen = (lapses: number, stability: number): StoredCard => ({ ...newCard(MONDAY_9AM), state: State.Review, reps: 4, lapses, stability });
  const cards: Record<string, StoredCard> = {
    'angry-customer': seen(0, 30),
    'busy-queue': seen(2, 10),
    'mistake-you-made': seen(0, 5),
    'said-no-to-customer': seen(0, 50),
    'feedback-received': seen(2, 4),
  };
  const log = [entry('said-no-to-customer', '2025-03-01T10:00:00.000Z', Rating.Again), entry('angry-customer', '2025-03-01T10:00:00.000Z', Rating.Again), entry('angry-customer', '2025-03-02T10:00:00.000Z', Rating.Good)];

  it('ranks by lapses, then a last grade of Again, then lowest stability', () => {
    expect(weakestCards(deck, cards, log, 10).map((w) => w.question.id)).toEqual([
      'feedback-received',
      'busy-queue',
      'said-no-to-customer',
      'mistake-you-made',
      'angry-customer',
    ]);
  });

  it('reports the last grade and stops at the limit', () => {
    const weakest = weakestCards(deck, cards, log, 3);
    expect(weakest).toHaveLength(3);
    expect(weakest[2]).toMatchObject({ lastRating: Rating.Again, lapses: 0, stability: 50 });
  });
});

describe('the weakest cards in plain words', () => {
  const card = (dueAt: Date, lapses = 0): StoredCard => ({ ...newCard(MONDAY_9AM), state: State.Review, due: dueAt.toISOString(), lapses, reps: 3 });
  const weak = (lastRating: ReviewLogEntry['rating'] | undefined, dueAt: Date, lapses = 0) => ({ question: deck[0]!, card: card(dueAt, lapses), lapses, stability: 1, lastRating });

  it('says how it went last time and when the card is due', () => {
    expect(weakCardText(weak(Rating.Hard, at(MONDAY_9AM, days(1))), MONDAY_9AM, NEW_YORK)).toBe('Shaky last time, due tomorrow');
    expect(weakCardText(weak(Rating.Again, at(MONDAY_9AM, -hours(1))), MONDAY_9AM, NEW_YORK)).toBe('Blanked last time, due now');
    expect(weakCardText(weak(Rating.Good, at(MONDAY_9AM, hours(3))), MONDAY_9AM, NEW_YORK)).toBe('Solid last time, due later today');
    expect(weakCardText(weak(Rating.Again, at(MONDAY_9AM, days(3)), 2), MONDAY_9AM, NEW_YORK)).toBe('Forgotten twice · blanked last time, due in 3 days');
    expect(weakCardText(weak(Rating.Hard, at(MONDAY_9AM, days(17)), 4), MONDAY_9AM, NEW_YORK)).toBe('Forgotten 4 times · shaky last time, due Mar 20');
  });

  it('never mixes the grade button’s label into the sentence', () => {
    const text = weakCardText(weak(Rating.Good, at(MONDAY_9AM, days(2))), MONDAY_9AM, NEW_YORK);
    expect(text).not.toMatch(/—|not yet solid/);
  });
});
