import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type RefFactory } from './lib/content/schemas';
import { makePracticeSchemas } from './lib/content/practice-schemas';
import { yamlList } from './loaders/yaml-list';

import { CONTENT_DIR as root } from './site.config.mjs';

const schemas = makeSchemas(reference as unknown as RefFactory);
const practice = makePracticeSchemas(reference as unknown as RefFactory);

export const collections = {
  occupations: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `./${root}/occupations` }),
    schema: schemas.occupation,
  }),
  questions: defineCollection({ loader: yamlList(`${root}/questions`), schema: schemas.question }),
  skills: defineCollection({ loader: yamlList(`${root}/skills.yaml`), schema: schemas.skill }),
  sources: defineCollection({ loader: yamlList(`${root}/sources.yaml`), schema: schemas.source }),
  glossary: defineCollection({ loader: yamlList(`${root}/glossary.yaml`), schema: schemas.glossary }),
  passages: defineCollection({ loader: yamlList(`${root}/practice/passages.yaml`), schema: practice.passage }),
  scenarios: defineCollection({ loader: yamlList(`${root}/practice/scenarios`), schema: practice.scenario }),
  callers: defineCollection({ loader: yamlList(`${root}/practice/callers.yaml`), schema: practice.caller }),
  replies: defineCollection({ loader: yamlList(`${root}/practice/replies.yaml`), schema: practice.reply }),
};
