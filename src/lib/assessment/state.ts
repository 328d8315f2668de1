/**
 * Every change the self-assessment makes to what it keeps, as pure functions of the current
 * state: rate a skill, write a note, finish, rate again from a result, save a shared result.
 */
import { addToHistory, completeAssessment } from './history';
import type { AssessmentState, CompletedAssessment, Ratings } from './schema';
import type { Level, SkillProfile } from './types';

export function rate(state: AssessmentState, skillId: string, level: Level): AssessmentState {
  return { ...state, draft: { ...state.draft, ratings: { ...state.draft.ratings, [skillId]: level } } };
}

export function note(state: AssessmentState, skillId: string, text: string): AssessmentState {
  return { ...state, draft: { ...state.draft, notes: { ...state.draft.notes, [skillId]: text } } };
}

/** Files the draft as a completed assessment at `now` and starts a clean draft. */
export function finish(state: AssessmentState, occupation: string, profile: SkillProfile, now: Date): AssessmentState {
  const done = completeAssessment(occupation, profile, state.draft, now);
  return { ...state, draft: { ratings: {}, notes: {} }, history: addToHistory(state.history, done) };
}

/** Starts a new draft from an earlier result, its ratings and notes filled in. */
export function rateAgain(state: AssessmentState, from: CompletedAssessment): AssessmentState {
  return { ...state, draft: { ratings: { ...from.ratings }, notes: { ...(from.notes ?? {}) } } };
}

/** Keeps a result someone shared by link as the user's own. */
export function saveShared(state: AssessmentState, occupation: string, shared: { ratings: Ratings; completedAt: string }): AssessmentState {
  return { ...state, history: addToHistory(state.history, { occupation, ratings: shared.ratings, completedAt: shared.completedAt }) };
}

/** The results dated no later than `now`, oldest first: a clock set wrong cannot pin "latest". */
export function pastResults(history: readonly CompletedAssessment[], now: Date): CompletedAssessment[] {
  return history.filter((entry) => Date.parse(entry.completedAt) <= now.getTime());
}

/** The latest result not dated in the future. */
export function latestResult(history: readonly CompletedAssessment[], now: Date): CompletedAssessment | undefined {
  return pastResults(history, now).at(-1);
}

export const FUTURE_RESULTS_MESSAGE = (count: number) =>
  `${count === 1 ? 'One saved result is' : `${count} saved results are`} dated later than this device’s clock, so ${count === 1 ? 'it is' : 'they are'} not taken as your latest. Check the date and time on this device.`;

/**
 * Where the one-skill-per-screen form opens: the first skill not yet rated, so a draft picks up
 * where it stopped; the first skill when none or all are rated.
 */
export function openingStep(profile: SkillProfile, ratings: Ratings): number {
  const index = profile.findIndex((skill) => !Object.hasOwn(ratings, skill.id));
  return index === -1 ? 0 : index;
}

/** The step `by` places on from `step`, never past the first or the last skill. */
export function moveStep(profile: SkillProfile, step: number, by: number): number {
  return Math.min(Math.max(step + by, 0), Math.max(profile.length - 1, 0));
}

/** The step that shows a skill, or null for an id the profile does not hold. */
export function stepOf(profile: SkillProfile, skillId: string): number | null {
  const index = profile.findIndex((skill) => skill.id === skillId);
  return index === -1 ? null : index;
}

/**
 * How many skills the form holds before its island is ready: the server's HTML and the hydrating
 * render. Three fill a first screen at any width; hydrating all fifteen would keep a phone busy for
 * the skills no one can see yet, and a phone shows one skill at a time once ready anyway.
 */
export const FIRST_VIEW_SKILLS = 3;

/**
 * The indexes of the skills the form holds: the first few until the island is ready, then the one
 * being rated on a phone (one skill per screen), else every skill.
 */
export function shownSkills(count: number, form: { ready: boolean; stepped: boolean; step: number }): number[] {
  if (count <= 0) return [];
  if (form.stepped) return [Math.min(Math.max(form.step, 0), count - 1)];
  return Array.from({ length: form.ready ? count : Math.min(FIRST_VIEW_SKILLS, count) }, (_, i) => i);
}
