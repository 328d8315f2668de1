/**
 * How a set of self-ratings measures up to an occupation's profile: one readiness figure, each
 * skill against the level it needs, strengths, and gaps in the order worth working on them.
 */
import type { Ratings } from './schema';
import type { AssessmentInput, Level, ProfileSkill, SkillProfile } from './types';

/**
 * The weight of the skill at `index` among `count`: it falls in a straight line from 2(n−1) for
 * the first skill to n−1 for the last, so the guide's order counts (the first skill weighs twice
 * the last) but no skill stops mattering. Whole numbers keep every sum exact.
 */
export function importance(index: number, count: number): number {
  return count <= 1 ? 1 : 2 * (count - 1) - index;
}

export interface SkillResult {
  id: string;
  name: string;
  /** Null until the skill is rated. */
  rating: Level | null;
  /** The level an entry-level hire needs. */
  required: Level;
  /** Levels still to reach (required − rating), never negative; 0 while unrated. */
  gap: number;
  /** Levels above what is required (rating − required), never negative; 0 while unrated. */
  surplus: number;
  weight: number;
}

/** Each skill of the profile in the guide's order. Ratings for skills not in it are ignored. */
export function skillResults(profile: SkillProfile, ratings: Ratings): SkillResult[] {
  return profile.map((skill, index) => {
    const rating = ratingOf(ratings, skill.id);
    const required = skill.entryLevel;
    return {
      id: skill.id,
      name: skill.name,
      rating,
      required,
      gap: rating === null ? 0 : Math.max(0, required - rating),
      surplus: rating === null ? 0 : Math.max(0, rating - required),
      weight: importance(index, profile.length),
    };
  });
}

function ratingOf(ratings: Ratings, id: string): Level | null {
  // Own keys only: a skill id must never find something on Object.prototype.
  return Object.hasOwn(ratings, id) ? (ratings[id] ?? null) : null;
}

export interface Readiness {
  /**
   * 0–100, rounded down, or null while nothing is rated: the weighted share of the required
   * levels met, where each rated skill counts up to its requirement and no further
   * (Σ weight × min(rating, required) ÷ Σ weight × required, over rated skills). Rating above a
   * requirement cannot hide a gap elsewhere, and rounding down keeps 100 for "every skill met".
   */
  percent: number | null;
  rated: number;
  total: number;
  /** False while some skills are unrated: the figure then covers only those rated. */
  complete: boolean;
}

export function readiness(profile: SkillProfile, ratings: Ratings): Readiness {
  return readinessOf(skillResults(profile, ratings));
}

function readinessOf(results: readonly SkillResult[]): Readiness {
  let met = 0;
  let needed = 0;
  let rated = 0;
  for (const skill of results) {
    if (skill.rating === null) continue;
    rated += 1;
    met += skill.weight * Math.min(skill.rating, skill.required);
    needed += skill.weight * skill.required;
  }
  return {
    percent: rated === 0 ? null : Math.floor((100 * met) / needed),
    rated,
    total: results.length,
    complete: rated === results.length,
  };
}

/** Rated skills above their level, the widest margin first, then in the guide's order. */
export function strengths(results: readonly SkillResult[]): SkillResult[] {
  return results
    .map((skill, order) => ({ skill, order }))
    .filter(({ skill }) => skill.rating !== null && skill.surplus > 0)
    .sort((a, b) => b.skill.surplus - a.skill.surplus || a.order - b.order)
    .map(({ skill }) => skill);
}

/** Rated skills exactly at their level, in the guide's order: not a strength, not a gap. */
export function meets(results: readonly SkillResult[]): SkillResult[] {
  return results.filter((skill) => skill.rating !== null && skill.gap === 0 && skill.surplus === 0);
}

/**
 * How far below its level a skill may be before it alone holds the verdict back. One level
 * short is what training for new hires covers; more than one is not.
 */
export const BLOCKING_GAP = 2;

/** Skills more than one level short, the widest gap first, then the more important skill. */
export function blockingGaps(results: readonly SkillResult[]): SkillResult[] {
  return results
    .map((skill, order) => ({ skill, order }))
    .filter(({ skill }) => skill.gap >= BLOCKING_GAP)
    .sort((a, b) => b.skill.gap - a.skill.gap || b.skill.weight - a.skill.weight || a.order - b.order)
    .map(({ skill }) => skill);
}

