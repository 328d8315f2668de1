/**
 * The shapes the assessment keeps (in storage, in export files). The Zod schemas that check them
 * on the way back in live in ./stored-schema, which loads only when there is data to check.
 */
import type { Level } from './types';
import type { Epoch } from '../sync/epoch';
import type { FileKind } from '../transfer-file';

/** Bump when the kept shape changes in a way defaults cannot absorb, and add a migration. */
export const ASSESSMENT_VERSION = 1;

/** The history as an exported file (see ../transfer-file): `csr-guide-skills-assessment-….json`. */
export const ASSESSMENT_FILE: FileKind<'skills-assessment'> = {
  kind: 'skills-assessment',
  name: 'skills-assessment',
  version: ASSESSMENT_VERSION,
  noun: 'skills assessment file',
  holds: 'a skills self-assessment',
};
/**
 * Completed assessments kept per occupation: enough for years of monthly check-ins, small enough
 * for storage. Finishing one past the cap lets the oldest go; an import that would go past it
 * asks which to keep (see `mergeHistory`).
 */
export const HISTORY_CAP = 100;
/** An example from experience is a paragraph; this only stops a pasted document. */
export const MAX_NOTE_CHARS = 5_000;
/** Far above any real history; refusing early keeps a stray file from freezing the page. */
export const MAX_HISTORY_ITEMS = 1_000;

/** Ratings by skill id; a skill not rated yet has no entry. */
export type Ratings = Record<string, Level>;

export type Notes = Record<string, string>;

export interface CompletedAssessment {
  occupation: string;
  ratings: Ratings;
  notes?: Notes;
  /** ISO date and time; also the identity of the entry when histories are merged. */
  completedAt: string;
}

/** Completed assessments, oldest first, newest last (see `normaliseHistory`). */
export type AssessmentHistory = CompletedAssessment[];

/** Ratings in progress: the user can stop and come back. */
export interface Draft {
  ratings: Ratings;
  notes: Notes;
}

/** Everything kept for one occupation, as one stored value. */
export interface AssessmentState {
  draft: Draft;
  history: AssessmentHistory;
  epoch?: Epoch;
}

export function emptyState(): AssessmentState {
  return { draft: { ratings: {}, notes: {} }, history: [] };
}

