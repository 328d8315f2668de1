import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { emptyProgress, type Progress, type ReviewLogEntry } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import {
  counts,
  extraPractice,
  introducedToday,
  newCardAllowance,
  nextCard,
  nextDueAt,
  reviewAllowance,
} from '../../../src/lib/drill/queue';
import { newCard, Rating, retrievability, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, hours, minutes, MONDAY_9AM, NEW_YORK, question } from './fixtures';

const now = MONDAY_9AM;

function card(state: State, due: Date, extra: Partial<StoredCard> = {}): StoredCard {
  return { ...newCard(at(due, -days(3))), state, due: due.toISOString(), last_review: at(due, -days(1)).toISOString(), reps: 2, stability: 3, difficulty: 5, ...extra };
}

function drillReview(questionId: string, reviewedAt: Date, mode: ReviewLogEntry['mode'] = 'drill'): ReviewLogEntry {
  return { questionId, rating: Rating.Good, reviewedAt: reviewedAt.toISOString(), mode };
}

/** Two learning cards, two reviews due, one review not due; the other seven are new. */
const mixed: Record<string, StoredCard> = {
  'tell-me-about-yourself': card(State.Review, at(now, -days(1))),
  'angry-customer': card(State.Relearning, at(now, -minutes(1))),
  'why-customer-service': card(State.Review, at(now, days(3))),
  'handle-hold-times': card(State.Learning, at(now, -minutes(5))),
  'learn-new-system': card(State.Review, at(now, -days(2))),
};

describe('the status line counts', () => {
  it('shows up to twenty new cards on a fresh deck, as Anki does', () => {
    const big = Array.from({ length: 25 }, (_, i) => question(`question-${i}`));
    expect(counts(big, {}, now)).toEqual({ new: 20, learning: 0, due: 0, overCap: 0, cram: 0 });
    expect(counts(deck, {}, now).new).toBe(deck.length);
  });

  it('counts learning and relearning cards due now, and review cards due now', () => {
    expect(counts(deck, mixed, now)).toEqual({ new: 7, learning: 2, due: 2, overCap: 0, cram: 0 });
  });

  it('counts a card as due to the minute, not for the whole day', () => {
    expect(counts(deck, mixed, at(now, -hours(1)))).toMatchObject({ learning: 0, due: 2 });
    expect(counts(deck, mixed, at(now, days(3)))).toMatchObject({ due: 3 });
  });
});

describe('the order of the queue', () => {
  it('starts a fresh deck with its first question, as a new card', () => {
    expect(nextCard(deck, {}, now)).toMatchObject({ question: { id: 'tell-me-about-yourself' }, kind: 'new', card: undefined });
  });

  it('shows due learning cards first, then due reviews, then new cards, each in order', () => {
    let progress: Progress = { ...emptyProgress(), cards: { ...mixed } };
    const seen: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const item = nextCard(deck, progress.cards, now, { log: progress.log });
      if (!item) break;
      seen.push(`${item.kind}:${item.question.id}`);
      progress = recordReview(progress, item.question.id, Rating.Good, now, 'drill');
    }
    expect(seen).toEqual([
      'learning:handle-hold-times',
      'learning:angry-customer',
      'review:learn-new-system',
      'review:tell-me-about-yourself',
      'new:said-no-to-customer',
      'new:busy-queue',
      'new:mistake-you-made',
    ]);
  });

  it('says when the next card is due once nothing is left', () => {
    const notDue = { 'why-customer-service': mixed['why-customer-service']!, 'angry-customer': card(State.Learning, at(now, minutes(7))) };
    const options = { newPerDay: 0 };
    expect(nextCard(deck, notDue, now, options)).toBeNull();
    expect(nextDueAt(deck, notDue)).toEqual(at(now, minutes(7)));
    expect(nextDueAt(deck, {})).toBeNull();
  });
});

