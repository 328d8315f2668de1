/**
 * The shapes the assessment keeps (in storage, in export files) and the Zod schemas that check
 * them on the way back in. Scoring and the share codec only import the types, so the read-only
 * view of a shared link does not need Zod at all.
 */
import { z } from 'zod/mini';
import { LEVELS, type Level } from './types';

/** Bump when the kept shape changes in a way defaults cannot absorb, and add a migration. */
export const ASSESSMENT_VERSION = 1;
/** Completed assessments kept per occupation: enough to see a trend, small enough for storage. */
export const HISTORY_CAP = 20;
/** An example from experience is a paragraph; this only stops a pasted document. */
export const MAX_NOTE_CHARS = 5_000;
/** Far above any real history; refusing early keeps a stray file from freezing the page. */
export const MAX_HISTORY_ITEMS = 1_000;

/** The content's id rule for skills and occupations; it also rules out `__proto__` as a key. */
export const idSchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }));

export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time' });

export const levelSchema = z.literal(LEVELS as [Level, ...Level[]], { error: 'must be a whole number from 1 to 5' });

/** Ratings by skill id; a skill not rated yet has no entry. */
export const ratingsSchema = z.record(idSchema, levelSchema);
export type Ratings = Record<string, Level>;

/** "An example from my experience", by skill id. */
export const notesSchema = z.record(idSchema, z.string().check(z.maxLength(MAX_NOTE_CHARS, { error: `must be at most ${MAX_NOTE_CHARS} characters` })));
export type Notes = Record<string, string>;

export const completedAssessmentSchema = z.object({
  occupation: idSchema,
  ratings: ratingsSchema.check(z.refine((ratings) => Object.keys(ratings).length > 0, { error: 'must rate at least one skill' })),
  notes: z.exactOptional(notesSchema),
  completedAt: isoDateTime,
});
export interface CompletedAssessment {
  occupation: string;
  ratings: Ratings;
  notes?: Notes;
  /** ISO date and time; also the identity of the entry when histories are merged. */
  completedAt: string;
}

/** Completed assessments, oldest first, newest last (see `normaliseHistory`). */
export const historySchema = z.array(completedAssessmentSchema).check(
  z.maxLength(MAX_HISTORY_ITEMS, { error: `must hold at most ${MAX_HISTORY_ITEMS} assessments` }),
);
export type AssessmentHistory = CompletedAssessment[];

/** Ratings in progress: the user can stop and come back. */
export const draftSchema = z.object({
  ratings: z._default(ratingsSchema, {}),
  notes: z._default(notesSchema, {}),
});
export interface Draft {
  ratings: Ratings;
  notes: Notes;
}

/** Everything kept for one occupation, as one stored value. */
export const assessmentStateSchema = z.object({
  draft: z._default(draftSchema, { ratings: {}, notes: {} }),
  history: z._default(historySchema, []),
});
export interface AssessmentState {
  draft: Draft;
  history: AssessmentHistory;
}

export function emptyState(): AssessmentState {
  return { draft: { ratings: {}, notes: {} }, history: [] };
}

// The interfaces above are written out for readable hovers; these lines keep them equal to
// what the schemas produce, so the two cannot drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.output<typeof ratingsSchema>, Ratings>,
  Same<z.output<typeof notesSchema>, Notes>,
  Same<z.output<typeof completedAssessmentSchema>, CompletedAssessment>,
  Same<z.output<typeof assessmentStateSchema>, AssessmentState>,
] = [true, true, true, true];
void checks;
