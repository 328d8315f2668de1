/**
 * Checks the whole content set the way the build does, and more: every
 * schema rule, every reference, duplicates across files. Each problem names
 * the file and the field, so an author can fix it without reading code.
 * Astro only logs a dangling reference; this makes it stop the build.
 */
import { z } from 'zod';
import { parseYaml, yamlErrorText } from './yaml';
import { collectEntries, ContentError, type YamlFile } from './yaml-list';
import { makeSchemas, type CollectionName, type RefFactory } from './schemas';
import { makePracticeSchemas } from './practice-schemas';
import { careerPathCycles } from './career-path';
import { figureProblems, type RawSource } from './figure-rules';

export interface ContentFiles {
  occupations: YamlFile[];
  questions: YamlFile[];
  skills: YamlFile;
  sources: YamlFile;
  glossary: YamlFile;
  /** The hiring-test practice: passages, scenarios (a folder), callers and reply prompts. */
  practice: { passages: YamlFile; scenarios: YamlFile[]; callers: YamlFile; replies: YamlFile };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The id Astro's glob loader gives a file: its name without the extension. */
export function occupationId(path: string): string {
  return path.split('/').pop()!.replace(/\.mdx?$/, '');
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

export function validateContent(files: ContentFiles): string[] {
  const problems: string[] = [];
  // collectEntries reports every mistake in the files as one ContentError; anything else is a bug.
  const listed = (list: YamlFile[]) => {
    try {
      return collectEntries(list);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return [];
    }
  };

  const occupations = files.occupations.flatMap((file) => {
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      problems.push(`${file.path}: no frontmatter (a block between --- lines at the top)`);
      return [];
    }
    try {
      return [{ id: occupationId(file.path), path: file.path, data: parseYaml(match[1]!) as Record<string, unknown> }];
    } catch (error) {
      problems.push(`${file.path}: frontmatter is not valid YAML (${yamlErrorText(error)})`);
      return [];
    }
  });
  const questions = listed(files.questions);
  const skills = listed([files.skills]);
  const sources = listed([files.sources]);
  const glossary = listed([files.glossary]);
  const passages = listed([files.practice.passages]);
  const scenarios = listed(files.practice.scenarios);
  const callers = listed([files.practice.callers]);
  const replies = listed([files.practice.replies]);

  const ids: Record<CollectionName, Set<string>> = {
    occupations: new Set(occupations.map((o) => o.id)),
    questions: new Set(questions.map((q) => q.id)),
    skills: new Set(skills.map((s) => s.id)),
    sources: new Set(sources.map((s) => s.id)),
    glossary: new Set(glossary.map((g) => g.id)),
  };
  const ref = ((collection: CollectionName) =>
    z
      .string()
      .refine((id) => ids[collection].has(id), { error: (issue) => `unknown ${collection} entry "${String(issue.input)}"` })
      .transform((id) => ({ collection, id }))) as unknown as RefFactory;
  const schemas = makeSchemas(ref);

  const check = (schema: z.ZodType, entries: { id: string; path: string; data: unknown; index?: number }[]) => {
    for (const entry of entries) {
      const result = schema.safeParse(entry.data);
      if (result.success) continue;
      const where = entry.index === undefined ? entry.path : `${entry.path} → ${entry.id}`;
      for (const issue of result.error.issues) {
        problems.push(`${where} → ${formatPath(issue.path) || '(entry)'}: ${issue.message}`);
      }
    }
  };
  check(schemas.occupation, occupations);
  check(schemas.question, questions);
  check(schemas.skill, skills);
  check(schemas.source, sources);
  check(schemas.glossary, glossary);
  const practice = makePracticeSchemas(ref);
  check(practice.passage, passages);
  check(practice.scenario, scenarios);
  check(practice.caller, callers);
  check(practice.reply, replies);

  const sourceFacts = new Map(sources.map((s) => [s.id, s.data as RawSource]));
  for (const o of occupations) {
    for (const problem of figureProblems(o.data, sourceFacts)) problems.push(`${o.path} → ${problem}`);
  }

  // The same question asked twice under two ids is a duplicate too.
  const byText = new Map<string, string>();
  for (const q of questions) {
    const key = String(q.data.text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (!key) continue;
    const earlier = byText.get(key);
    if (earlier) problems.push(`${q.path} → ${q.id} → text: duplicate question, same text as "${earlier}"`);
    else byText.set(key, q.id);
  }
  problems.push(
    ...careerPathCycles(
      occupations.map((o) => {
        const path = o.data['careerPath'] as { next?: { occupation?: unknown }[] } | undefined;
        const next = (path?.next ?? []).map((step) => (typeof step?.occupation === 'string' ? step.occupation : undefined));
        return { id: o.id, path: o.path, next };
      }),
    ),
  );
  return problems;
}

export function assertValidContent(files: ContentFiles): void {
  const problems = validateContent(files);
  if (problems.length) throw new ContentError(problems);
}
