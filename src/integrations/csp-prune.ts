/**
 * After the build, trims each page's Content-Security-Policy to the hashes of its own inline
 * scripts and styles (src/lib/csp/prune.ts). Runs before the offline integration, which
 * fingerprints the files it precaches.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../lib/csp/prune';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export function cspPrune(): AstroIntegration {
  return {
    name: 'csr:csp-prune',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        let removed = 0;
        for (const rel of pages) {
          const file = path.join(out, rel);
          const result = pruneCspHashes(await readFile(file, 'utf8'), sha256);
          if (result.skipped && result.skipped !== 'no CSP meta tag') logger.warn(`${rel}: CSP left as built (${result.skipped})`);
          if (result.removed) {
            removed += result.removed;
            await writeFile(file, result.html);
          }
        }
        logger.info(`${pages.length} pages: ${removed} hashes of other pages' inline code removed from their CSP`);
      },
    },
  };
}
