import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ratings } from '../../../src/lib/assessment/schema';
import {
  assess,
  gaps,
  importance,
  practiceHref,
  progress,
  readiness,
  sameRatingWarning,
  skillResults,
  meets,
  strengths,
} from '../../../src/lib/assessment/score';
import type { Level } from '../../../src/lib/assessment/types';
import { atRequirement, csrInput, csrProfile, csrSkillIds, OCCUPATION, ratingsWith, skill } from './fixtures';

const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);
/** Any subset of the CSR skills rated, at any level. */
const someRatings = fc.dictionary(fc.constantFrom(...csrSkillIds), level);
const allRatings = fc.tuple(...csrSkillIds.map(() => level)).map((levels) =>
  Object.fromEntries(csrSkillIds.map((id, i) => [id, levels[i]])) as Ratings,
);

describe('importance', () => {
  it('falls by one per place in the guide, so the first skill weighs twice the last', () => {
    const weights = csrProfile.map((_, i) => importance(i, csrProfile.length));
    expect(weights[0]).toBe(28);
    expect(weights.at(-1)).toBe(14);
    expect(weights.every((w, i) => i === 0 || w === (weights[i - 1] ?? 0) - 1)).toBe(true);
  });

  it('gives a profile of one skill a weight of 1', () => {
    expect(importance(0, 1)).toBe(1);
  });
});

