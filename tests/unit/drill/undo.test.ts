import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { counts } from '../../../src/lib/drill/queue';
import { Rating } from '../../../src/lib/drill/schedule';
import { gradeUndoable, undoGrade } from '../../../src/lib/drill/undo';
import { at, deck, minutes, MONDAY_9AM } from './fixtures';

describe('undo of the last grade', () => {
  it('restores a new card as new, and the counts as they were', () => {
    const before = emptyProgress();
    const { progress, receipt } = gradeUndoable(before, 'tell-me-about-yourself', Rating.Again, MONDAY_9AM, 'drill');
    expect(counts(deck, progress.cards, MONDAY_9AM, { log: progress.log }).new).toBe(deck.length - 1);
    const undone = undoGrade(progress, receipt);
    expect(undone.ok).toBe(true);
    expect(undone.progress).toEqual(before);
    expect(counts(deck, undone.progress.cards, MONDAY_9AM, { log: undone.progress.log })).toEqual(counts(deck, before.cards, MONDAY_9AM, { log: before.log }));
  });

  it('puts back the card exactly as it was before the grade', () => {
    const once = recordReview(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const { progress, receipt } = gradeUndoable(once, 'busy-queue', Rating.Easy, at(MONDAY_9AM, minutes(10)), 'drill');
    expect(progress.cards['busy-queue']).not.toEqual(once.cards['busy-queue']);
    expect(undoGrade(progress, receipt).progress).toEqual(once);
  });

  it('takes back extra practice from the log only', () => {
    const once = recordReview(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const { progress, receipt } = gradeUndoable(once, 'busy-queue', Rating.Again, at(MONDAY_9AM, minutes(3)), 'extra');
    expect(undoGrade(progress, receipt).progress).toEqual(once);
  });

  it('refuses rather than lose a later review of the same card', () => {
    const { progress, receipt } = gradeUndoable(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const later = recordReview(progress, 'busy-queue', Rating.Good, at(MONDAY_9AM, minutes(11)), 'drill');
    expect(undoGrade(later, receipt)).toEqual({ ok: false, progress: later });
    expect(undoGrade(emptyProgress(), receipt).ok).toBe(false);
  });
});
