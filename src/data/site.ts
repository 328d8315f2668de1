/**
 * The one place pages get content from: collections gathered once, sorted,
 * and joined into plain objects components can render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type OccupationEntry = CollectionEntry<'occupations'>;
export type QuestionData = CollectionEntry<'questions'>['data'];
export type SkillData = CollectionEntry<'skills'>['data'] & { id: string };
export type SourceData = CollectionEntry<'sources'>['data'] & { id: string };
export type TermData = CollectionEntry<'glossary'>['data'] & { id: string };

interface Site {
  occupations: OccupationEntry[];
  questions: QuestionData[];
  skills: Map<string, SkillData>;
  sources: Map<string, SourceData>;
  glossary: Map<string, TermData>;
}

let cached: Promise<Site> | undefined;

async function gather(): Promise<Site> {
  const [occupations, questions, skills, sources, glossary] = await Promise.all([
    getCollection('occupations'),
    getCollection('questions'),
    getCollection('skills'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  // Collections come back in no promised order; YAML order is the author's order.
  return {
    occupations: occupations.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
    questions: questions.map((q) => q.data),
    skills: new Map(skills.map((s) => [s.id, { ...s.data, id: s.id }])),
    sources: new Map(sources.map((s) => [s.id, { ...s.data, id: s.id }])),
    glossary: new Map(glossary.map((g) => [g.id, { ...g.data, id: g.id }])),
  };
}

export function site(): Promise<Site> {
  cached ??= gather();
  return cached;
}

/** Looks up a referenced entry; the content guard has already proved it exists. */
export function must<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  if (!value) throw new Error(`Missing content entry "${id}"`);
  return value;
}

/** The occupation's questions, featured first, each with its purpose worded for that occupation. */
export function questionsFor(all: QuestionData[], occupationId: string): QuestionData[] {
  const list = all
    .filter((q) => q.occupations.some((o) => o.id === occupationId))
    .map((q) => {
      const own = q.wording.find((w) => w.occupations.some((o) => o.id === occupationId));
      return own ? { ...q, purpose: own.purpose } : q;
    });
  return [...list.filter((q) => q.featured), ...list.filter((q) => !q.featured)];
}
