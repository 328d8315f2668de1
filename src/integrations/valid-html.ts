/**
 * Makes what Astro writes valid HTML after the build (see src/lib/html/island-style.ts). Runs
 * before the offline integration, so the service worker's version hashes the final pages.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from '../lib/html/island-style';

export function validHtml(): AstroIntegration {
  return {
    name: 'csr:valid-html',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => path.join(e.parentPath, e.name));
        let moved = 0;
        await Promise.all(
          pages.map(async (file) => {
            const html = await readFile(file, 'utf8');
            const fixed = hoistIslandStyle(html);
            if (fixed !== html) {
              moved += 1;
              await writeFile(file, fixed);
            }
          }),
        );
        logger.info(`islands' style moved into <head> on ${moved} pages`);
      },
    },
  };
}
