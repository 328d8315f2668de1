/**
 * "Focus on my weakest skills": the skills the saved self-assessment says to work on, in the
 * order they matter, so the drill can pick the questions that probe them.
 */
import type { AssessmentState } from '../assessment/schema';
import { importance } from '../assessment/score';
import type { Level } from '../assessment/types';

export interface RequiredLevel {
  id: string;
  entryLevel: Level;
}

/** The most recent ratings: the last completed assessment, else a draft with ratings in it. */
export function latestRatings(state: AssessmentState): Record<string, Level> | null {
  const last = state.history.at(-1);
  if (last) return last.ratings;
  return Object.keys(state.draft.ratings).length > 0 ? state.draft.ratings : null;
}

/**
 * Up to `limit` skill ids, biggest weighted gap first (gap × the skill's importance in the
 * guide's order). When nothing falls short, the skills with the smallest margin over what the
 * job needs come back instead, so the button always gives a focused deck after an assessment.
 * Skills the deck cannot filter by (`available`) are left out.
 */
export function focusSkills(
  state: AssessmentState | null,
  profile: readonly RequiredLevel[],
  available: readonly string[],
  limit = 3,
): string[] {
  if (!state) return [];
  const ratings = latestRatings(state);
  if (!ratings) return [];
  const usable = new Set(available);
  const scored = profile.flatMap((skill, index) => {
    const rating = Object.hasOwn(ratings, skill.id) ? ratings[skill.id] : undefined;
    if (rating === undefined || !usable.has(skill.id)) return [];
    const weight = importance(index, profile.length);
    return [{ id: skill.id, shortfall: (skill.entryLevel - rating) * weight, index }];
  });
  const gaps = scored.filter((s) => s.shortfall > 0);
  const pool = gaps.length > 0 ? gaps : scored;
  return pool
    .sort((a, b) => b.shortfall - a.shortfall || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.id);
}
