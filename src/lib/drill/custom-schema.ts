/**
 * A question the learner wrote: the same fields as a question from the site's bank, so it is
 * drilled, noted, exported and printed exactly like one.
 */
import { z } from 'zod';
import { CATEGORIES } from '../content/schemas';
import { isoDateTime } from './card';
import { idSchema } from './id';

export const CUSTOM_LIMITS = { text: 500, purpose: 1000, item: 500, items: 20 } as const;

const line = z.string().max(CUSTOM_LIMITS.item);
const list = z.array(line).max(CUSTOM_LIMITS.items).default([]);

export const customQuestionSchema = z.object({
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(CUSTOM_LIMITS.text),
  purpose: z.string().max(CUSTOM_LIMITS.purpose).default(''),
  category: z.enum(CATEGORIES).default('behavioral'),
  skills: z.array(idSchema).max(CUSTOM_LIMITS.items).default([]),
  strongAnswer: list,
  pitfalls: list,
  followUps: list,
  framework: z.string().max(CUSTOM_LIMITS.purpose).exactOptional(),
  createdAt: isoDateTime,
  /** Decides which copy wins when two progress files are merged. */
  updatedAt: isoDateTime,
});
export type CustomQuestion = z.output<typeof customQuestionSchema>;
