/**
 * YAML as the content files are read: js-yaml with the YAML 1.2 core schema (strings, numbers,
 * booleans, null; a date stays the string the author wrote). It reads what the `yaml` package
 * reads for every content file, several times faster, which matters when the guard and the
 * loaders read a thousand guides on each build.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** Parses one YAML document; throws with the line and column on a syntax error or a duplicate key. */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** A YAML syntax error in words an author can act on: the parser's reason, then the line and column. */
export function yamlErrorText(error: unknown): string {
  const e = error as { reason?: unknown; mark?: { line?: unknown; column?: unknown }; message?: unknown };
  if (typeof e?.reason === 'string' && typeof e.mark?.line === 'number' && typeof e.mark.column === 'number') {
    return `${e.reason} at line ${e.mark.line + 1}, column ${e.mark.column + 1}`;
  }
  return String(e?.message ?? error).split('\n')[0]!;
}
