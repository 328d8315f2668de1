/**
 * What the behaviour tests (tests/e2e/behaviour/, the `behaviour` project) expect of the fixture
 * site, read from its content (tests/fixtures/content/site/), as expected.ts reads the real one.
 * The fixture is invented and small, so a data refresh of content/ never touches these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const CONTENT = 'tests/fixtures/content/site';
/** The fixture build (npm run build:fixture), served by the `behaviour` project's web server. */
export const DIST = 'dist-fixture';

/** The occupation the fixture site leads with (CSR_MAIN_OCCUPATION in npm run build:fixture). */
export const MAIN = 'test-clerk';
/** A second occupation, with its own questions, skills and a situational question on COACHING. */
export const OTHER = 'test-lead';

export const GUIDE = `/careers/${MAIN}/`;
export const DRILL = `${GUIDE}interview/`;
export const SKILLS = `${GUIDE}skills/`;
export const DRILL_KEY = `csr-guide:v1:drill:${MAIN}`;
export const ASSESSMENT_KEY = `csr-guide:v1:assessment:${MAIN}`;

const yaml = <T>(file: string): T => parse(readFileSync(path.join(CONTENT, file), 'utf8')) as T;
const yamlDir = <T>(dir: string): T[] =>
  readdirSync(path.join(CONTENT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => yaml<T[]>(path.join(dir, f)));

function frontmatter(id: string): Record<string, any> {
  const text = readFileSync(path.join(CONTENT, 'occupations', `${id}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${id}: no frontmatter`);
  return parse(match[1]!);
}

export interface BankQuestion {
  id: string;
  category: string;
  skills: string[];
  occupations: string[];
}
/** Every question of the fixture bank. */
export const bank: BankQuestion[] = yamlDir<BankQuestion>('questions');
export const questionsOf = (occupation: string, category?: string) =>
  bank.filter((q) => q.occupations.includes(occupation) && (!category || q.category === category));

const skills = yaml<{ id: string; name: string }[]>('skills.yaml');
export const skillName = (id: string): string => {
  const skill = skills.find((s) => s.id === id);
  if (!skill) throw new Error(`no fixture skill ${id}`);
  return skill.name;
};

/** The occupations of the fixture site, ids and titles. */
export const occupations = readdirSync(path.join(CONTENT, 'occupations'))
  .map((f) => f.replace(/\.mdx?$/, ''))
  .sort()
  .map((id) => ({ id, title: String(frontmatter(id).title) }));
export const title = (id: string) => occupations.find((o) => o.id === id)!.title;

export const scenariosOf = (occupation: string) =>
  yamlDir<{ occupations: string[] }>('practice/scenarios').filter((s) => s.occupations.includes(occupation));

const sources = yaml<{ id: string; url: string }[]>('sources.yaml');
export const sourceUrl = (id: string) => sources.find((s) => s.id === id)!.url;

/** An occupation's skill profile, in its order: the skill and the level a new hire needs. */
export const occupationSkills = (id: string) => frontmatter(id).skills as { skill: string; entryLevel: number }[];
/** A skill of the main occupation's that a new hire needs at 4: rated 1, it holds the verdict back. */
export const MUST_HAVE = 'dependability';
export const entryLevel = (id: string, skill: string) => occupationSkills(id).find((s) => s.skill === skill)!.entryLevel;

/** Skills the drill tests pick decks by: each has behavioural questions for the main occupation. */
export const PATIENCE = 'patience';
export const TEAMWORK = 'teamwork';
export const CALMING = 'calming';
export const LISTENING = 'listening';
export const COACHING = 'coaching';
