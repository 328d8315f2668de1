import { describe, expect, it } from 'vitest';
import { focusSkills, latestRatings } from '../../../src/lib/drill/focus';
import { all, assessed, profile } from './focus-fixtures';

describe('focus on my weakest skills', () => {
  it('gives nothing without a saved assessment', () => {
    expect(focusSkills(null, profile, all)).toEqual([]);
    expect(focusSkills(assessed({}), profile, all)).toEqual([]);
  });

  it('orders gaps by shortfall weighted by the skill’s place in the guide', () => {
    // communication: 1 short × weight 6; de-escalation: 2 short × weight 4; empathy met.
    const skills = focusSkills(assessed({ communication: 3, empathy: 4, 'de-escalation': 1, typing: 3 }), profile, all);
    expect(skills).toEqual(['de-escalation', 'communication']);
  });

  it('uses the newest completed assessment, not an older one', () => {
    const s = assessed({ communication: 1, empathy: 4, 'de-escalation': 3, typing: 3 });
    s.history.push({ occupation: 'csr', ratings: { communication: 5, empathy: 2, 'de-escalation': 3, typing: 3 }, completedAt: '2026-11-20T10:00:00.000Z' });
    expect(focusSkills(s, profile, all)).toEqual(['empathy']);
  });

  it('falls back to a draft when no assessment was completed', () => {
    expect(latestRatings(assessed({}, { typing: 1 }))).toEqual({ typing: 1 });
    expect(focusSkills(assessed({}, { typing: 1 }), profile, all)).toEqual(['typing']);
  });

  it('with no gap, picks the skills with the thinnest margin', () => {
    const skills = focusSkills(assessed({ communication: 5, empathy: 4, 'de-escalation': 5, typing: 5 }), profile, all, 1);
    expect(skills).toEqual(['empathy']);
  });

  it('leaves out skills no question in the deck probes', () => {
    expect(focusSkills(assessed({ communication: 4, empathy: 4, 'de-escalation': 3, typing: 1 }), profile, ['empathy'])).toEqual(['empathy']);
  });
});
