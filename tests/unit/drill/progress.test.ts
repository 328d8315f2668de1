import { describe, expect, it } from 'vitest';
import { isExtraPractice, emptyProgress, setInterviewDate } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { progressSchema } from '../../../src/lib/drill/progress-schema';
import { Rating, State } from '../../../src/lib/drill/schedule';
import { at, minutes, MONDAY_9AM } from './fixtures';

describe('the progress record', () => {
  it('starts a new learner with exactly the schema’s defaults', () => {
    expect(emptyProgress()).toEqual(progressSchema.parse({}));
  });

  it('starts empty with default settings: twenty new cards and 200 reviews a day, mock of five, no countdown', () => {
    expect(emptyProgress()).toEqual({
      cards: {},
      custom: {},
      log: [],
      notes: {},
      stories: {},
      settings: { newPerDay: 20, reviewsPerDay: 200, mockLength: 5, readAloud: true, speechRate: 1, countdownSeconds: 0 },
    });
  });

  it('rejects ids that are not question ids', () => {
    expect(progressSchema.safeParse({ notes: { 'Angry Customer': {} } }).success).toBe(false);
    expect(progressSchema.safeParse({ cards: { '': {} } }).success).toBe(false);
  });

  it('never lets a __proto__ key reach an object’s prototype', () => {
    const parsed = progressSchema.parse({ notes: JSON.parse('{"__proto__": {"situation": "x"}}') });
    expect(Object.keys(parsed.notes)).toEqual([]);
    expect((parsed.notes as { situation?: string }).situation).toBeUndefined();
  });

  it('keeps the settings a user chose when other fields are missing', () => {
    expect(progressSchema.parse({ settings: { newPerDay: 4 } }).settings).toEqual({ newPerDay: 4, reviewsPerDay: 200, mockLength: 5, readAloud: true, speechRate: 1, countdownSeconds: 0 });
  });
});

describe('recording a review', () => {
  it('grades the card and logs the review with its mode', () => {
    const progress = recordReview(emptyProgress(), 'angry-customer', Rating.Good, MONDAY_9AM, 'drill');
    expect(progress.cards['angry-customer']).toMatchObject({ state: State.Learning, reps: 1 });
    expect(progress.log).toEqual([{ questionId: 'angry-customer', rating: Rating.Good, reviewedAt: MONDAY_9AM.toISOString(), mode: 'drill' }]);
  });

  it('lets a mock interview feed the schedule too', () => {
    const progress = recordReview(emptyProgress(), 'angry-customer', Rating.Hard, MONDAY_9AM, 'mock');
    expect(progress.cards['angry-customer']?.reps).toBe(1);
    expect(isExtraPractice('mock')).toBe(false);
    expect(isExtraPractice('drill')).toBe(false);
  });

  it('keeps extra practice out of the schedule', () => {
    const drilled = recordReview(emptyProgress(), 'angry-customer', Rating.Good, MONDAY_9AM, 'drill');
    const practised = recordReview(drilled, 'angry-customer', Rating.Again, at(MONDAY_9AM, minutes(2)), 'extra');
    expect(practised.cards).toBe(drilled.cards);
    expect(practised.log).toHaveLength(2);
    expect(isExtraPractice('extra')).toBe(true);
  });

  it('does not change the progress it was given', () => {
    const before = emptyProgress();
    recordReview(before, 'angry-customer', Rating.Good, MONDAY_9AM, 'drill');
    expect(before).toEqual(emptyProgress());
  });

  it('stores the interview date as an instant and can clear it', () => {
    const withDate = setInterviewDate(emptyProgress(), new Date('2025-03-07T14:00:00.000Z'));
    expect(withDate.interviewDate).toBe('2025-03-07T14:00:00.000Z');
    expect('interviewDate' in setInterviewDate(withDate, null)).toBe(false);
  });
});
