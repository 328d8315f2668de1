import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type RefFactory } from './lib/content/schemas';
import { yamlList } from './loaders/yaml-list';

import { CONTENT_DIR as root } from './site.config.mjs';

const schemas = makeSchemas(reference as unknown as RefFactory);

export const collections = {
  occupations: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `./${root}/occupations` }),
    schema: schemas.occupation,
  }),
  questions: defineCollection({ loader: yamlList(`${root}/questions`), schema: schemas.question }),
  skills: defineCollection({ loader: yamlList(`${root}/skills.yaml`), schema: schemas.skill }),
  sources: defineCollection({ loader: yamlList(`${root}/sources.yaml`), schema: schemas.source }),
  glossary: defineCollection({ loader: yamlList(`${root}/glossary.yaml`), schema: schemas.glossary }),
};
