import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating } from '../../../src/lib/drill/schedule';
import { sessionSummary } from '../../../src/lib/drill/session';
import { at, deck, minutes, MONDAY_9AM } from './fixtures';

const start = MONDAY_9AM;

describe('what the end-of-session summary counts', () => {
  it('counts a grade given at the very moment the session began, and none from just before it', () => {
    let p = recordReview(emptyProgress(), 'busy-queue', Rating.Good, at(start, -1), 'drill');
    p = recordReview(p, 'angry-customer', Rating.Easy, start, 'drill');
    const summary = sessionSummary(p.log, start, deck, p.cards);
    expect(summary).toMatchObject({ cards: 1, reviews: 1, grades: { 1: 0, 2: 0, 3: 0, 4: 1 } });
    expect(summary.comesBack.map((c) => c.question.id)).toEqual(['angry-customer']);
  });

  it('leaves out a question that is no longer in the deck, such as a deleted own question', () => {
    let p = recordReview(emptyProgress(), 'my-own-question', Rating.Again, at(start, minutes(1)), 'drill');
    p = recordReview(p, 'busy-queue', Rating.Good, at(start, minutes(2)), 'drill');
    const summary = sessionSummary(p.log, start, deck, p.cards);
    expect(summary).toMatchObject({ cards: 1, reviews: 1, grades: { 1: 0, 3: 1 }, time: '2 min' });
  });

  it('times the session to its last grade, in minutes and seconds', () => {
    let p = recordReview(emptyProgress(), 'busy-queue', Rating.Good, at(start, 10_000), 'drill');
    p = recordReview(p, 'angry-customer', Rating.Good, at(start, minutes(1) + 30_000), 'drill');
    expect(sessionSummary(p.log, start, deck, p.cards)).toMatchObject({ elapsedMs: minutes(1) + 30_000, time: '1 min 30 s' });
  });

  it('counts a card graded twice once, and does not promise a return date for a card it has no schedule for', () => {
    let p = recordReview(emptyProgress(), 'busy-queue', Rating.Again, at(start, minutes(1)), 'drill');
    p = recordReview(p, 'busy-queue', Rating.Good, at(start, minutes(3)), 'drill');
    p = recordReview(p, 'angry-customer', Rating.Good, at(start, minutes(4)), 'drill');
    // The card of angry-customer is gone (its grade was undone elsewhere): its grade still counts.
    const { ['angry-customer']: _gone, ...cards } = p.cards;
    const summary = sessionSummary(p.log, start, deck, cards);
    expect(summary).toMatchObject({ cards: 2, reviews: 3 });
    expect(summary.comesBack.map((c) => c.question.id)).toEqual(['busy-queue']);
  });
});
