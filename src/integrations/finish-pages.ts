/**
 * After the build, one pass over every page Astro wrote, each read once and written at most once:
 *
 * 1. the islands' style moves from the body into `<head>`, where HTML allows it
 *    (src/lib/html/island-style.ts), so every page is valid HTML;
 * 2. the page's Content-Security-Policy keeps only the hashes of its own inline scripts and
 *    styles (src/lib/csp/prune.ts). The moved style's text is unchanged, so its hash still holds.
 *
 * These were two passes, each reading and writing all 7,000 pages of a 1,000-occupation build.
 * Runs before the offline integration, which fingerprints the files it precaches.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../lib/csp/prune';
import { hoistIslandStyle } from '../lib/html/island-style';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
/** Pages in flight at once: enough to keep the disk busy, few enough to keep memory flat. */
const AT_ONCE = 16;

export function finishPages(): AstroIntegration {
  return {
    name: 'csr:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        let moved = 0;
        let removed = 0;
        let next = 0;
        const work = async () => {
          for (let i = next++; i < pages.length; i = next++) {
            const rel = pages[i]!;
            const file = path.join(out, rel);
            const html = await readFile(file, 'utf8');
            const valid = hoistIslandStyle(html);
            if (valid !== html) moved++;
            const result = pruneCspHashes(valid, sha256);
            if (result.skipped && result.skipped !== 'no CSP meta tag') logger.warn(`${rel}: CSP left as built (${result.skipped})`);
            removed += result.removed;
            if (result.html !== html) await writeFile(file, result.html);
          }
        };
        await Promise.all(Array.from({ length: AT_ONCE }, work));
        logger.info(`${pages.length} pages: islands' style moved into <head> on ${moved}; ${removed} hashes of other pages' inline code removed from their CSP`);
      },
    },
  };
}
