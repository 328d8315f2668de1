import { describe, expect, it } from 'vitest';
import type { Occupation, Question, Skill } from '../../../src/lib/content/schemas';
import { toProbeQuestions, toSkillProfile } from '../../../src/lib/assessment/profile';

const skillContent = (name: string): Skill => ({
  name,
  description: `${name} described.`,
  levels: { 1: 'Beginner.', 3: 'Steady.', 5: 'Expert.' },
  improve: ['Practise.'],
});
const skills = new Map<string, Skill>([
  ['empathy', skillContent('Empathy')],
  ['de-escalation', skillContent('De-escalation')],
]);
const entry = (id: string, entryLevel = 3): Occupation['skills'][number] => ({
  skill: { collection: 'skills', id },
  why: `Why ${id}.`,
  entryLevel,
  entryLevelWhy: `Why level ${entryLevel}.`,
});

function question(id: string, skillIds: string[], occupations: string[]): Question {
  return {
    id,
    text: `${id}?`,
    purpose: 'Purpose.',
    category: 'behavioral',
    skills: skillIds.map((s) => ({ collection: 'skills', id: s })),
    occupations: occupations.map((o) => ({ collection: 'occupations', id: o })),
    strongAnswer: ['A story.'],
    pitfalls: ['Blame.'],
    followUps: [],
    featured: false,
    wording: [],
  };
}

describe('building the island props', () => {
  it('joins each of the occupation skills with its content, in the guide order', () => {
    const profile = toSkillProfile([entry('de-escalation', 4), entry('empathy')], skills);
    expect(profile.map((s) => s.id)).toEqual(['de-escalation', 'empathy']);
    expect(profile[0]).toEqual({
      id: 'de-escalation',
      name: 'De-escalation',
      description: 'De-escalation described.',
      levels: { 1: 'Beginner.', 3: 'Steady.', 5: 'Expert.' },
      improve: ['Practise.'],
      why: 'Why de-escalation.',
      entryLevel: 4,
      entryLevelWhy: 'Why level 4.',
    });
  });

  it('stops the build on a skill without content, listed twice or with a level out of range', () => {
    expect(() => toSkillProfile([entry('typing')], skills)).toThrow(/typing/);
    expect(() => toSkillProfile([entry('empathy'), entry('empathy')], skills)).toThrow(/twice/);
    expect(() => toSkillProfile([entry('empathy', 6)], skills)).toThrow(/not 1 to 5/);
  });

  it('keeps the questions of this occupation with the skills they probe', () => {
    const found = toProbeQuestions(
      [question('angry-caller', ['de-escalation', 'empathy'], ['customer-service-representative']), question('sales-pitch', ['empathy'], ['retail'])],
      'customer-service-representative',
    );
    expect(found).toEqual([{ id: 'angry-caller', text: 'angry-caller?', skills: ['de-escalation', 'empathy'] }]);
  });
});