export interface Gap extends SkillResult {
  /** gap × weight: how much closing it would lift readiness. Gaps are sorted by it. */
  priority: number;
  /** Next steps: ways to improve from the skills content. */
  improve: string[];
  /** Questions that probe the skill, in the order given. */
  questionIds: string[];
  /** The drill, filtered to this skill. */
  practiceHref: string;
}

/** `/careers/customer-service-representative/interview/?skill=empathy` */
export function practiceHref(occupation: string, skillId: string): string {
  return `/careers/${encodeURIComponent(occupation)}/interview/?${new URLSearchParams({ skill: skillId }).toString()}`;
}

/**
 * Rated skills below their level, by how much closing each gap would lift readiness
 * (gap × importance), ties in the guide's order.
 */
export function gaps(input: AssessmentInput, results: readonly SkillResult[]): Gap[] {
  const byId = new Map<string, ProfileSkill>(input.profile.map((skill) => [skill.id, skill]));
  return results
    .map((skill, order) => ({ skill, order, priority: skill.gap * skill.weight }))
    .filter(({ skill }) => skill.gap > 0)
    .sort((a, b) => b.priority - a.priority || a.order - b.order)
    .map(({ skill, priority }) => ({
      ...skill,
      priority,
      improve: [...(byId.get(skill.id)?.improve ?? [])],
      questionIds: input.questions.filter((q) => q.skills.includes(skill.id)).map((q) => q.id),
      practiceHref: practiceHref(input.occupation, skill.id),
    }));
}

/** Below this many ratings, giving all the same is not yet a pattern. */
export const SAME_RATING_MIN_RATED = 3;

export interface SameRatingWarning {
  rating: Level;
  rated: number;
  message: string;
}

/**
 * Every rated skill rated alike usually means the scale was not read, not that someone is equally
 * strong at everything; good self-assessments ask for honest differences.
 */
export function sameRatingWarning(ratings: Ratings): SameRatingWarning | null {
  const values = Object.values(ratings);
  const [first] = values;
  if (first === undefined || values.length < SAME_RATING_MIN_RATED) return null;
  if (values.some((value) => value !== first)) return null;
  return {
    rating: first,
    rated: values.length,
    message:
      `You gave every skill the same rating (${first}). Few people are equally strong at everything. ` +
      'Read the descriptions of each level again and rate each skill on its own: honest differences ' +
      'are what make your strengths and gaps useful.',
  };
}

export interface Progress {
  rated: number;
  total: number;
  complete: boolean;
  /** Where to pick up again: the first unrated skill in the guide's order. */
  nextUnrated: string | null;
}

export function progress(profile: SkillProfile, ratings: Ratings): Progress {
  const unrated = profile.filter((skill) => ratingOf(ratings, skill.id) === null);
  return {
    rated: profile.length - unrated.length,
    total: profile.length,
    complete: unrated.length === 0,
    nextUnrated: unrated[0]?.id ?? null,
  };
}

export interface AssessmentResult {
  readiness: Readiness;
  /** Every skill in the guide's order: the rating-against-profile chart and its table. */
  skills: SkillResult[];
  /** Above the level a new hire needs. */
  strengths: SkillResult[];
  /** Exactly at that level. */
  meets: SkillResult[];
  gaps: Gap[];
  /** Gaps wide enough to cap the verdict (see `verdict` in verdict.ts). */
  blocking: SkillResult[];
  warning: SameRatingWarning | null;
}

/** The whole results view in one call. */
export function assess(input: AssessmentInput, ratings: Ratings): AssessmentResult {
  const skills = skillResults(input.profile, ratings);
  const rated: Ratings = {};
  for (const skill of skills) if (skill.rating !== null) rated[skill.id] = skill.rating;
  return {
    readiness: readinessOf(skills),
    skills,
    strengths: strengths(skills),
    meets: meets(skills),
    gaps: gaps(input, skills),
    blocking: blockingGaps(skills),
    // Only ratings of this profile: a stale rating of a removed skill says nothing about this one.
    warning: sameRatingWarning(rated),
  };
}
