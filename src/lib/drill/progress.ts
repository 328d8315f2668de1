/**
 * Everything the drill keeps for one occupation, in one Zod schema: it validates what storage
 * returns and what an imported file holds, and its defaults fill fields older data lacks.
 */
import { z } from 'zod';
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
  mode: z.enum(REVIEW_MODES).default('drill'),
});
export type ReviewLogEntry = z.output<typeof reviewLogEntrySchema>;

const starText = z.string().max(20_000).default('');
const starFields = { situation: starText, task: starText, action: starText, result: starText };

export const noteSchema = z.object({
  ...starFields,
  /** When set, the question shows this story instead of its own fields. */
  storyId: idSchema.exactOptional(),
  /** Decides which copy wins when two progress files are merged. */
  updatedAt: isoDateTime.exactOptional(),
});
export type Note = z.output<typeof noteSchema>;

export const storySchema = z.object({
  title: z.string().max(200).default(''),
  ...starFields,
  questionIds: z.array(idSchema).default([]),
  updatedAt: isoDateTime.exactOptional(),
});
export type Story = z.output<typeof storySchema>;

/** Anki's defaults: 20 new cards and at most 200 reviews a day. */
export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 200;

export const settingsSchema = z.object({
  newPerDay: z.number().int().min(0).max(1000).default(DEFAULT_NEW_PER_DAY),
  /** Reviews of cards learnt on earlier days that the queue shows in one day; the rest wait. */
  reviewsPerDay: z.number().int().min(1).max(10_000).default(DEFAULT_REVIEWS_PER_DAY),
  mockLength: z.union([z.literal(5), z.literal(10)]).default(5),
  /** Seconds to answer aloud in a mock interview; 0 is off, the default. */
  countdownSeconds: z.number().int().min(0).max(3600).default(0),
});
export type Settings = z.output<typeof settingsSchema>;

export const progressSchema = z.object({
  cards: z.record(idSchema, storedCardSchema).default({}),
  /** Questions the learner wrote, with the same fields as the site's own (see custom.ts). */
  custom: z.record(idSchema, customQuestionSchema).default({}),
  log: z.array(reviewLogEntrySchema).default([]),
  notes: z.record(idSchema, noteSchema).default({}),
  stories: z.record(idSchema, storySchema).default({}),
  /** The moment of the interview, ISO. */
  interviewDate: isoDateTime.exactOptional(),
  // prefault, not default: Zod 4 returns a default as it is, and only a prefault gets the
  // inner defaults filled in.
  settings: settingsSchema.prefault({}),
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
