/** Build time only: checks content/search-synonyms.yaml (the browser gets it already checked). */
import { z } from 'zod';
import type { LexiconSource } from './lexicon';

const word = z.string().trim().min(1, { error: 'an empty word' });

const lexiconSchema = z.strictObject({
  variants: z.record(z.string(), word).default({}),
  groups: z.array(z.array(word).min(2, { error: 'a group needs at least two words' })).default([]),
  askedAs: z.record(z.string(), word).default({}),
  stopWords: z.array(word).default([]),
});

/** Checks the file; a mistake names the file and the field, as the content guard does. */
export function parseLexicon(data: unknown, file = 'content/search-synonyms.yaml'): LexiconSource {
  const parsed = lexiconSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${file}: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`Search synonyms are invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

