/**
 * The last touches on every built page, in one read and one write per page:
 * 1. the islands' `<style>` moves from the body into the head, so the page is valid HTML
 *    (src/lib/html/island-style.ts; its text is unchanged, so Astro's CSP hash still matches);
 * 2. the Content-Security-Policy keeps only the hashes of the page's own inline scripts and
 *    styles (src/lib/csp/prune.ts).
 * Runs before the offline integration, which fingerprints the pages it precaches.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../lib/csp/prune';
import { hoistIslandStyle } from '../lib/html/island-style';
import { distFiles } from './dist-files';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export function finishPages(): AstroIntegration {
  return {
    name: 'csr:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = (await distFiles(fileURLToPath(dir))).filter((f) => f.rel.endsWith('.html'));
        let hoisted = 0;
        let removed = 0;
        await Promise.all(
          pages.map(async ({ rel, full }) => {
            const built = await readFile(full, 'utf8');
            const valid = hoistIslandStyle(built);
            if (valid !== built) hoisted += 1;
            const pruned = pruneCspHashes(valid, sha256);
            if (pruned.skipped && pruned.skipped !== 'no CSP meta tag') logger.warn(`${rel}: CSP left as built (${pruned.skipped})`);
            removed += pruned.removed;
            if (pruned.html !== built) await writeFile(full, pruned.html);
          }),
        );
        logger.info(`${pages.length} pages: islands' style moved into <head> on ${hoisted}; ${removed} hashes of other pages' inline code removed from their CSP`);
      },
    },
  };
}