describe('readiness', () => {
  it('is 100 when every skill is rated exactly at the level it needs', () => {
    expect(readiness(csrProfile, atRequirement())).toEqual({ percent: 100, rated: 15, total: 15, complete: true });
  });

  it('is the weighted share of required levels met, each skill capped at its requirement', () => {
    // Weights 4, 3, 2. Met: 4×2 + 3×min(5,2) + 2×4 = 22 of 4×3 + 3×2 + 2×4 = 26, i.e. 84.6 %.
    const profile = [skill('a', 3), skill('b', 2), skill('c', 4)];
    expect(readiness(profile, { a: 2, b: 5, c: 4 }).percent).toBe(84);
  });

  it('does not let a rating above the requirement make up for a gap elsewhere', () => {
    const everythingFiveButOne = Object.fromEntries(csrSkillIds.map((id) => [id, 5 as Level]));
    everythingFiveButOne['integrity'] = 3;
    expect(readiness(csrProfile, everythingFiveButOne).percent).toBeLessThan(100);
  });

  it('costs more for a gap in a skill the guide lists earlier', () => {
    const earlyGap = readiness(csrProfile, ratingsWith({ communication: 2 })).percent ?? 0;
    const lateGap = readiness(csrProfile, ratingsWith({ 'attention-to-detail': 2 })).percent ?? 0;
    expect(earlyGap).toBeLessThan(lateGap);
  });

  it('rounds down, so 100 means no gap at all', () => {
    // One level short on the last skill: 14 of 918 weighted levels missing, 98.47 %.
    expect(readiness(csrProfile, ratingsWith({ integrity: 3 })).percent).toBe(98);
    fc.assert(
      fc.property(allRatings, (ratings) => {
        const hasGap = csrProfile.some((s) => (ratings[s.id] ?? 0) < s.entryLevel);
        expect(readiness(csrProfile, ratings).percent === 100).toBe(!hasGap);
      }),
    );
  });

  it('never falls when a rating goes up, and stays within 0 to 100', () => {
    fc.assert(
      fc.property(allRatings, fc.constantFrom(...csrSkillIds), (ratings, id) => {
        const before = readiness(csrProfile, ratings).percent ?? -1;
        const raised = { ...ratings, [id]: Math.min(5, (ratings[id] ?? 1) + 1) as Level };
        const after = readiness(csrProfile, raised).percent ?? -1;
        expect(after).toBeGreaterThanOrEqual(before);
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('has no figure before anything is rated, and covers only the rated skills until all are', () => {
    expect(readiness(csrProfile, {})).toEqual({ percent: null, rated: 0, total: 15, complete: false });
    // Communication (weight 28) met, empathy (26) one of three: 110 of 162 weighted levels.
    expect(readiness(csrProfile, { communication: 3, empathy: 1 })).toEqual({ percent: 67, rated: 2, total: 15, complete: false });
  });

  it('ignores ratings of skills that are not in the profile', () => {
    expect(readiness(csrProfile, { ...atRequirement(), 'typing-speed': 1 }).percent).toBe(100);
    expect(readiness(csrProfile, { toString: 1 } as Ratings).percent).toBeNull();
  });
});

describe('skill results', () => {
  it('gives each skill its rating, the level it needs, the gap and the surplus, in the guide order', () => {
    const results = skillResults(csrProfile, { communication: 5, 'active-listening': 1 });
    expect(results.map((r) => r.id)).toEqual(csrSkillIds);
    expect(results[0]).toMatchObject({ id: 'communication', name: 'Communication', rating: 5, required: 3, gap: 0, surplus: 2, weight: 28 });
    expect(results[1]).toMatchObject({ id: 'active-listening', rating: 1, required: 3, gap: 2, surplus: 0 });
    expect(results[2]).toMatchObject({ id: 'empathy', rating: null, gap: 0, surplus: 0 });
  });
});

describe('strengths', () => {
  it('lists skills above their level, the widest margin first, then in the guide order', () => {
    const ratings: Ratings = { communication: 4, 'active-listening': 5, empathy: 4, rapport: 3, integrity: 5, 'de-escalation': 2 };
    expect(strengths(skillResults(csrProfile, ratings)).map((s) => s.id)).toEqual([
      'active-listening', // +2
      'communication', // +1, listed before empathy in the guide
      'empathy', // +1
      'integrity', // +1
    ]);
    expect(meets(skillResults(csrProfile, ratings)).map((s) => s.id)).toEqual(['rapport']);
  });
});

describe('gaps', () => {
  it('come in order of gap size times importance, ties in the guide order', () => {
    const ratings = ratingsWith({ integrity: 2, communication: 2, 'de-escalation': 1, empathy: 2 });
    const found = gaps(csrInput, skillResults(csrProfile, ratings));
    expect(found.map((g) => [g.id, g.gap, g.priority])).toEqual([
      ['de-escalation', 2, 48], // 2 levels × weight 24
      ['communication', 1, 28], // 1 × 28: ties with integrity, and comes first in the guide
      ['integrity', 2, 28], // 2 × 14
      ['empathy', 1, 26],
    ]);
  });

  it('each carry next steps, the questions that probe the skill and a link to practise it', () => {
    const [gap] = gaps(csrInput, skillResults(csrProfile, ratingsWith({ 'de-escalation': 1 })));
    expect(gap).toMatchObject({
      id: 'de-escalation',
      improve: ['Practise de-escalation daily.', 'Ask for feedback on de-escalation.'],
      questionIds: ['difficult-customer', 'explain-policy'],
      practiceHref: '/careers/customer-service-representative/interview/?skill=de-escalation',
    });
  });

  it('have no questions when none probes the skill', () => {
    const [gap] = gaps(csrInput, skillResults(csrProfile, ratingsWith({ teamwork: 1 })));
    expect(gap?.questionIds).toEqual([]);
  });

  it('leave out skills not rated yet', () => {
    expect(gaps(csrInput, skillResults(csrProfile, {}))).toEqual([]);
  });
});

describe('practice link', () => {
  it('opens the drill filtered to one skill', () => {
    expect(practiceHref(OCCUPATION, 'attention-to-detail')).toBe('/careers/customer-service-representative/interview/?skill=attention-to-detail');
  });
});

describe('same-rating warning', () => {
  it('asks for honest differences when every skill got the same rating', () => {
    const allThrees = Object.fromEntries(csrSkillIds.map((id) => [id, 3 as Level]));
    const warning = sameRatingWarning(allThrees);
    expect(warning).toMatchObject({ rating: 3, rated: 15 });
    expect(warning?.message).toMatch(/same rating \(3\).*rate each skill on its own/s);
  });

  it('stays quiet once one rating differs', () => {
    const ratings = Object.fromEntries(csrSkillIds.map((id) => [id, 5 as Level]));
    ratings['teamwork'] = 4;
    expect(sameRatingWarning(ratings)).toBeNull();
  });

  it('waits for three ratings before calling it a pattern', () => {
    expect(sameRatingWarning({})).toBeNull();
    expect(sameRatingWarning({ communication: 2, empathy: 2 })).toBeNull();
    expect(sameRatingWarning({ communication: 2, empathy: 2, rapport: 2 })).not.toBeNull();
  });

  it('judges only the skills of this profile in the results', () => {
    const ratings = { ...Object.fromEntries(csrSkillIds.map((id) => [id, 4 as Level])), 'old-skill': 1 as Level };
    expect(assess(csrInput, ratings).warning?.rating).toBe(4);
  });
});

describe('progress', () => {
  it('counts the rated skills of the profile and says where to pick up again', () => {
    expect(progress(csrProfile, { communication: 3, empathy: 4, 'old-skill': 2 })).toEqual({
      rated: 2,
      total: 15,
      complete: false,
      nextUnrated: 'active-listening',
    });
    expect(progress(csrProfile, atRequirement())).toEqual({ rated: 15, total: 15, complete: true, nextUnrated: null });
  });
});

describe('assess', () => {
  it('puts the whole results view together', () => {
    const result = assess(csrInput, ratingsWith({ communication: 5, 'de-escalation': 2 }));
    expect(result.readiness).toMatchObject({ complete: true, percent: 97 });
    expect(result.skills).toHaveLength(15);
    expect(result.strengths[0]?.id).toBe('communication');
    expect(result.gaps.map((g) => g.id)).toEqual(['de-escalation']);
    expect(result.warning).toBeNull();
  });

  it('agrees with the separate functions on any ratings', () => {
    fc.assert(
      fc.property(someRatings, (ratings) => {
        const result = assess(csrInput, ratings);
        expect(result.readiness).toEqual(readiness(csrProfile, ratings));
        expect(result.strengths.length + result.meets.length + result.gaps.length).toBe(Object.keys(ratings).length);
      }),
    );
  });
});
