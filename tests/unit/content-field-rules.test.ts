/**
 * Field rules of the content schemas that an author can break by a slip: a skill level of 0 or
 * 6, a code typed without its dash, a projection dated by its publication, a measure both known
 * and listed as unknown in the outlook, a question with no skill. Each is checked on the valid
 * fixture with one field changed, and each refusal says what is wrong where.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas, type RefFactory } from '../../src/lib/content/schemas';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const schemas = makeSchemas(ref);
const text = readFileSync('tests/fixtures/content/valid/occupations/test-clerk.md', 'utf8');
const valid = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;
const question = (parse(readFileSync('tests/fixtures/content/valid/questions/clerk.yaml', 'utf8')) as Record<string, any>[])[0]!;
const source = (parse(readFileSync('tests/fixtures/content/valid/sources.yaml', 'utf8')) as Record<string, any>[])[0]!;

function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const occupation = (change: Record<string, unknown>) => problemsOf(schemas.occupation, { ...valid, ...change });
const withSkillLevel = (entryLevel: number) => occupation({ skills: valid.skills.map((s: object, i: number) => (i === 0 ? { ...s, entryLevel } : s)) });

describe('an occupation', () => {
  it('takes an entry level of 1 to 5 whole steps, the scale the self-assessment uses', () => {
    expect(withSkillLevel(1)).toEqual([]);
    expect(withSkillLevel(5)).toEqual([]);
    for (const level of [0, 6, 2.5]) expect(withSkillLevel(level), String(level)).toEqual([expect.stringMatching(/^skills\.0\.entryLevel: /)]);
  });

  it('refuses a SOC or O*NET code typed without its punctuation, with an example', () => {
    expect(occupation({ soc: '434051' })).toEqual(['soc: SOC code looks like 43-4051']);
    expect(occupation({ onet: '43-4051' })).toEqual(['onet: O*NET code looks like 43-4051.00']);
  });

  it('refuses an openings figure dated by a month instead of the projection span', () => {
    const openings = { value: 1000, period: '2025-01', survey: 'bls-ep', source: 'agency' };
    expect(occupation({ outlook: { ...valid.outlook, openings } })).toEqual([
      'outlook.openings.period: a projection\'s period is its span, such as 2024–34, not "2025-01"',
    ]);
    expect(occupation({ outlook: { ...valid.outlook, openings: { ...openings, period: '2024–34' } } })).toEqual([]);
  });

  it('refuses an outlook measure that is shown and also listed as not known', () => {
    expect(occupation({ outlook: { ...valid.outlook, unknown: [{ measure: 'change', text: 'Not projected.' }, 'Openings are not known.'] } })).toEqual([
      'outlook.unknown.0.measure: "change" is listed as not known but also has a value; keep one',
    ]);
    expect(occupation({ outlook: { ...valid.outlook, unknown: [{ measure: 'openings', text: 'Not projected.' }] } })).toEqual([]);
  });

  it('takes industry shares from 0 to 100 percent, and at least one of them', () => {
    const industries = (shares: unknown[]) => ({ industries: { shares, source: 'agency', period: '2024-05' } });
    expect(occupation(industries([{ name: 'Retail', percent: 0 }, { name: 'Banks', percent: 100 }]))).toEqual([]);
    expect(occupation(industries([{ name: 'Retail', percent: 101 }]))).toHaveLength(1);
    expect(occupation(industries([{ name: 'Retail', percent: -1 }]))).toHaveLength(1);
    expect(occupation(industries([]))).toEqual([expect.stringMatching(/^industries\.shares: /)]);
  });

  it('reads "a day in the life" times as clock times', () => {
    const day = (time: string) => occupation({ dayInTheLife: [{ time, title: 'Start', detail: 'Log in.' }] });
    expect(day('9:00')).toEqual([]);
    expect(day('13:30')).toEqual([]);
    expect(day('900')).toEqual([expect.stringMatching(/^dayInTheLife\.0\.time: /)]);
  });

  it('lets an O*NET-listed related occupation stand without a reason', () => {
    expect(occupation({ related: [{ title: 'Teller', basis: 'onet' }] })).toEqual([]);
    expect(occupation({ related: [{ title: 'Teller', basis: 'ours' }] })).toEqual(['related.0.why: a related occupation of our own choosing says why']);
  });

  it('refuses a percentile of zero pay', () => {
    expect(occupation({ pay: { ...valid.pay, percentiles: { ...valid.pay.percentiles, p10: 0 } } })).toEqual([expect.stringMatching(/^pay\.percentiles\.p10: /)]);
  });
});

describe('a question', () => {
  const problems = (change: Record<string, unknown>) => problemsOf(schemas.question, { ...question, ...change });

  it('accepts the fixture', () => {
    expect(problems({})).toEqual([]);
  });

  it('says which list is empty when it probes no skill or applies to no occupation', () => {
    expect(problems({ skills: [] })).toEqual(['skills: a question probes at least one skill']);
    expect(problems({ occupations: [] })).toEqual(['occupations: a question applies to at least one occupation']);
  });

  it('refuses an id that is not lower-case words joined by hyphens', () => {
    for (const id of ['Filing-System', 'filing_system', 'filing--system', '-filing']) {
      expect(problems({ id }), id).toEqual(['id: question id is lower-case words joined by hyphens']);
    }
  });

  it('is not featured unless it says so', () => {
    const parsed = schemas.question.parse(question);
    expect(parsed.featured).toBe(false);
    expect(parsed.followUps).toEqual([]);
  });
});

describe('a source', () => {
  it('links only to web pages', () => {
    expect(problemsOf(schemas.source, source)).toEqual([]);
    expect(problemsOf(schemas.source, { ...source, url: 'http://example.org/data' })).toEqual([]);
    for (const url of ['ftp://example.org/data', 'javascript:alert(1)']) {
      expect(problemsOf(schemas.source, { ...source, url }), url).toEqual([expect.stringMatching(/^url: /)]);
    }
  });
});

describe('pay figures that agree to the rounding', () => {
  // 101 × 2,080 = 210,080: exactly 1 % above 208,000.
  it('accepts a median pair and a history point exactly 1 % apart', () => {
    const pay = { ...valid.pay, medianAnnual: { ...valid.pay.medianAnnual, value: 208000 }, medianHourly: { ...valid.pay.medianHourly, value: 101 }, percentiles: undefined };
    expect(occupation({ pay })).toEqual([]);
    expect(occupation({ pay: { ...valid.pay, history: [{ annual: 208000, hourly: 101, source: 'agency', period: '2016-05' }] } })).toEqual([]);
  });

  it('gives an occupation without a pay history an empty one, so no history is shown', () => {
    const { history: _none, ...pay } = valid.pay;
    expect(schemas.occupation.parse({ ...valid, pay }).pay.history).toEqual([]);
  });
});
