/**
 * Completed assessments over time: finishing one, keeping the last few, and what changed since
 * the one before.
 */
import { HISTORY_CAP, type AssessmentHistory, type CompletedAssessment, type Draft, type Ratings } from './schema';
import { readiness } from './score';
import type { Level, SkillProfile } from './types';

/**
 * Turns the ratings in progress into a completed assessment. Only skills of the profile are kept,
 * and only notes with something in them.
 */
export function completeAssessment(occupation: string, profile: SkillProfile, draft: Draft, now: Date): CompletedAssessment {
  const ratings: Ratings = {};
  const notes: Record<string, string> = {};
  for (const { id } of profile) {
    const rating = Object.hasOwn(draft.ratings, id) ? draft.ratings[id] : undefined;
    if (rating !== undefined) ratings[id] = rating;
    const note = Object.hasOwn(draft.notes, id) ? draft.notes[id]?.trim() : undefined;
    if (note) notes[id] = note;
  }
  const completed: CompletedAssessment = { occupation, ratings, completedAt: now.toISOString() };
  if (Object.keys(notes).length > 0) completed.notes = notes;
  return completed;
}

/** The instant, so `…T09:00:00Z` and `…T10:00:00+01:00` are the same assessment. */
function instant(entry: CompletedAssessment): number {
  return Date.parse(entry.completedAt);
}

/**
 * Oldest first, one entry per instant (the first one met wins). Nothing is dropped here: the cap
 * is applied only where the reader's own action makes room (`addToHistory`) or agrees to it.
 */
export function normaliseHistory(entries: readonly CompletedAssessment[]): AssessmentHistory {
  const seen = new Set<number>();
  const unique = entries.filter((entry) => {
    const key = instant(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => instant(a) - instant(b));
}

/** The newest `cap` of a normalised history. */
export function capHistory(history: AssessmentHistory, cap: number = HISTORY_CAP): AssessmentHistory {
  return history.length > cap ? history.slice(-cap) : history;
}

/**
 * Adds a finished assessment; one completed at the same instant as a kept one replaces it.
 * Past the cap, the oldest goes to make room for the one just finished.
 */
export function addToHistory(history: readonly CompletedAssessment[], assessment: CompletedAssessment): AssessmentHistory {
  return capHistory(normaliseHistory([assessment, ...history]));
}

export type DeltaKind = 'up' | 'down' | 'unchanged' | 'new' | 'unrated';

export interface SkillDelta {
  id: string;
  before: Level | null;
  after: Level | null;
  /** after − before; null unless rated both times. */
  change: number | null;
  /** `new`: rated now, not last time. `unrated`: rated last time, not now. */
  kind: DeltaKind;
}

function ratingOf(ratings: Ratings, id: string): Level | null {
  return Object.hasOwn(ratings, id) ? (ratings[id] ?? null) : null;
}

/** The change per skill, in the order of `skillIds`; skills rated neither time are left out. */
export function deltas(previous: Ratings, current: Ratings, skillIds: readonly string[]): SkillDelta[] {
  const result: SkillDelta[] = [];
  for (const id of skillIds) {
    const before = ratingOf(previous, id);
    const after = ratingOf(current, id);
    if (before === null && after === null) continue;
    if (before === null) result.push({ id, before, after, change: null, kind: 'new' });
    else if (after === null) result.push({ id, before, after, change: null, kind: 'unrated' });
    else {
      const change = after - before;
      result.push({ id, before, after, change, kind: change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged' });
    }
  }
  return result;
}

export interface SinceLastTime {
  previousAt: string;
  currentAt: string;
  /** Readiness then and now (see `readiness`), against today's profile for a fair comparison. */
  readinessBefore: number | null;
  readinessAfter: number | null;
  /** Percentage points; null when either figure is missing. */
  readinessChange: number | null;
  deltas: SkillDelta[];
  /** Skill ids by kind of change, in the guide's order. */
  up: string[];
  down: string[];
  unchanged: string[];
  added: string[];
}

/** How `current` differs from `previous`, measured against one profile. */
export function compareAssessments(
  previous: CompletedAssessment,
  current: CompletedAssessment,
  profile: SkillProfile,
): SinceLastTime {
  const changes = deltas(
    previous.ratings,
    current.ratings,
    profile.map((skill) => skill.id),
  );
  const ids = (kind: DeltaKind) => changes.filter((d) => d.kind === kind).map((d) => d.id);
  const before = readiness(profile, previous.ratings).percent;
  const after = readiness(profile, current.ratings).percent;
  return {
    previousAt: previous.completedAt,
    currentAt: current.completedAt,
    readinessBefore: before,
    readinessAfter: after,
    readinessChange: before === null || after === null ? null : after - before,
    deltas: changes,
    up: ids('up'),
    down: ids('down'),
    unchanged: ids('unchanged'),
    added: ids('new'),
  };
}

/**
 * The newest assessment against the one before it for the same occupation, or null when there is
 * nothing to compare yet.
 */
export function sinceLastTime(history: readonly CompletedAssessment[], profile: SkillProfile): SinceLastTime | null {
  const sorted = normaliseHistory(history);
  const current = sorted.at(-1);
  if (!current) return null;
  const previous = sorted.slice(0, -1).findLast((entry) => entry.occupation === current.occupation);
  return previous ? compareAssessments(previous, current, profile) : null;
}
