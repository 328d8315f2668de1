/** Reads a content folder from disk into the plain shape `validateContent` judges. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentFiles } from '../lib/content/validate';
import type { YamlFile } from '../lib/content/yaml-list';

export function readContent(root: string, dir: string): ContentFiles {
  const abs = path.resolve(root, dir);
  const read = (rel: string): YamlFile => {
    const p = path.join(abs, rel);
    return { path: path.relative(root, p), text: existsSync(p) ? readFileSync(p, 'utf8') : '' };
  };
  const folder = (rel: string, pattern: RegExp): YamlFile[] => {
    const p = path.join(abs, rel);
    if (!existsSync(p)) return [];
    return readdirSync(p)
      .filter((n) => pattern.test(n))
      .sort()
      .map((n) => read(path.join(rel, n)));
  };
  return {
    occupations: folder('occupations', /\.mdx?$/),
    questions: folder('questions', /\.ya?ml$/),
    skills: read('skills.yaml'),
    sources: read('sources.yaml'),
    glossary: read('glossary.yaml'),
    practice: {
      passages: read('practice/passages.yaml'),
      scenarios: folder('practice/scenarios', /\.ya?ml$/),
      callers: read('practice/callers.yaml'),
      replies: read('practice/replies.yaml'),
    },
  };
}
