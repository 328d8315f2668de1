import { describe, expect, it } from 'vitest';
import { scoreScenario, scoreSjt, type KeyedScenario } from '../../../src/lib/practice/sjt';

const refund: KeyedScenario = {
  id: 'refund',
  responses: [
    { id: 'a', rank: 2, skills: ['empathy'] },
    { id: 'b', rank: 1, skills: ['problem-solving', 'integrity'] },
    { id: 'c', rank: 4, skills: ['integrity'] },
    { id: 'd', rank: 3, skills: ['communication'] },
  ],
};
const angry: KeyedScenario = {
  id: 'angry',
  responses: [
    { id: 'a', rank: 1, skills: ['de-escalation'] },
    { id: 'b', rank: 2, skills: ['empathy'] },
    { id: 'c', rank: 3, skills: ['communication'] },
    { id: 'd', rank: 4, skills: ['de-escalation'] },
  ],
};

describe('situational-judgment scoring', () => {
  it('gives full credit for agreeing with the key on both picks', () => {
    expect(scoreScenario(refund, { most: 'b', least: 'c' })).toMatchObject({ most: 2, least: 2, total: 4, keyMost: 'b', keyLeast: 'c' });
  });

  it('gives partial credit for the next-best pick, none for picks further away', () => {
    expect(scoreScenario(refund, { most: 'a', least: 'd' })).toMatchObject({ most: 1, least: 1, total: 2 });
    expect(scoreScenario(refund, { most: 'c', least: 'b' })).toMatchObject({ most: 0, least: 0, total: 0 });
    expect(scoreScenario(refund, { most: 'd', least: 'c' })).toMatchObject({ most: 0, least: 2, total: 2 });
  });

  it('gives nothing when the same response is picked as most and least effective', () => {
    expect(scoreScenario(refund, { most: 'b', least: 'b' }).total).toBe(0);
  });

  it('totals the answered scenarios and names the skills scored under 60 %', () => {
    const result = scoreSjt([refund, angry], { refund: { most: 'b', least: 'c' }, angry: { most: 'b', least: 'c' } });
    expect(result).toMatchObject({ total: 6, max: 8 });
    // angry scored 2 of 4: its best response's skill is weak; refund's are not.
    expect(result.weak).toEqual(['de-escalation']);
    expect(result.skills[0]).toEqual({ skill: 'de-escalation', earned: 2, possible: 4 });
  });

  it('leaves unanswered scenarios out of the total', () => {
    expect(scoreSjt([refund, angry], { angry: { most: 'a', least: 'd' } })).toMatchObject({ total: 4, max: 4 });
  });
});
