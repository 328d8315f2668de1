import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/drill/merge';
import { mergeSettled } from '../../../src/lib/drill/merge-settled';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating } from '../../../src/lib/drill/schedule';
import { gradeUndoable, undoGrade } from '../../../src/lib/drill/undo';
import { at, minutes, MONDAY_9AM } from './fixtures';

describe('mergeSettled: a card whose later grade was undone in another tab', () => {
  const q = 'angry-customer';
  // Tab B grades the card first, unsaved. Tab A grades it later, saves, and B hears that save,
  // so B's card is now A's. Then A takes its grade back.
  const tabB0 = recordReview(emptyProgress(), q, Rating.Again, at(MONDAY_9AM, minutes(1)), 'drill');
  const graded = gradeUndoable(emptyProgress(), q, Rating.Again, at(MONDAY_9AM, minutes(2)), 'drill');
  const stored = graded.progress;
  const tabB = mergeSettled(tabB0, stored);
  const tabA = undoGrade(stored, graded.receipt).progress;

  it('gives the card back the state of the review that remains', () => {
    const saved = mergeSettled(tabB, mergeSettled(tabA, stored));
    expect(saved.log.map((e) => e.reviewedAt)).toEqual([at(MONDAY_9AM, minutes(1)).toISOString()]);
    expect(saved.cards[q]).toEqual(tabB0.cards[q]);
  });

  it('where the plain merge leaves the reviewed question with no card', () => {
    const saved = mergeProgress(tabB, mergeProgress(tabA, stored));
    expect(saved.log).toHaveLength(1);
    expect(saved.cards[q]).toBeUndefined();
  });

  it('leaves progress whose cards match their reviews as it is', () => {
    const both = mergeProgress(tabB0, stored);
    expect(mergeSettled(tabB0, stored)).toEqual(both);
  });
});
