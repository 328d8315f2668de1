/**
 * The hiring-test practice's field rules in the words an author reads: a character no US
 * keyboard types (named with its code point), a passage at its minimum length, an account or
 * phone number with something stuck to either end, and lists that must not be empty.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makePracticeSchemas, MIN_PASSAGE_CHARS } from '../../../src/lib/content/practice-schemas';
import type { RefFactory } from '../../../src/lib/content/schemas';
import { parseYaml } from '../../../src/lib/content/yaml';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
// Built in each test, not once at import: then a change to a rule shows in the test that reads it.
const schemas = () => makePracticeSchemas(ref);
const first = (file: string) => (parseYaml(readFileSync(`tests/fixtures/content/valid/practice/${file}`, 'utf8')) as Record<string, any>[])[0]!;
const passage = first('passages.yaml');
const caller = first('callers.yaml');
const scenario = first('scenarios/general.yaml');
const reply = first('replies.yaml');

function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a typing passage', () => {
  it('is typed with single spaces, whatever line breaks and runs of spaces the file holds', () => {
    const text = `${'word '.repeat(70)}end.`.replace('word word', 'word  \n  word');
    const parsed = schemas().passage.parse({ ...passage, text });
    expect(parsed.text).toBe(`${'word '.repeat(70)}end.`);
  });

  it('names a character no US keyboard types, with its code point', () => {
    const text = `${'a'.repeat(MIN_PASSAGE_CHARS)} café`;
    expect(problemsOf(schemas().passage, { ...passage, text })).toEqual([
      'text: "é" (U+00E9) cannot be typed on a US keyboard; use plain quotes, hyphens and letters',
    ]);
  });

  it('may be exactly the minimum length, not one character less', () => {
    expect(problemsOf(schemas().passage, { ...passage, text: 'a'.repeat(MIN_PASSAGE_CHARS) })).toEqual([]);
    expect(problemsOf(schemas().passage, { ...passage, text: 'a'.repeat(MIN_PASSAGE_CHARS - 1) })).toEqual([
      `text: a passage needs at least ${MIN_PASSAGE_CHARS} characters`,
    ]);
  });

  it('applies to at least one occupation', () => {
    expect(problemsOf(schemas().passage, { ...passage, occupations: [] })).toEqual(['occupations: applies to at least one occupation']);
  });
});

describe('a caller record', () => {
  const withRecord = (change: Record<string, unknown>) => problemsOf(schemas().caller, { ...caller, record: { ...caller.record, ...change } });

  it('refuses an account number with anything before or after its digits', () => {
    for (const account of ['#4471 0092', '4471 0092x']) {
      expect(withRecord({ account }), account).toEqual(['record.account: an account number is digits (spaces allowed)']);
    }
  });

  it('refuses a phone number with anything before or after it', () => {
    for (const phone of ['Tel (515) 555-0142', '(515) 555-0142 ext']) {
      expect(withRecord({ phone }), phone).toEqual(['record.phone: a phone number looks like (515) 555-0142']);
    }
  });
});

describe('a scenario response and a reply prompt', () => {
  it('says a response shows at least one skill', () => {
    const responses = scenario.responses.map((r: Record<string, unknown>, i: number) => (i === 0 ? { ...r, skills: [] } : r));
    expect(problemsOf(schemas().scenario, { ...scenario, responses })).toEqual(['responses.0.skills: a response names at least one skill it shows']);
  });

  it('refuses a reply prompt without a model reply', () => {
    const { modelReply, ...rest } = reply;
    expect(problemsOf(schemas().reply, rest)).toEqual([expect.stringMatching(/^modelReply: /)]);
  });
});
