import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/lib/assessment/score';
import { resultWords, verdict } from '../../../src/lib/assessment/verdict';
import type { Level } from '../../../src/lib/assessment/types';
import { csrInput, csrProfile, ratingsWith } from './fixtures';

const allMet = () => Object.fromEntries(csrProfile.map((s) => [s.id, s.entryLevel as Level]));

describe('the verdict', () => {
  it('never says "start applying" with a skill rated 1 against a need of 3 or more', () => {
    for (const skill of csrProfile.filter((s) => s.entryLevel >= 3)) {
      const result = assess(csrInput, { ...allMet(), [skill.id]: 1 });
      const v = verdict(result, 'self');
      expect(v?.band.id, skill.id).toBe('getting-there');
      expect(v?.advice.join(' ')).not.toMatch(/start applying|Apply,/);
      expect(v?.advice[0]).toContain(`${skill.name} is ${skill.entryLevel - 1} levels below what a new hire needs`);
      expect(v?.cappedBy?.id).toBe(skill.id);
    }
  });

  it('lets a one-level gap through: training covers it', () => {
    const v = verdict(assess(csrInput, ratingsWith({ communication: 2 })), 'self');
    expect(v).toMatchObject({ band: { id: 'ready' }, cappedBy: null });
  });

  it('names a blocking gap without capping a verdict already below the cap', () => {
    const allOnes = Object.fromEntries(csrProfile.map((s) => [s.id, 1 as Level]));
    const v = verdict(assess(csrInput, allOnes), 'self');
    expect(v?.band.id).toBe('building');
    expect(v?.cappedBy).toBeNull();
    expect(v?.advice[0]).toMatch(/more skills are that far below too/);
  });

  it('speaks of “this person” in a shared result, never of “you”', () => {
    const shared = verdict(assess(csrInput, { ...allMet(), [csrProfile[0]!.id]: 1 }), 'shared');
    const text = shared?.advice.join(' ') ?? '';
    expect(text).toContain('this person rated it 1');
    expect(text).not.toMatch(/\byou(r)?\b/i);
    const words = resultWords('shared');
    expect(Object.values(words).filter((w) => typeof w === 'string').join(' ')).not.toMatch(/\byou(r)?\b/i);
    expect(words.readiness).toBe('This person’s readiness');
  });
});

describe('strengths and meets', () => {
  it('keeps strengths for skills above need and lists skills that only meet it apart', () => {
    const result = assess(csrInput, { ...allMet(), communication: 5, empathy: 4 });
    expect(result.strengths.map((s) => s.id)).toEqual(['communication', 'empathy']);
    expect(result.meets).toHaveLength(csrProfile.length - 2);
    expect(result.meets.some((s) => s.id === 'communication')).toBe(false);
  });
});
