/** Ids of questions and stories: the content's own id rule, which also rules out `__proto__`. */
import { z } from 'zod/mini';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().check(z.maxLength(120), z.regex(ID_PATTERN, { error: 'must be lower-case words joined by hyphens' }));
