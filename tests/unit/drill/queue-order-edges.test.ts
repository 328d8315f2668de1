/**
 * The drill queue where order matters: a review log read in any order, the next due card
 * anywhere in the deck, extra practice when recall ties, and the cram cards before an interview
 * (seen cards only, and the reader's own window).
 */
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import type { ReviewLogEntry } from '../../../src/lib/drill/progress';
import { counts, extraPractice, introducedToday, nextDueAt } from '../../../src/lib/drill/queue';
import { newCard, Rating, retrievability, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, hours, MONDAY_9AM } from './fixtures';

const now = MONDAY_9AM;

function card(state: State, due: Date, extra: Partial<StoredCard> = {}): StoredCard {
  return { ...newCard(at(due, -days(3))), state, due: due.toISOString(), last_review: at(due, -days(1)).toISOString(), reps: 2, stability: 3, difficulty: 5, ...extra };
}
const review = (questionId: string, reviewedAt: Date): ReviewLogEntry => ({ questionId, rating: Rating.Good, reviewedAt: reviewedAt.toISOString(), mode: 'drill' });

describe('cards introduced today', () => {
  it('are those first reviewed today, whatever order the log lists reviews in', () => {
    const log = [review('q1', at(now, hours(-1))), review('q1', at(now, -days(2))), review('q2', at(now, hours(-1)))];
    expect([...introducedToday(log, now)]).toEqual(['q2']);
  });
});

describe('the next card due', () => {
  it('is the earliest due anywhere in the deck, not the first one listed', () => {
    const cards = { [deck[0]!.id]: card(State.Review, at(now, days(3))), [deck[1]!.id]: card(State.Review, at(now, days(1))), [deck[2]!.id]: card(State.Review, at(now, days(2))) };
    expect(nextDueAt(deck, cards)).toEqual(at(now, days(1)));
  });
});

describe('extra practice', () => {
  const sameRecall = () => 0.5;

  it('puts the least stable card first when recall ties, then the one forgotten most often', () => {
    const later = at(now, days(5));
    const cards = {
      [deck[0]!.id]: card(State.Review, later, { stability: 9, lapses: 0 }),
      [deck[1]!.id]: card(State.Review, later, { stability: 2, lapses: 0 }),
      [deck[2]!.id]: card(State.Review, later, { stability: 9, lapses: 4 }),
      [deck[3]!.id]: card(State.Review, later, { stability: 9, lapses: 1 }),
    };
    expect(extraPractice(deck, cards, now, sameRecall).map((i) => i.question.id)).toEqual([deck[1]!.id, deck[2]!.id, deck[3]!.id, deck[0]!.id]);
  });
});

describe('cram cards before an interview', () => {
  const interview = at(now, days(5));
  // Seen three weeks ago, due only after the interview: one to refresh.
  const seen = { [deck[0]!.id]: card(State.Review, at(interview, days(10)), { last_review: at(now, -days(21)).toISOString() }) };

  it('count only seen cards; unseen ones come as new cards', () => {
    expect(counts(deck, seen, at(interview, -days(2)), { interviewDate: interview, recall: retrievability }).cram).toBe(1);
  });

  it('follow the reader’s own cram window', () => {
    const fourDaysBefore = at(interview, -days(4));
    expect(counts(deck, seen, fourDaysBefore, { interviewDate: interview, recall: retrievability }).cram).toBe(0);
    expect(counts(deck, seen, fourDaysBefore, { interviewDate: interview, recall: retrievability, cramWindowDays: 5 }).cram).toBe(1);
  });
});
