/**
 * What the hiring-test practice refuses from an author, on the valid fixture with one field
 * changed: a caller record the script never says (no candidate could type it), a rank outside
 * 1 to 4, a reply timed outside 1 to 30 minutes, a response that shows no skill.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makePracticeSchemas } from '../../../src/lib/content/practice-schemas';
import type { RefFactory } from '../../../src/lib/content/schemas';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const schemas = makePracticeSchemas(ref);
const first = (file: string) => (parse(readFileSync(`tests/fixtures/content/valid/practice/${file}`, 'utf8')) as Record<string, any>[])[0]!;
const caller = first('callers.yaml');
const reply = first('replies.yaml');
const scenario = first('scenarios/general.yaml');

function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a caller for the data-entry test', () => {
  const withRecord = (change: Record<string, unknown>) => problemsOf(schemas.caller, { ...caller, record: { ...caller.record, ...change } });

  it('accepts the fixture, reading the record in the script whatever its case', () => {
    expect(withRecord({})).toEqual([]);
    expect(withRecord({ name: 'DANA REYES', address: '18 elm street, ames' })).toEqual([]);
  });

  it.each([
    ['name', { name: 'Dana Ruiz' }],
    ['phone', { phone: '(515) 555-0143' }],
    ['address', { address: '19 Elm Street, Ames' }],
  ])('refuses a %s the script never says', (field, change) => {
    expect(withRecord(change)).toEqual([`record.${field}: the script never says this ${field}, so no one could type it`]);
  });

  it('refuses a fact for the note that is not in the script, naming it', () => {
    expect(withRecord({ noteFacts: ['bills sent there', 'wants a refund'] })).toEqual(['record.noteFacts.1: "wants a refund" is not in the script']);
  });

  it('refuses a phone number or account number in another shape, with an example', () => {
    expect(withRecord({ phone: '515-555-0142' })).toContain('record.phone: a phone number looks like (515) 555-0142');
    expect(withRecord({ account: '44-71' })).toContain('record.account: an account number is digits (spaces allowed)');
  });
});

describe('a written-reply prompt', () => {
  const minutes = (value: number) => problemsOf(schemas.reply, { ...reply, minutes: value });

  it('gives the candidate 1 to 30 whole minutes', () => {
    expect(minutes(1)).toEqual([]);
    expect(minutes(30)).toEqual([]);
    for (const value of [0, 31, 2.5]) expect(minutes(value), String(value)).toEqual([expect.stringMatching(/^minutes: /)]);
  });
});

describe('a judgment scenario', () => {
  const withResponse = (index: number, change: Record<string, unknown>) =>
    problemsOf(schemas.scenario, { ...scenario, responses: scenario.responses.map((r: object, i: number) => (i === index ? { ...r, ...change } : r)) });

  it('ranks responses 1 to 4 only', () => {
    expect(withResponse(0, {})).toEqual([]);
    expect(withResponse(0, { rank: 5 })).toEqual([expect.stringMatching(/^responses\.0\.rank: /)]);
    expect(withResponse(1, { rank: 0 })).toEqual([expect.stringMatching(/^responses\.1\.rank: /)]);
  });

  it('says a response must show a skill', () => {
    expect(withResponse(2, { skills: [] })).toEqual(['responses.2.skills: a response names at least one skill it shows']);
  });

  it('says which occupation list is empty', () => {
    expect(problemsOf(schemas.scenario, { ...scenario, occupations: [] })).toEqual(['occupations: applies to at least one occupation']);
  });
});
