/**
 * The Zod schemas of everything the drill keeps: they check what storage returns and what an
 * imported file holds, and their defaults fill fields older data lacks. Kept apart from the
 * drill's logic so the validator loads only when there is saved or imported data to check.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { epochSchema } from '../sync/epoch-schema';
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW } from './card';
import { AGAIN, EASY, GOOD, HARD } from './grades';
import { CATEGORIES } from '../content/categories';
import { CUSTOM_LIMITS } from './custom';
import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, REVIEW_MODES } from './progress';

export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time' });

const nonNegative = () => z.number().check(z.nonnegative());
const count = () => z.int().check(z.nonnegative());

export const storedCardSchema = z.object({
  due: isoDateTime,
  stability: nonNegative(),
  difficulty: nonNegative(),
  // Fields ts-fsrs added or deprecated over time: older records without them stay usable.
  elapsed_days: z._default(nonNegative(), 0),
  scheduled_days: z._default(nonNegative(), 0),
  learning_steps: z._default(count(), 0),
  reps: count(),
  lapses: z._default(count(), 0),
  // ts-fsrs's states, from ./card so checking saved data does not load the scheduler.
  state: z.enum({ New: STATE_NEW, Learning: STATE_LEARNING, Review: STATE_REVIEW, Relearning: STATE_RELEARNING }),
  last_review: z.exactOptional(isoDateTime),
});

/** Ids of questions and stories: the content's own id rule, which also rules out `__proto__`. */
export const idSchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }));

const gradeSchema = z.union([z.literal(AGAIN), z.literal(HARD), z.literal(GOOD), z.literal(EASY)]);

export const reviewLogEntrySchema = z.object({
  questionId: idSchema,
  rating: gradeSchema,
  reviewedAt: isoDateTime,
  mode: z._default(z.enum(REVIEW_MODES), 'drill'),
});
const starText = z._default(z.string().check(z.maxLength(20_000)), '');
const starFields = { situation: starText, task: starText, action: starText, result: starText };

export const noteSchema = z.object({
  ...starFields,
  /** When set, the question shows this story instead of its own fields. */
  storyId: z.exactOptional(idSchema),
  /** Decides which copy wins when two progress files are merged. */
  updatedAt: z.exactOptional(isoDateTime),
});
export const storySchema = z.object({
  title: z._default(z.string().check(z.maxLength(200)), ''),
  ...starFields,
  questionIds: z._default(z.array(idSchema), []),
  updatedAt: z.exactOptional(isoDateTime),
});
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
const line = z.string().check(z.maxLength(CUSTOM_LIMITS.item));
const list = () => z._default(z.array(line).check(z.maxLength(CUSTOM_LIMITS.items)), []);

/** A question the learner wrote: the same fields as one from the site's bank (see custom.ts). */
export const customQuestionSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(CUSTOM_LIMITS.text)),
  purpose: z._default(z.string().check(z.maxLength(CUSTOM_LIMITS.purpose)), ''),
  category: z._default(z.enum(CATEGORIES), 'behavioral'),
  skills: z._default(z.array(idSchema).check(z.maxLength(CUSTOM_LIMITS.items)), []),
  strongAnswer: list(),
  pitfalls: list(),
  followUps: list(),
  framework: z.exactOptional(z.string().check(z.maxLength(CUSTOM_LIMITS.purpose))),
  createdAt: isoDateTime,
  /** Decides which copy wins when two progress files are merged. */
  updatedAt: isoDateTime,
});

export const progressSchema = z.object({
  cards: z._default(z.record(idSchema, storedCardSchema), {}),
  /** Questions the learner wrote. */
  custom: z._default(z.record(idSchema, customQuestionSchema), {}),
  log: z._default(z.array(reviewLogEntrySchema), []),
  notes: z._default(z.record(idSchema, noteSchema), {}),
  stories: z._default(z.record(idSchema, storySchema), {}),
  /** The moment of the interview, ISO. */
  interviewDate: z.exactOptional(isoDateTime),
  // prefault, not default: Zod 4 returns a default as it is, and only a prefault gets the
  // inner defaults filled in.
  settings: z.prefault(settingsSchema, {}),
  /** Set by a reset or a replace, so an older copy in another tab cannot bring back what it removed. */
  epoch: z.exactOptional(epochSchema),
  /**
   * The reviews taken back by an undo (their `reviewId`s), so another tab's older copy, which
   * still holds the review, cannot merge it back. The newest UNDONE_KEPT are kept.
   */
  undone: z.exactOptional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000))),
});
