/**
 * What the self-assessment island receives as props: plain, serialisable data built by the page
 * at build time (see `profile.ts`), so nothing here needs content collections to be tested.
 */

/** A self-rating, and the level a skill needs: 1 (new to it) to 5 (could teach it). */
export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export function isLevel(value: unknown): value is Level {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Behavior that anchors the scale; 2 and 4 sit between, as on a paper self-check. */
export interface LevelDescriptions {
  1: string;
  3: string;
  5: string;
}

/** One skill of an occupation's profile: what it is and the level an entry-level hire needs. */
export interface ProfileSkill {
  id: string;
  name: string;
  description: string;
  levels: LevelDescriptions;
  /** Concrete ways to get better, shown as next steps for a gap. */
  improve: string[];
  /** Why the skill matters in this occupation. */
  why: string;
  entryLevel: Level;
  entryLevelWhy: string;
}

/**
 * The skills in the guide's order. The order carries meaning: the guide lists first what matters
 * most for the job, so scoring weighs earlier skills more (see `importance` in `score.ts`).
 */
export type SkillProfile = readonly ProfileSkill[];

/** An interview question, reduced to what the assessment links to. */
export interface ProbeQuestion {
  id: string;
  text: string;
  /** Ids of the skills it probes. */
  skills: string[];
}

/** Everything the island gets for one occupation. */
export interface AssessmentInput {
  occupation: string;
  profile: SkillProfile;
  questions: readonly ProbeQuestion[];
}
