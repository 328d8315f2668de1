/**
 * Validates all content before Astro does anything else, so broken content
 * stops `astro build`, `astro dev` and `astro check` with one list of problems,
 * each naming its file and field.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertValidContent } from '../lib/content/validate';
import { readContent } from '../loaders/read-content';

export function contentGuard(dir: string): AstroIntegration {
  return {
    name: 'csr:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        assertValidContent(readContent(fileURLToPath(config.root), dir));
      },
    },
  };
}
