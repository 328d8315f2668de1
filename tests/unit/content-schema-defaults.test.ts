/**
 * What the content schemas give a page when an author leaves a field out (every list empty, a
 * question not featured, the default order), and the shape rules an author meets when typing a
 * code, a time, an id or an address with a slip at either end.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { makeSchemas, periodSchema, type RefFactory } from '../../src/lib/content/schemas';
import { periodStart } from '../../src/lib/figures/period';
import { parseYaml } from '../../src/lib/content/yaml';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const text = readFileSync('tests/fixtures/content/valid/occupations/test-clerk.md', 'utf8');
const fixture = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;
const question = (parseYaml(readFileSync('tests/fixtures/content/valid/questions/clerk.yaml', 'utf8')) as Record<string, any>[])[0]!;
const glossaryTerm = (parseYaml(readFileSync('tests/fixtures/content/valid/glossary.yaml', 'utf8')) as Record<string, any>[])[0]!;
const source = (parseYaml(readFileSync('tests/fixtures/content/valid/sources.yaml', 'utf8')) as Record<string, any>[])[0]!;

function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fields an author leaves out', () => {
  it('give an occupation page empty lists, no career path and the default order', () => {
    const schemas = makeSchemas(ref);
    const { alternateTitles, channels, workSettings, schedule, dayInTheLife, becomeOne, certifications, metrics, careerPath, related, sources, order, ...rest } = fixture;
    const parsed = schemas.occupation.parse({ ...rest, education: { ...fixture.education, detail: undefined } });
    expect(parsed).toMatchObject({
      alternateTitles: [],
      channels: [],
      workSettings: [],
      schedule: [],
      dayInTheLife: [],
      becomeOne: [],
      certifications: [],
      metrics: [],
      related: [],
      sources: [],
      order: 100,
    });
    expect(parsed.education.detail).toEqual([]);
    expect(parsed.outlook.unknown).toEqual([]);
    expect(parsed.careerPath).toBeUndefined();
  });

  it('give a career path with only "next" no lateral or earlier steps', () => {
    const schemas = makeSchemas(ref);
    const parsed = schemas.occupation.parse({ ...fixture, careerPath: { next: [{ title: 'Supervisor', detail: 'Leads a team.' }] } });
    expect(parsed.careerPath).toEqual({ next: [{ title: 'Supervisor', detail: 'Leads a team.' }], lateral: [], from: [] });
    expect(schemas.occupation.parse({ ...fixture, careerPath: {} }).careerPath).toEqual({ next: [], lateral: [], from: [] });
  });

  it('give a question no follow-ups, no other wording, and leave it out of the featured ones', () => {
    const parsed = makeSchemas(ref).question.parse(question);
    expect(parsed).toMatchObject({ followUps: [], wording: [], featured: false });
  });

  it('give a glossary term no benchmarks', () => {
    const { benchmarks, ...term } = glossaryTerm;
    expect(makeSchemas(ref).glossary.parse(term).benchmarks).toEqual([]);
  });
});

describe('shape rules with a slip at either end', () => {
  const occupation = (change: Record<string, unknown>) => problemsOf(makeSchemas(ref).occupation, { ...fixture, ...change });

  it('refuse a SOC or O*NET code with anything before or after it', () => {
    for (const soc of ['x43-4051', '43-40512']) expect(occupation({ soc }), soc).toEqual(['soc: SOC code looks like 43-4051']);
    for (const onet of ['x43-4051.00', '43-4051.001']) expect(occupation({ onet }), onet).toEqual(['onet: O*NET code looks like 43-4051.00']);
  });

  it('refuse a day-in-the-life time with words around it', () => {
    const day = (time: string) => occupation({ dayInTheLife: [{ time, title: 'Open', detail: 'Open the queue.' }] });
    expect(day('8:30')).toEqual([]);
    expect(day('at 8:30')).toEqual([expect.stringMatching(/^dayInTheLife\.0\.time: /)]);
    expect(day('8:305')).toEqual([expect.stringMatching(/^dayInTheLife\.0\.time: /)]);
  });

  it('refuse a question id with a capital at either end, saying how ids look', () => {
    const schemas = makeSchemas(ref);
    for (const id of ['Filing-system', 'filing-System']) {
      expect(problemsOf(schemas.question, { ...question, id }), id).toEqual(['id: question id is lower-case words joined by hyphens']);
    }
  });

  it('say a question needs a skill and an occupation', () => {
    const schemas = makeSchemas(ref);
    expect(problemsOf(schemas.question, { ...question, skills: [], occupations: [] })).toEqual([
      'skills: a question probes at least one skill',
      'occupations: a question applies to at least one occupation',
    ]);
  });

  it('refuse a source address with a mistyped scheme', () => {
    const schemas = makeSchemas(ref);
    expect(problemsOf(schemas.source, source)).toEqual([]);
    for (const url of ['hhttps://example.org/data', 'httpss://example.org/data', 'ftp://example.org/data']) {
      expect(problemsOf(schemas.source, { ...source, url }), url).toEqual([expect.stringMatching(/^url: /)]);
    }
  });

  it('say a pay point needs an annual or an hourly figure', () => {
    const pay = { ...fixture.pay, history: [{ source: 'agency', period: '2016-05' }] };
    expect(occupation({ pay })).toEqual(['pay.history.0: a pay point needs an annual or an hourly figure']);
  });

  it('take a plain sentence in what is not known without asking which measure it is about', () => {
    const outlook = { ...fixture.outlook, unknown: ['Openings are not published for this occupation.'] };
    expect(occupation({ outlook })).toEqual([]);
  });
});

describe('a period', () => {
  it('reads a date or a year as the text an author meant', () => {
    expect(periodSchema.parse(new Date('2024-05-01T00:00:00Z'))).toBe('2024-05-01');
    expect(periodSchema.parse(2024)).toBe('2024');
    expect(periodSchema.safeParse(new Date('not a date')).success).toBe(false);
  });

  it('may start at this very moment, but not a moment later', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(periodStart('2030-05'));
    expect(periodSchema.safeParse('2030-05').success).toBe(true);
    expect(periodSchema.safeParse('2030-06').success).toBe(false);
  });
});
