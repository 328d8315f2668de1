/**
 * Reads YAML files that each hold a list of entries with an `id`, and finds
 * the mistakes a content author makes: a file that is not YAML, an item
 * without an id, the same id twice (in one file or across files).
 * Pure: the caller reads the files; this only judges their text.
 */
import { parseYaml, yamlErrorText } from './yaml';

export interface YamlFile {
  /** Path shown in messages, relative to the project. */
  path: string;
  text: string;
}
export interface ListEntry {
  id: string;
  data: Record<string, unknown>;
  path: string;
  index: number;
}

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content is broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function collectEntries(files: YamlFile[]): ListEntry[] {
  const problems: string[] = [];
  const seen = new Map<string, ListEntry>();
  const entries: ListEntry[] = [];
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parseYaml(file.text);
    } catch (error) {
      problems.push(`${file.path}: not valid YAML (${yamlErrorText(error)})`);
      continue;
    }
    if (doc == null) continue;
    if (!Array.isArray(doc)) {
      problems.push(`${file.path}: expected a list of entries, each starting with "- id: ..."`);
      continue;
    }
    doc.forEach((item: unknown, index) => {
      const where = `${file.path} → [${index}]`;
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        problems.push(`${where}: expected an entry with fields, got ${JSON.stringify(item)}`);
        return;
      }
      const data = item as Record<string, unknown>;
      const id = data.id;
      if (typeof id !== 'string' || id.trim() === '') {
        problems.push(`${where} → id: missing; every entry needs an id`);
        return;
      }
      const earlier = seen.get(id);
      if (earlier) {
        problems.push(`${where} → id: duplicate id "${id}", first used at ${earlier.path} → [${earlier.index}]`);
        return;
      }
      const entry = { id, data, path: file.path, index };
      seen.set(id, entry);
      entries.push(entry);
    });
  }
  if (problems.length) throw new ContentError(problems);
  return entries;
}
