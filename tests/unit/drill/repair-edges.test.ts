/**
 * Repairing stored progress: the message about clock-skewed dates in its singular and plural
 * words, a time exactly now kept, and what belongs to questions the deck lacks dropped from the
 * log, the notes and each story's list of questions.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/lib/drill/progress';
import { FUTURE_DATES_MESSAGE, repairProgress } from '../../../src/lib/drill/repair';
import { Rating } from '../../../src/lib/drill/schedule';
import { at, minutes, MONDAY_9AM } from './fixtures';

const blankStar = { situation: '', task: '', action: '', result: '' };

describe('the message about dates later than the clock', () => {
  it('reads right for one date and for several', () => {
    expect(FUTURE_DATES_MESSAGE(1)).toBe(
      'One date in your saved progress was later than this device’s clock, so it was set to now. Check the date and time on this device if this keeps happening.',
    );
    expect(FUTURE_DATES_MESSAGE(3)).toBe(
      '3 dates in your saved progress were later than this device’s clock, so they were set to now. Check the date and time on this device if this keeps happening.',
    );
  });
});

describe('repairing stored progress', () => {
  it('keeps a time exactly now as it is', () => {
    const progress: Progress = { ...emptyProgress(), log: [{ questionId: 'q1', rating: Rating.Good, reviewedAt: MONDAY_9AM.toISOString(), mode: 'drill' }] };
    expect(repairProgress(progress, MONDAY_9AM).clamped).toBe(0);
    const later: Progress = { ...emptyProgress(), log: [{ questionId: 'q1', rating: Rating.Good, reviewedAt: at(MONDAY_9AM, 1).toISOString(), mode: 'drill' }] };
    expect(repairProgress(later, MONDAY_9AM).clamped).toBe(1);
  });

  it('drops reviews and notes of questions the deck lacks, and takes them off stories', () => {
    const progress: Progress = {
      ...emptyProgress(),
      log: [
        { questionId: 'kept', rating: Rating.Good, reviewedAt: MONDAY_9AM.toISOString(), mode: 'drill' },
        { questionId: 'gone', rating: Rating.Good, reviewedAt: MONDAY_9AM.toISOString(), mode: 'drill' },
      ],
      notes: { kept: { ...blankStar, action: 'Mine' }, gone: { ...blankStar, action: 'Lost' } },
      stories: { s1: { title: 'A story', ...blankStar, questionIds: ['gone', 'kept'] } },
    };
    const repaired = repairProgress(progress, at(MONDAY_9AM, minutes(1)), new Set(['kept']));
    expect(repaired.progress.log.map((e) => e.questionId)).toEqual(['kept']);
    expect(Object.keys(repaired.progress.notes)).toEqual(['kept']);
    expect(repaired.progress.stories.s1?.questionIds).toEqual(['kept']);
    expect(repaired.dropped).toBe(2);
  });
});
