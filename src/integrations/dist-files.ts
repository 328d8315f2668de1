/** Every file a build wrote, walked once per integration that needs them. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface DistFile {
  /** Path inside dist/, with forward slashes (as in a URL). */
  rel: string;
  /** Absolute path on disk. */
  full: string;
}

export async function distFiles(dir: string): Promise<DistFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { full, rel: path.relative(dir, full).split(path.sep).join('/') };
    });
}
