/**
 * The four grades and their words. Plain numbers typed as ts-fsrs's `Rating` members (the type
 * check fails if ts-fsrs numbers them otherwise), so the first view can name and check grades
 * without loading the scheduler.
 */
import type { Grade, Rating } from 'ts-fsrs';

export type { Grade } from 'ts-fsrs';

export const AGAIN: Rating.Again = 1;
export const HARD: Rating.Hard = 2;
export const GOOD: Rating.Good = 3;
export const EASY: Rating.Easy = 4;

/** In the order of the buttons and of keys 1–4. */
export const GRADES: readonly Grade[] = [AGAIN, HARD, GOOD, EASY];

/** Plain interview language first, the standard word after it, for people who know Anki. */
export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  [AGAIN]: 'Blanked — Again',
  [HARD]: 'Shaky — Hard',
  [GOOD]: 'Solid — Good',
  [EASY]: 'Nailed it — Easy',
};

export function isGrade(value: unknown): value is Grade {
  return value === AGAIN || value === HARD || value === GOOD || value === EASY;
}
