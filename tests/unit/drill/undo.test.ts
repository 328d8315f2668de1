import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { counts } from '../../../src/lib/drill/queue';
import { Rating } from '../../../src/lib/drill/schedule';
import { gradeUndoable, undoGrade } from '../../../src/lib/drill/undo';
import { mergeProgress, reviewId, UNDONE_KEPT } from '../../../src/lib/drill/merge';
import { at, deck, minutes, MONDAY_9AM } from './fixtures';

describe('undo of the last grade', () => {
  it('restores a new card as new, and the counts as they were', () => {
    const before = emptyProgress();
    const { progress, receipt } = gradeUndoable(before, 'tell-me-about-yourself', Rating.Again, MONDAY_9AM, 'drill');
    expect(counts(deck, progress.cards, MONDAY_9AM, { log: progress.log }).new).toBe(deck.length - 1);
    const undone = undoGrade(progress, receipt);
    expect(undone.ok).toBe(true);
    expect(undone.progress).toEqual({ ...before, undone: [reviewId(receipt.entry)] });
    expect(counts(deck, undone.progress.cards, MONDAY_9AM, { log: undone.progress.log })).toEqual(counts(deck, before.cards, MONDAY_9AM, { log: before.log }));
  });

  it('puts back the card exactly as it was before the grade', () => {
    const once = recordReview(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const { progress, receipt } = gradeUndoable(once, 'busy-queue', Rating.Easy, at(MONDAY_9AM, minutes(10)), 'drill');
    expect(progress.cards['busy-queue']).not.toEqual(once.cards['busy-queue']);
    expect(undoGrade(progress, receipt).progress).toEqual({ ...once, undone: [reviewId(receipt.entry)] });
  });

  it('takes back extra practice from the log only', () => {
    const once = recordReview(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const { progress, receipt } = gradeUndoable(once, 'busy-queue', Rating.Again, at(MONDAY_9AM, minutes(3)), 'extra');
    expect(undoGrade(progress, receipt).progress).toEqual({ ...once, undone: [reviewId(receipt.entry)] });
  });

  it('refuses rather than lose a later review of the same card', () => {
    const { progress, receipt } = gradeUndoable(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const later = recordReview(progress, 'busy-queue', Rating.Good, at(MONDAY_9AM, minutes(11)), 'drill');
    expect(undoGrade(later, receipt)).toEqual({ ok: false, progress: later });
    expect(undoGrade(emptyProgress(), receipt).ok).toBe(false);
  });

  it('stays undone when another tab still holds the grade: neither merge order brings it back', () => {
    const once = recordReview(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const { progress: graded, receipt } = gradeUndoable(once, 'busy-queue', Rating.Again, at(MONDAY_9AM, minutes(10)), 'drill');
    // The other tab heard the grade before the undo, and saves its copy afterwards.
    const otherTab = graded;
    const here = undoGrade(graded, receipt).progress;
    for (const merged of [mergeProgress(here, otherTab), mergeProgress(otherTab, here)]) {
      expect(merged.log).toEqual(once.log);
      expect(merged.cards).toEqual(once.cards);
    }
  });

  it('stays undone for a card that was new, and keeps the other tab’s own later grades', () => {
    const { progress: graded, receipt } = gradeUndoable(emptyProgress(), 'busy-queue', Rating.Good, MONDAY_9AM, 'drill');
    const otherTab = recordReview(graded, 'angry-customer', Rating.Hard, at(MONDAY_9AM, minutes(2)), 'drill');
    const here = undoGrade(graded, receipt).progress;
    const merged = mergeProgress(otherTab, here);
    expect(Object.keys(merged.cards)).toEqual(['angry-customer']);
    expect(merged.log.map((e) => e.questionId)).toEqual(['angry-customer']);
  });

  it('remembers only the newest undone reviews', () => {
    let progress = emptyProgress();
    for (let i = 0; i < UNDONE_KEPT + 5; i++) {
      const graded = gradeUndoable(progress, 'busy-queue', Rating.Good, at(MONDAY_9AM, minutes(i)), 'drill');
      progress = undoGrade(graded.progress, graded.receipt).progress;
    }
    expect(progress.undone).toHaveLength(UNDONE_KEPT);
    expect(progress.undone?.at(-1)).toMatch(new RegExp(`^busy-queue\\|${at(MONDAY_9AM, minutes(UNDONE_KEPT + 4)).getTime()}\\|`));
  });
});

describe('undo after a save brought in another tab’s review of the same card', () => {
  const q = 'angry-customer';
  // Tab A grades the card; tab B, not having heard of it, grades it later and saves, which
  // merges A's review into B's log while B's card (graded from new) wins as the later one.
  const tabA = recordReview(emptyProgress(), q, Rating.Good, at(MONDAY_9AM, minutes(1)), 'drill');
  const graded = gradeUndoable(emptyProgress(), q, Rating.Again, at(MONDAY_9AM, minutes(2)), 'drill');
  const tabB = mergeProgress(graded.progress, tabA);

  it('leaves the card as the other tab’s review made it, not new', () => {
    const undone = undoGrade(tabB, graded.receipt);
    expect(undone.ok).toBe(true);
    expect(undone.progress.log.map((e) => e.reviewedAt)).toEqual([at(MONDAY_9AM, minutes(1)).toISOString()]);
    expect(undone.progress.cards[q]).toEqual(tabA.cards[q]);
  });

  it('saves that card, so it is kept even if the other tab is closed', () => {
    const undone = undoGrade(tabB, graded.receipt).progress;
    // B saves again: storage still holds what B saved before the undo.
    const stored = mergeProgress(undone, tabB);
    expect(stored.cards[q]?.last_review).toBe(at(MONDAY_9AM, minutes(1)).toISOString());
    expect(counts(deck.filter((d) => d.id === q), stored.cards, at(MONDAY_9AM, minutes(3))).new).toBe(0);
  });
});
