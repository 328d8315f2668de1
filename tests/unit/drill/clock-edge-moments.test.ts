import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, type ReviewLogEntry } from '../../../src/lib/drill/progress';
import { repairProgress } from '../../../src/lib/drill/repair';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating, newCard, State } from '../../../src/lib/drill/schedule';
import { weakestCards } from '../../../src/lib/drill/stats';
import { deck, MONDAY_9AM } from './fixtures';

describe('a card reviewed at this very moment', () => {
  it('is not reported as a date later than the clock', () => {
    const graded: Progress = recordReview(emptyProgress(), deck[0]!.id, Rating.Good, MONDAY_9AM, 'drill');
    expect(repairProgress(graded, MONDAY_9AM).clamped).toBe(0);
  });
});

describe('two grades logged for the same moment', () => {
  it('count the one logged last as the card’s last grade', () => {
    const id = deck[0]!.id;
    const at = MONDAY_9AM.toISOString();
    const log: ReviewLogEntry[] = [
      { questionId: id, rating: Rating.Good, reviewedAt: at, mode: 'drill' },
      { questionId: id, rating: Rating.Again, reviewedAt: at, mode: 'drill' },
    ];
    const card = { ...newCard(MONDAY_9AM), state: State.Review, last_review: at, reps: 2 };
    expect(weakestCards(deck, { [id]: card }, log)[0]?.lastRating).toBe(Rating.Again);
  });
});
