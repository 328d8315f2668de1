import { describe, expect, it } from 'vitest';
import { dated, parsePick, pickQuery, sharedSkills, sortRows, yearlyPay, type CompareRow } from '../../src/lib/compare/table';

function row(id: string, order: number, pay: number | null, change: number | null, jobs: number | null, per: 'year' | 'hour' = 'year'): CompareRow {
  const d = (value: number) => ({ value, asOf: '2024-05', source: 's', older: false });
  return {
    id,
    title: id,
    order,
    pay: pay === null ? null : { ...d(pay), per },
    education: '',
    training: '',
    change: change === null ? null : { ...d(change), period: '2024–34' },
    jobs: jobs === null ? null : { ...d(jobs), year: 2024 },
    skills: [],
  };
}

const rows = [row('csr', 1, 42830, -5, 2810000), row('teller', 4, 39340, -12.9, 347400), row('clerk', 7, 14.7, -1, 2500000, 'hour'), row('telemarketer', 8, null, null, null)];

describe('compare table', () => {
  it('sorts by pay, highest first, with hourly figures made yearly and unknowns last', () => {
    expect(yearlyPay(rows[2]!)).toBeCloseTo(30576);
    expect(sortRows(rows, 'by-pay').map((r) => r.id)).toEqual(['csr', 'teller', 'clerk', 'telemarketer']);
  });

  it('sorts by outlook and by jobs, unknowns last', () => {
    expect(sortRows(rows, 'by-outlook').map((r) => r.id)).toEqual(['clerk', 'csr', 'teller', 'telemarketer']);
    expect(sortRows(rows, 'by-jobs').map((r) => r.id)).toEqual(['csr', 'clerk', 'teller', 'telemarketer']);
  });

  it('breaks ties in a figure by career-path order, then by title, and keeps unknowns in that order too', () => {
    const tied = [row('b-late', 9, 40000, 2, 10), row('a-early', 2, 40000, 2, 10), row('unknown-late', 6, null, null, null), row('unknown-early', 3, null, null, null)];
    for (const key of ['by-pay', 'by-outlook', 'by-jobs'] as const) {
      expect(sortRows(tied, key).map((r) => r.id)).toEqual(['a-early', 'b-late', 'unknown-early', 'unknown-late']);
    }
    const sameOrder = [row('zeta', 1, null, null, null), row('alpha', 1, null, null, null)];
    expect(sortRows(sameOrder, 'default').map((r) => r.id)).toEqual(['alpha', 'zeta']);
    expect(sortRows(sameOrder, 'by-pay').map((r) => r.id)).toEqual(['alpha', 'zeta']);
    // An unknown never outranks a known figure, wherever it starts.
    expect(sortRows([row('none', 1, null, null, null), row('low', 9, 1, -50, 1)], 'by-outlook').map((r) => r.id)).toEqual(['low', 'none']);
    expect(sortRows([row('low', 9, 1, -50, 1), row('none', 1, null, null, null)], 'by-outlook').map((r) => r.id)).toEqual(['low', 'none']);
  });

  it('keeps the career-path order by default', () => {
    expect(sortRows([...rows].reverse(), 'default').map((r) => r.id)).toEqual(['csr', 'teller', 'clerk', 'telemarketer']);
  });
});

describe('picking occupations in the URL', () => {
  const known = ['csr', 'teller', 'clerk', 'telemarketer'];
  it('reads comma lists and repeated parameters, at most three', () => {
    expect(parsePick('?pick=teller,csr', known)).toEqual({ ids: ['teller', 'csr'], ignored: [] });
    expect(parsePick('?pick=teller&pick=clerk', known).ids).toEqual(['teller', 'clerk']);
    expect(parsePick('?pick=csr,teller,clerk,telemarketer', known)).toEqual({ ids: ['csr', 'teller', 'clerk'], ignored: ['telemarketer'] });
  });

  it('reports unknown ids instead of failing, and ignores repeats', () => {
    expect(parsePick('?pick=astronaut,csr,csr', known)).toEqual({ ids: ['csr'], ignored: ['astronaut'] });
    expect(parsePick('', known)).toEqual({ ids: [], ignored: [] });
  });

  it('writes the pick back as a short URL', () => {
    expect(pickQuery(['csr', 'teller'])).toBe('?pick=csr,teller');
    expect(pickQuery([])).toBe('');
  });

  it('finds the skills every picked occupation shares', () => {
    const skills: Record<string, string[]> = { a: ['x', 'y', 'z'], b: ['y', 'z'], c: ['z', 'y'] };
    expect(sharedSkills(['a', 'b', 'c'], (id) => skills[id] ?? [])).toEqual(['y', 'z']);
    expect(sharedSkills([], () => [])).toEqual([]);
  });
});

describe('a figure in the table', () => {
  it('keeps its value, date and source id, and says when it is an older figure', () => {
    expect(dated({ value: 42830, asOf: '2024-05', source: { id: 'bls' } })).toEqual({ value: 42830, asOf: '2024-05', source: 'bls', older: false });
    expect(dated({ value: 30000, asOf: '2016-05', source: { id: 'ooh' } })).toMatchObject({ older: true });
    expect(dated(undefined)).toBeNull();
  });
});
