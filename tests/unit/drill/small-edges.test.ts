/**
 * Small drill behaviours at their edges: undo beside extra practice and other questions, filler
 * words next to punctuation, pace and file sizes at their thresholds, labels, and a card read back
 * from storage before its first review.
 */
import { describe, expect, it } from 'vitest';
import { fromStoredCard, type StoredCard } from '../../../src/lib/drill/card';
import { categoryLabel, deckLabel } from '../../../src/lib/drill/labels';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { Rating } from '../../../src/lib/drill/schedule';
import { bytesLabel, deliveryStats } from '../../../src/lib/drill/speech';
import { gradeUndoable, undoGrade } from '../../../src/lib/drill/undo';
import { recordReview } from '../../../src/lib/drill/review';
import { at, minutes, MONDAY_9AM } from './fixtures';

describe('undoing a grade', () => {
  it('is allowed after extra practice on the same question or a grade of another one', () => {
    const { progress, receipt } = gradeUndoable(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const practiced = recordReview(progress, 'q1', Rating.Easy, at(MONDAY_9AM, minutes(1)), 'extra');
    const undone = undoGrade(practiced, receipt);
    expect(undone.ok).toBe(true);
    expect(undone.progress.log.map((e) => e.mode)).toEqual(['extra']);
    expect(undone.progress.cards.q1).toBeUndefined();
    const other = recordReview(progress, 'q2', Rating.Good, at(MONDAY_9AM, minutes(1)), 'drill');
    expect(undoGrade(other, receipt).ok).toBe(true);
  });

  it('takes back the graded review, not extra practice given in the same moment with the same grade', () => {
    const { progress, receipt } = gradeUndoable(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const practiced = recordReview(progress, 'q1', Rating.Good, MONDAY_9AM, 'extra');
    const undone = undoGrade(practiced, receipt);
    expect(undone.progress.log).toEqual([{ questionId: 'q1', rating: Rating.Good, reviewedAt: MONDAY_9AM.toISOString(), mode: 'extra' }]);
  });

  it('is refused when the card was graded again in the same moment with another grade', () => {
    const { progress, receipt } = gradeUndoable(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const again = recordReview(progress, 'q1', Rating.Hard, MONDAY_9AM, 'drill');
    expect(undoGrade(again, receipt)).toEqual({ ok: false, progress: again });
  });

  it('of extra practice succeeds and leaves the card as it was', () => {
    const graded = recordReview(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const { progress, receipt } = gradeUndoable(graded, 'q1', Rating.Again, at(MONDAY_9AM, minutes(2)), 'extra');
    const undone = undoGrade(progress, receipt);
    expect(undone.ok).toBe(true);
    expect(undone.progress.cards.q1).toEqual(graded.cards.q1);
    expect(undone.progress.log).toEqual(graded.log);
  });
});

describe('delivery of a spoken answer', () => {
  it('finds fillers written next to punctuation or with extra spaces', () => {
    const stats = deliveryStats('Um,like, I  mean the order was you   know late', 10_000);
    expect(stats.fillers).toEqual([
      { word: 'um', count: 1 },
      { word: 'like', count: 1 },
      { word: 'you know', count: 1 },
      { word: 'i mean', count: 1 },
    ]);
  });

  it('gives a pace from five seconds of speech, and none without words', () => {
    expect(deliveryStats('one two three four five', 5_000).wordsPerMinute).toBe(60);
    expect(deliveryStats('', 10_000).wordsPerMinute).toBeNull();
  });

  it('labels sizes in bytes, KB and MB at their thresholds', () => {
    expect(bytesLabel(1023)).toBe('1023 bytes');
    expect(bytesLabel(1024)).toBe('1 KB');
    expect(bytesLabel(1024 * 1024)).toBe('1 MB');
  });
});

describe('drill labels', () => {
  it('capitalize a category and join several with "or"', () => {
    expect(categoryLabel('behavioral')).toBe('Behavioral');
    expect(deckLabel(4, 33, { skills: [], categories: ['Behavioral', 'Situational'] }, (id) => id)).toBe('4 behavioral or situational questions');
  });
});

describe('a stored card', () => {
  it('read back before its first review has no last review date', () => {
    const stored: StoredCard = { due: MONDAY_9AM.toISOString(), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
    expect(Object.hasOwn(fromStoredCard(stored), 'last_review')).toBe(false);
  });
});
