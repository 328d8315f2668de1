/**
 * The pay rules of the occupation schema, on the valid fixture with one figure changed at a time:
 * what an author gets back when a pay history point or a percentile does not add up.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas, type RefFactory } from '../../src/lib/content/schemas';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const { occupation } = makeSchemas(ref);
const text = readFileSync('tests/fixtures/content/valid/occupations/test-clerk.md', 'utf8');
const valid = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;

/** Problems as "path: message" for the fixture with its pay replaced. */
function problems(pay: Record<string, unknown>): string[] {
  const result = occupation.safeParse({ ...valid, pay: { ...valid.pay, ...pay } });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const point = (annual: number | undefined, hourly: number | undefined) => ({ annual, hourly, source: 'agency', asOf: '2016-05' });
const ladder = (p: Record<string, number>) => ({ ...valid.pay.percentiles, ...p });

describe('pay history points', () => {
  it('accepts the fixture, and a point within 1 % of hourly × 2,080', () => {
    expect(problems({})).toEqual([]);
    // 15 × 2080 = 31200; the 1 % is of the annual figure.
    expect(problems({ history: [point(31200 + 312, 15)] })).toEqual([]);
    expect(problems({ history: [point(31200 - 300, 15)] })).toEqual([]);
  });

  it('refuses a point whose hourly and annual figures disagree, naming its date', () => {
    expect(problems({ history: [point(31200, 15), point(36000, 15)] })).toEqual([
      'pay.history: pay point 2016-05: hourly 15 × 2080 differs from annual 36000 by more than 1%',
    ]);
    expect(problems({ history: [point(31200 + 320, 15)] })).toHaveLength(1);
  });

  it('leaves a point with only one of the two figures alone, and refuses one with neither', () => {
    expect(problems({ history: [point(99999, undefined), point(undefined, 1)] })).toEqual([]);
    expect(problems({ history: [point(undefined, undefined)] })).toEqual(['pay.history.0: a pay point needs an annual or an hourly figure']);
  });
});

describe('the median pay pair', () => {
  it('allows 1 % between hourly × 2,080 and the annual median, and no more', () => {
    // 20 × 2080 = 41600.
    expect(problems({ medianAnnual: { ...valid.pay.medianAnnual, value: 41600 * 1.0099 } })).toEqual([]);
    expect(problems({ medianAnnual: { ...valid.pay.medianAnnual, value: 41600 * 0.991 } })).toEqual([]);
    expect(problems({ medianAnnual: { ...valid.pay.medianAnnual, value: 41600 * 1.0102 } })[0]).toMatch(/^pay\.medianHourly\.value: hourly 20 × 2080 = 41600 differs/);
  });
});

describe('percentiles', () => {
  it('refuses two equal steps of the ladder, not only a step down', () => {
    expect(problems({ percentiles: ladder({ p25: 30000 }) })).toEqual(['pay.percentiles.p25: percentiles out of order: p25 (30000) is not above p10 (30000)']);
    expect(problems({ percentiles: ladder({ p75: 41600 }) })).toEqual(['pay.percentiles.p75: percentiles out of order: p75 (41600) is not above median (41600)']);
  });

  it('places the median on the ladder and blames it when it is out of place', () => {
    expect(problems({ percentiles: ladder({ p25: 45000 }) })).toEqual(['pay.medianAnnual.value: percentiles out of order: median (41600) is not above p25 (45000)']);
  });

  it('skips the percentiles it does not have', () => {
    const { p25: _p25, p75: _p75, ...some } = valid.pay.percentiles;
    expect(problems({ percentiles: some })).toEqual([]);
    expect(problems({ percentiles: { ...some, p90: 30000 } })).toEqual(['pay.percentiles.p90: percentiles out of order: p90 (30000) is not above median (41600)']);
    expect(problems({ medianAnnual: undefined, medianHourly: undefined, percentiles: ladder({}) })).toEqual([]);
  });
});