describe('the daily limit of new cards', () => {
  const tenToday = deck.slice(0, 10).map((q, i) => drillReview(q.id, at(now, -minutes(60 - i))));

  it('stops offering new cards once the day’s limit was introduced', () => {
    const cards = Object.fromEntries(deck.slice(0, 10).map((q) => [q.id, card(State.Learning, at(now, minutes(5)))]));
    const options = { log: tenToday, newPerDay: 10 };
    expect(newCardAllowance(deck, cards, now, options)).toBe(0);
    expect(counts(deck, cards, now, options).new).toBe(0);
    expect(nextCard(deck, cards, now, options)).toBeNull();
    expect(nextCard(deck, cards, at(now, days(1)), options)?.kind).toBe('learning');
  });

  it('counts a card once, on the day of its first review, however often it was reviewed', () => {
    const log = [drillReview('angry-customer', at(now, -days(1))), drillReview('angry-customer', at(now, -minutes(3))), drillReview('busy-queue', at(now, -minutes(2)))];
    expect([...introducedToday(log, now, NEW_YORK)]).toEqual(['busy-queue']);
  });

  it('does not count extra practice as introducing a card', () => {
    const log = [drillReview('angry-customer', at(now, -minutes(3)), 'extra')];
    expect(introducedToday(log, now, NEW_YORK).size).toBe(0);
  });

  it('honours a smaller limit from settings', () => {
    expect(newCardAllowance(deck, {}, now, { newPerDay: 3 })).toBe(3);
    expect(newCardAllowance(deck, {}, now, { newPerDay: 3, log: [drillReview('busy-queue', at(now, -minutes(1)))] })).toBe(2);
  });

  it('turns the day over at local midnight, not at midnight UTC', () => {
    // 22:30 on Monday in New York is already Tuesday in UTC.
    const mondayNight = new Date('2025-03-04T03:30:00.000Z');
    const tuesdayMorning = new Date('2025-03-04T14:00:00.000Z');
    const log = deck.slice(0, 10).map((q) => drillReview(q.id, mondayNight));
    expect(newCardAllowance(deck, {}, tuesdayMorning, { log, newPerDay: 10, timeZone: NEW_YORK })).toBe(10);
    expect(newCardAllowance(deck, {}, tuesdayMorning, { log, newPerDay: 10, timeZone: 'UTC' })).toBe(0);
  });
});

describe('extra practice', () => {
  const practised: Record<string, StoredCard> = {
    'why-customer-service': card(State.Review, at(now, days(3)), { stability: 9, last_review: at(now, -days(2)).toISOString() }),
    'busy-queue': card(State.Review, at(now, days(1)), { stability: 2, last_review: at(now, -days(2)).toISOString() }),
    'mistake-you-made': card(State.Review, at(now, -days(1))),
  };

  it('offers seen cards that are not due, weakest first, and nothing unseen or due', () => {
    expect(extraPractice(deck, practised, now, retrievability).map((i) => `${i.kind}:${i.question.id}`)).toEqual([
      'extra:busy-queue',
      'extra:why-customer-service',
    ]);
  });

  it('leaves the schedule untouched when graded, but logs the practice', () => {
    const before: Progress = { ...emptyProgress(), cards: practised };
    let after = before;
    for (const item of extraPractice(deck, before.cards, now, retrievability)) {
      after = recordReview(after, item.question.id, Rating.Again, now, 'extra');
    }
    expect(after.cards).toEqual(before.cards);
    expect(counts(deck, after.cards, now, { log: after.log })).toEqual(counts(deck, before.cards, now, { log: before.log }));
    expect(nextDueAt(deck, after.cards)).toEqual(nextDueAt(deck, before.cards));
    expect(after.log.map((e) => [e.questionId, e.mode])).toEqual([
      ['busy-queue', 'extra'],
      ['why-customer-service', 'extra'],
    ]);
  });

  it('is different from a drill review, which does move the card', () => {
    const before: Progress = { ...emptyProgress(), cards: practised };
    const drilled = recordReview(before, 'busy-queue', Rating.Again, now, 'drill');
    expect(drilled.cards['busy-queue']).not.toEqual(before.cards['busy-queue']);
    expect(drilled.cards['busy-queue']?.lapses).toBe(1);
  });
});

describe('the daily cap on reviews', () => {
  const dueReviews: Record<string, StoredCard> = Object.fromEntries(
    deck.slice(0, 6).map((q, i) => [q.id, card(State.Review, at(now, -days(1 + i)))]),
  );
  const earlier = (id: string, minutesAgo: number) => drillReview(id, at(now, -minutes(minutesAgo)));
  // Seen on an earlier day, so today's reviews of them count against the cap.
  const history = deck.slice(0, 6).map((q) => drillReview(q.id, at(now, -days(10))));

  it('shows no more reviews than the cap, and says how many wait for tomorrow', () => {
    const options = { log: history, reviewsPerDay: 4 };
    expect(counts(deck, dueReviews, now, options)).toMatchObject({ due: 4, overCap: 2 });
  });

  it('counts today’s reviews of older cards, but not of cards first seen today or extra practice', () => {
    const log = [...history, earlier('tell-me-about-yourself', 30), earlier('angry-customer', 20), earlier('busy-queue', 10), drillReview('angry-customer', at(now, -minutes(5)), 'extra')];
    // busy-queue was first reviewed today (its only earlier entry is today's), so it is a new card.
    expect(reviewAllowance(now, { log, reviewsPerDay: 4 })).toBe(2);
  });

  it('stops serving reviews once the cap is reached, until the next local day', () => {
    const log = [...history, earlier('tell-me-about-yourself', 30), earlier('angry-customer', 20)];
    const options = { log, reviewsPerDay: 2, newPerDay: 0, timeZone: NEW_YORK };
    expect(nextCard(deck, dueReviews, now, options)).toBeNull();
    expect(nextCard(deck, dueReviews, at(now, days(1)), options)?.kind).toBe('review');
  });
});
