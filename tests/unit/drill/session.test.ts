import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating } from '../../../src/lib/drill/schedule';
import { sessionSummary } from '../../../src/lib/drill/session';
import { at, days, deck, minutes, MONDAY_9AM } from './fixtures';

describe('the session summary', () => {
  it('counts cards, grades and time since the session began, and says when each card comes back', () => {
    let p = recordReview(emptyProgress(), 'busy-queue', Rating.Good, at(MONDAY_9AM, -days(1)), 'drill');
    const start = MONDAY_9AM;
    p = recordReview(p, 'tell-me-about-yourself', Rating.Again, at(start, minutes(1)), 'drill');
    p = recordReview(p, 'angry-customer', Rating.Good, at(start, minutes(2)), 'drill');
    p = recordReview(p, 'tell-me-about-yourself', Rating.Good, at(start, minutes(4)), 'drill');
    p = recordReview(p, 'busy-queue', Rating.Hard, at(start, minutes(6)), 'extra');
    const summary = sessionSummary(p.log, start, deck, p.cards);
    expect(summary).toMatchObject({ cards: 3, reviews: 4, extra: 1, time: '6 min', grades: { 1: 1, 2: 1, 3: 2, 4: 0 } });
    // busy-queue is still in its first learning step from yesterday (extra practice left it there).
    expect(summary.comesBack.map((c) => c.question.id)).toEqual(['busy-queue', 'angry-customer', 'tell-me-about-yourself']);
    expect(summary.comesBack[1]!.due.getTime()).toBeGreaterThan(start.getTime());
  });

  it('is empty before the first grade', () => {
    expect(sessionSummary([], MONDAY_9AM, deck, {})).toMatchObject({ cards: 0, reviews: 0, time: '0 s', comesBack: [] });
  });
});
