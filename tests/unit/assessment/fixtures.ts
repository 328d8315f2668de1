import type { Ratings } from '../../../src/lib/assessment/schema';
import type { AssessmentInput, Level, ProbeQuestion, ProfileSkill, SkillProfile } from '../../../src/lib/assessment/types';

export const OCCUPATION = 'customer-service-representative';

export function skill(id: string, entryLevel: Level): ProfileSkill {
  return {
    id,
    name: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    description: `What ${id} is.`,
    levels: { 1: `New to ${id}.`, 3: `Steady at ${id}.`, 5: `Could teach ${id}.` },
    improve: [`Practise ${id} daily.`, `Ask for feedback on ${id}.`],
    why: `Why ${id} matters.`,
    entryLevel,
    entryLevelWhy: `Why level ${entryLevel}.`,
  };
}

/** The Customer Service Representative profile as the guide lists it: ids, order and levels. */
export const csrProfile: SkillProfile = [
  skill('communication', 3),
  skill('active-listening', 3),
  skill('empathy', 3),
  skill('problem-solving', 3),
  skill('de-escalation', 3),
  skill('product-knowledge', 2),
  skill('computer-literacy', 3),
  skill('rapport', 3),
  skill('organization', 3),
  skill('resilience', 3),
  skill('attention-to-detail', 3),
  skill('teamwork', 2),
  skill('commercial-awareness', 2),
  skill('dependability', 4),
  skill('integrity', 4),
];
export const csrSkillIds = csrProfile.map((s) => s.id);

export const questions: ProbeQuestion[] = [
  { id: 'difficult-customer', text: 'Tell me about an angry customer.', skills: ['de-escalation', 'empathy', 'resilience'] },
  { id: 'staying-organized', text: 'How do you stay organized?', skills: ['organization', 'attention-to-detail', 'computer-literacy'] },
  { id: 'explain-policy', text: 'Explain a policy the customer dislikes.', skills: ['communication', 'de-escalation'] },
  { id: 'said-no', text: 'When did you say no to a customer?', skills: ['integrity', 'communication'] },
];

export const csrInput: AssessmentInput = { occupation: OCCUPATION, profile: csrProfile, questions };

/** Every skill at exactly the level it needs. */
export function atRequirement(profile: SkillProfile = csrProfile): Ratings {
  return Object.fromEntries(profile.map((s) => [s.id, s.entryLevel]));
}

/** `atRequirement` with some ratings changed. */
export function ratingsWith(changes: Ratings, profile: SkillProfile = csrProfile): Ratings {
  return { ...atRequirement(profile), ...changes };
}

export const MONDAY_9AM = new Date('2025-03-03T09:00:00.000Z');
export const days = (n: number) => n * 86_400_000;
export const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
