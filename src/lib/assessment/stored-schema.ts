/**
 * The Zod schemas that check what the assessment keeps, on its way back from storage or a file.
 * Kept apart from the types so a first visit, with nothing saved, never downloads the validator.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { LEVELS, type Level } from './types';
import { MAX_HISTORY_ITEMS, MAX_NOTE_CHARS, type AssessmentState, type CompletedAssessment, type Notes, type Ratings } from './schema';

/** The content's id rule for skills and occupations; it also rules out `__proto__` as a key. */
export const idSchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }));

export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time' });

export const levelSchema = z.literal(LEVELS as [Level, ...Level[]], { error: 'must be a whole number from 1 to 5' });

export const ratingsSchema = z.record(idSchema, levelSchema);

/** "An example from my experience", by skill id. */
export const notesSchema = z.record(idSchema, z.string().check(z.maxLength(MAX_NOTE_CHARS, { error: `must be at most ${MAX_NOTE_CHARS} characters` })));

export const completedAssessmentSchema = z.object({
  occupation: idSchema,
  ratings: ratingsSchema.check(z.refine((ratings) => Object.keys(ratings).length > 0, { error: 'must rate at least one skill' })),
  notes: z.exactOptional(notesSchema),
  completedAt: isoDateTime,
});

export const historySchema = z.array(completedAssessmentSchema).check(
  z.maxLength(MAX_HISTORY_ITEMS, { error: `must hold at most ${MAX_HISTORY_ITEMS} assessments` }),
);

export const draftSchema = z.object({
  ratings: z._default(ratingsSchema, {}),
  notes: z._default(notesSchema, {}),
});

export const assessmentStateSchema = z.object({
  draft: z._default(draftSchema, { ratings: {}, notes: {} }),
  history: z._default(historySchema, []),
});

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
