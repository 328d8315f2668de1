/**
 * Builds the island's props from validated content. Pages call these at build time; the island
 * never sees content collections.
 */
import type { Occupation, Question, Skill } from '../content/schemas';
import { isLevel, type ProbeQuestion, type SkillProfile } from './types';

/**
 * The occupation's skills in the guide's order, each joined with its content. Throws at build
 * time on a skill without content or a level out of range: content validation should have
 * stopped the build first, so this is a bug to see, not to hide.
 */
export function toSkillProfile(occupationSkills: Occupation['skills'], skills: ReadonlyMap<string, Skill>): SkillProfile {
  const seen = new Set<string>();
  return occupationSkills.map((entry) => {
    const id = entry.skill.id;
    const skill = skills.get(id);
    if (!skill) throw new Error(`skill "${id}" has no entry in the skills content`);
    if (seen.has(id)) throw new Error(`skill "${id}" is listed twice for the occupation`);
    seen.add(id);
    const level = entry.entryLevel;
    if (!isLevel(level)) throw new Error(`skill "${id}": entry level ${level} is not 1 to 5`);
    return {
      id,
      name: skill.name,
      description: skill.description,
      levels: { 1: skill.levels[1], 3: skill.levels[3], 5: skill.levels[5] },
      improve: [...skill.improve],
      why: entry.why,
      entryLevel: level,
      entryLevelWhy: entry.entryLevelWhy,
    };
  });
}

/** The questions that apply to `occupation`, reduced to what the assessment links to. */
export function toProbeQuestions(questions: readonly Question[], occupation: string): ProbeQuestion[] {
  return questions
    .filter((question) => question.occupations.some((ref) => ref.id === occupation))
    .map((question) => ({ id: question.id, text: question.text, skills: question.skills.map((ref) => ref.id) }));
}
