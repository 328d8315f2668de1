import { describe, expect, it } from 'vitest';
import { assessmentDate, deltaLabel, readinessBand, sinceLastTimeText } from '../../../src/lib/assessment/format';
import { sinceLastTime } from '../../../src/lib/assessment/history';
import { readiness } from '../../../src/lib/assessment/score';
import type { Level } from '../../../src/lib/assessment/types';
import { csrProfile, csrSkillIds, OCCUPATION, ratingsWith } from './fixtures';

const percentFor = (changes: Record<string, Level>) => readiness(csrProfile, ratingsWith(changes)).percent ?? -1;

describe('readiness bands', () => {
  it.each([
    [100, 'Ready to apply'],
    [95, 'Ready to apply'],
    [94, 'Nearly there'],
    [80, 'Nearly there'],
    [79, 'Getting there'],
    [50, 'Getting there'],
    [49, 'Building up'],
    [0, 'Building up'],
  ])('puts %i%% in "%s"', (percent, label) => {
    expect(readinessBand(percent).label).toBe(label);
  });

  it('match the examples documented for the CSR profile', () => {
    expect(readinessBand(percentFor({ communication: 2 })).id).toBe('ready');
    expect(readinessBand(percentFor({ communication: 1 })).id).toBe('nearly');
    expect(readinessBand(percentFor({ communication: 2, 'active-listening': 2, empathy: 2 })).id).toBe('nearly');
    const oneShortEverywhere = Object.fromEntries(csrProfile.map((s) => [s.id, (s.entryLevel - 1) as Level]));
    expect(readinessBand(readiness(csrProfile, oneShortEverywhere).percent ?? -1).id).toBe('getting-there');
    const allOnes = Object.fromEntries(csrSkillIds.map((id) => [id, 1 as Level]));
    expect(readinessBand(readiness(csrProfile, allOnes).percent ?? -1).id).toBe('building');
  });
});

describe('change labels', () => {
  it('show the direction with a plus or a true minus sign', () => {
    expect(deltaLabel({ kind: 'up', change: 1 })).toBe('+1');
    expect(deltaLabel({ kind: 'down', change: -2 })).toBe('−2');
    expect(deltaLabel({ kind: 'unchanged', change: 0 })).toBe('unchanged');
    expect(deltaLabel({ kind: 'new', change: null })).toBe('new');
    expect(deltaLabel({ kind: 'unrated', change: null })).toBe('not rated');
  });
});

describe('dates and summaries', () => {
  it('write the date in the zone given', () => {
    expect(assessmentDate('2025-03-03T02:00:00Z', 'UTC')).toBe('March 3, 2025');
    expect(assessmentDate('2025-03-03T02:00:00Z', 'America/Chicago')).toBe('March 2, 2025');
  });

  it('sum up what changed since last time in one sentence', () => {
    const summary = sinceLastTime(
      [
        { occupation: OCCUPATION, ratings: ratingsWith({ communication: 2, empathy: 4 }), completedAt: '2025-03-03T09:00:00Z' },
        { occupation: OCCUPATION, ratings: ratingsWith({ communication: 4, empathy: 3, 'de-escalation': 2 }), completedAt: '2025-03-10T09:00:00Z' },
      ],
      csrProfile,
    );
    expect(summary && sinceLastTimeText(summary, 'UTC')).toBe('Since March 3, 2025: 1 skill up, 2 down, 12 unchanged. Readiness 96% → 97%.');
  });
});
