/**
 * Everything the drill keeps for one occupation, in one Zod schema: it validates what storage
 * returns and what an imported file holds, and its defaults fill fields older data lacks.
 */
import { z } from 'zod/mini';
import { Rating, type Grade } from 'ts-fsrs';
import { isoDateTime, storedCardSchema } from './card';
import { customQuestionSchema } from './custom-schema';
import { idSchema } from './id';
import { grade } from './schedule';

/** Bump when the stored shape changes in a way defaults cannot absorb, and add a migration. */
export const PROGRESS_VERSION = 1;

export { idSchema } from './id';

export const REVIEW_MODES = ['drill', 'mock', 'extra'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

const gradeSchema = z.union([
  z.literal(Rating.Again),
  z.literal(Rating.Hard),
  z.literal(Rating.Good),
  z.literal(Rating.Easy),
]);

export const reviewLogEntrySchema = z.object({
  questionId: idSchema,
  rating: gradeSchema,
  reviewedAt: isoDateTime,
  mode: z._default(z.enum(REVIEW_MODES), 'drill'),
});
export type ReviewLogEntry = z.output<typeof reviewLogEntrySchema>;

const starText = z._default(z.string().check(z.maxLength(20_000)), '');
const starFields = { situation: starText, task: starText, action: starText, result: starText };

export const noteSchema = z.object({
  ...starFields,
  /** When set, the question shows this story instead of its own fields. */
  storyId: z.exactOptional(idSchema),
  /** Decides which copy wins when two progress files are merged. */
  updatedAt: z.exactOptional(isoDateTime),
});
export type Note = z.output<typeof noteSchema>;

export const storySchema = z.object({
  title: z._default(z.string().check(z.maxLength(200)), ''),
  ...starFields,
  questionIds: z._default(z.array(idSchema), []),
  updatedAt: z.exactOptional(isoDateTime),
});
export type Story = z.output<typeof storySchema>;

/** Anki's defaults: 20 new cards and at most 200 reviews a day. */
export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 200;

export const settingsSchema = z.object({
  newPerDay: z._default(z.int().check(z.minimum(0), z.maximum(1000)), DEFAULT_NEW_PER_DAY),
  /** Reviews of cards learnt on earlier days that the queue shows in one day; the rest wait. */
  reviewsPerDay: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), DEFAULT_REVIEWS_PER_DAY),
  mockLength: z._default(z.union([z.literal(5), z.literal(10)]), 5),
  /** Mock interview: read each question aloud, at this rate, in this voice (a voice name; absent is the browser's default). */
  readAloud: z._default(z.boolean(), true),
  speechRate: z._default(z.number().check(z.minimum(0.5), z.maximum(2)), 1),
  voice: z.exactOptional(z.string().check(z.maxLength(200))),
  /** Seconds to answer aloud in a mock interview; 0 is off, the default. */
  countdownSeconds: z._default(z.int().check(z.minimum(0), z.maximum(3600)), 0),
});
export type Settings = z.output<typeof settingsSchema>;

export const progressSchema = z.object({
  cards: z._default(z.record(idSchema, storedCardSchema), {}),
  /** Questions the learner wrote, with the same fields as the site's own (see custom.ts). */
  custom: z._default(z.record(idSchema, customQuestionSchema), {}),
  log: z._default(z.array(reviewLogEntrySchema), []),
  notes: z._default(z.record(idSchema, noteSchema), {}),
  stories: z._default(z.record(idSchema, storySchema), {}),
  /** The moment of the interview, ISO. */
  interviewDate: z.exactOptional(isoDateTime),
  // prefault, not default: Zod 4 returns a default as it is, and only a prefault gets the
  // inner defaults filled in.
  settings: z.prefault(settingsSchema, {}),
});
export type Progress = z.output<typeof progressSchema>;

export function emptyProgress(): Progress {
  return progressSchema.parse({});
}

/** Extra practice is for the learner only: it is logged, but never moves a card. */
export function isExtraPractice(mode: ReviewMode): boolean {
  return mode === 'extra';
}

/**
 * Applies one self-grade. In 'drill' and 'mock' the card is graded by FSRS; in 'extra' the card
 * is left exactly as it was, so practising ahead cannot disturb the schedule.
 */
export function recordReview(progress: Progress, questionId: string, rating: Grade, now: Date, mode: ReviewMode): Progress {
  const entry: ReviewLogEntry = { questionId, rating, reviewedAt: now.toISOString(), mode };
  const log = [...progress.log, entry];
  if (isExtraPractice(mode)) return { ...progress, log };
  const { card } = grade(progress.cards[questionId], rating, now);
  return { ...progress, cards: { ...progress.cards, [questionId]: card }, log };
}

export function setInterviewDate(progress: Progress, interviewDate: Date | null): Progress {
  const { interviewDate: _previous, ...rest } = progress;
  return interviewDate ? { ...rest, interviewDate: interviewDate.toISOString() } : rest;
}
