/**
 * A question the learner wrote: the same fields as a question from the site's bank, so it is
 * drilled, noted, exported and printed exactly like one.
 */
import { z } from 'zod/mini';
import { CATEGORIES } from '../content/categories';
import { isoDateTime } from './card';
import { idSchema } from './id';

export const CUSTOM_LIMITS = { text: 500, purpose: 1000, item: 500, items: 20 } as const;

const line = z.string().check(z.maxLength(CUSTOM_LIMITS.item));
const list = () => z._default(z.array(line).check(z.maxLength(CUSTOM_LIMITS.items)), []);

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
export type CustomQuestion = z.output<typeof customQuestionSchema>;
