import { describe, expect, it } from 'vitest';
import {
  addToHistory,
  completeAssessment,
  deltas,
  normaliseHistory,
  sinceLastTime,
} from '../../../src/lib/assessment/history';
import { HISTORY_CAP, type CompletedAssessment, type Ratings } from '../../../src/lib/assessment/schema';
import { atRequirement, csrProfile, days, later, MONDAY_9AM, OCCUPATION, ratingsWith } from './fixtures';

function completed(at: Date, ratings: Ratings = atRequirement(), occupation = OCCUPATION): CompletedAssessment {
  return { occupation, ratings, completedAt: at.toISOString() };
}

describe('completing an assessment', () => {
  it('keeps the ratings of the profile and the notes with something in them, stamped with now', () => {
    const draft = {
      ratings: { communication: 4 as const, empathy: 2 as const, 'old-skill': 1 as const },
      notes: { communication: '  Explained a refund policy to an upset caller.  ', empathy: '   ', 'old-skill': 'gone' },
    };
    expect(completeAssessment(OCCUPATION, csrProfile, draft, MONDAY_9AM)).toEqual({
      occupation: OCCUPATION,
      ratings: { communication: 4, empathy: 2 },
      notes: { communication: 'Explained a refund policy to an upset caller.' },
      completedAt: '2025-03-03T09:00:00.000Z',
    });
  });

  it('leaves notes out altogether when there are none', () => {
    const result = completeAssessment(OCCUPATION, csrProfile, { ratings: { rapport: 3 }, notes: {} }, MONDAY_9AM);
    expect(result).not.toHaveProperty('notes');
  });
});

describe('history', () => {
  it('keeps assessments oldest first, newest last, whatever order they were added in', () => {
    const first = completed(MONDAY_9AM);
    const second = completed(later(MONDAY_9AM, days(7)));
    expect(addToHistory([second], first)).toEqual([first, second]);
    expect(addToHistory([first], second)).toEqual([first, second]);
  });

  it(`keeps only the newest ${HISTORY_CAP}`, () => {
    let history: CompletedAssessment[] = [];
    for (let week = 0; week < HISTORY_CAP + 5; week++) history = addToHistory(history, completed(later(MONDAY_9AM, days(7 * week))));
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]?.completedAt).toBe(later(MONDAY_9AM, days(7 * 5)).toISOString());
    expect(history.at(-1)?.completedAt).toBe(later(MONDAY_9AM, days(7 * (HISTORY_CAP + 4))).toISOString());
  });

  it('replaces an assessment completed at the same instant rather than keeping both', () => {
    const old = completed(MONDAY_9AM, ratingsWith({ empathy: 1 }));
    const again = { ...completed(MONDAY_9AM, ratingsWith({ empathy: 5 })), completedAt: '2025-03-03T10:00:00+01:00' };
    expect(addToHistory([old], again)).toEqual([again]);
  });

  it('treats the same instant written with another offset as one assessment', () => {
    const utc = completed(MONDAY_9AM);
    const paris = { ...utc, completedAt: '2025-03-03T10:00:00+01:00' };
    expect(normaliseHistory([utc, paris])).toEqual([utc]);
  });
});

describe('deltas', () => {
  it('shows per skill how the rating moved, in the order given', () => {
    const previous = { communication: 2, empathy: 4, rapport: 3, integrity: 4 } as Ratings;
    const current = { communication: 3, empathy: 2, rapport: 3, 'de-escalation': 2 } as Ratings;
    expect(deltas(previous, current, ['communication', 'empathy', 'de-escalation', 'rapport', 'integrity', 'teamwork'])).toEqual([
      { id: 'communication', before: 2, after: 3, change: 1, kind: 'up' },
      { id: 'empathy', before: 4, after: 2, change: -2, kind: 'down' },
      { id: 'de-escalation', before: null, after: 2, change: null, kind: 'new' },
      { id: 'rapport', before: 3, after: 3, change: 0, kind: 'unchanged' },
      { id: 'integrity', before: 4, after: null, change: null, kind: 'unrated' },
    ]);
  });
});

describe('since last time', () => {
  it('has nothing to say after the first assessment', () => {
    expect(sinceLastTime([], csrProfile)).toBeNull();
    expect(sinceLastTime([completed(MONDAY_9AM)], csrProfile)).toBeNull();
  });

  it('compares the newest assessment with the one before it', () => {
    const history = [
      completed(MONDAY_9AM, ratingsWith({ empathy: 1 })),
      completed(later(MONDAY_9AM, days(7)), ratingsWith({ communication: 2, empathy: 2 })),
      completed(later(MONDAY_9AM, days(14)), ratingsWith({ communication: 4, empathy: 3 })),
    ];
    const summary = sinceLastTime(history, csrProfile);
    expect(summary).toMatchObject({
      previousAt: later(MONDAY_9AM, days(7)).toISOString(),
      currentAt: later(MONDAY_9AM, days(14)).toISOString(),
      readinessBefore: 94,
      readinessAfter: 100,
      readinessChange: 6,
      up: ['communication', 'empathy'],
      down: [],
      added: [],
    });
    expect(summary?.unchanged).toHaveLength(13);
  });

  it('skips assessments of another occupation kept in the same list', () => {
    const history = [
      completed(MONDAY_9AM, ratingsWith({ empathy: 1 })),
      completed(later(MONDAY_9AM, days(1)), { communication: 5 }, 'retail-salesperson'),
      completed(later(MONDAY_9AM, days(2)), ratingsWith({ empathy: 3 })),
    ];
    expect(sinceLastTime(history, csrProfile)?.previousAt).toBe(MONDAY_9AM.toISOString());
  });
});
