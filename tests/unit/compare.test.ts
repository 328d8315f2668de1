import { describe, expect, it } from 'vitest';
import { parsePick, pickQuery, rankRows, sharedSkills, sortRows, type CompareRow } from '../../src/lib/compare/table';
import { figure } from './figure-fixtures';

type Cell = { value: number; period?: string; survey?: 'bls-oews' | 'bls-ep'; unit?: 'usd-year' | 'usd-hour' } | null;
function row(id: string, order: number, pay: Cell, change: Cell, jobs: Cell): CompareRow {
  const f = (c: Cell, measure: string, unit: 'usd-year' | 'usd-hour' | 'percent-change' | 'people', period: string) =>
    c === null ? null : figure({ id: `${id}:${measure}`, measure, value: c.value, unit: c.unit ?? unit, period: c.period ?? period, survey: c.survey });
  return {
    id,
    title: id,
    order,
    pay: f(pay, 'medianAnnual', 'usd-year', '2024-05'),
    education: '',
    training: '',
    change: f(change, 'change', 'percent-change', '2024–34'),
    jobs: f(jobs, 'jobs', 'people', '2024-05'),
    skills: [],
  };
}

const rows = [
  row('csr', 1, { value: 42830 }, { value: -5, survey: 'bls-ep' }, { value: 2810000 }),
  row('teller', 4, { value: 39340 }, { value: -12.9, survey: 'bls-ep' }, { value: 347400, period: '2024', survey: 'bls-ep' }),
  row('clerk', 7, { value: 14.7, unit: 'usd-hour', period: '2016-05' }, null, { value: 2500000, period: '2023-05' }),
  row('retail', 6, { value: 33900, period: '2023-05' }, { value: 0, period: '2023–33', survey: 'bls-ep' }, { value: 4078000, period: '2023', survey: 'bls-ep' }),
  row('telemarketer', 8, null, null, null),
];

describe('compare table', () => {
  it('ranks pay only among figures of one survey and period, and says why the others are left out', () => {
    const r = rankRows(rows, 'by-pay');
    expect(r.basis).toBe('BLS OEWS, May 2024');
    expect(r.rows.map((x) => x.id)).toEqual(['csr', 'teller', 'retail', 'clerk', 'telemarketer']);
    expect(r.unranked['retail']).toMatch(/Not in the order: BLS OEWS, May 2023, while the order uses BLS OEWS, May 2024/);
    expect(r.unranked['clerk']).toMatch(/an hourly figure/);
    expect(r.unranked['csr']).toBeUndefined();
  });

  it('does not rank 2023–33 projections against 2024–34 ones', () => {
    const r = rankRows(rows, 'by-outlook');
    expect(r.rows.map((x) => x.id)).toEqual(['csr', 'teller', 'retail', 'clerk', 'telemarketer']);
    expect(r.unranked['retail']).toMatch(/2023–33/);
  });

  it('does not rank a wage-survey job count against a projections base', () => {
    const r = rankRows(rows, 'by-jobs');
    // Two groups of one survey each tie on size; the newer period wins: OEWS May 2024 alone is newest.
    expect(r.basis).not.toBeNull();
    const ranked = r.rows.filter((x) => x.jobs && !r.unranked[x.id]);
    expect(new Set(ranked.map((x) => `${x.jobs!.survey} ${x.jobs!.period}`)).size).toBe(1);
  });

  it('keeps the career-path order by default', () => {
    expect(sortRows([...rows].reverse(), 'default').map((r) => r.id)).toEqual(['csr', 'teller', 'retail', 'clerk', 'telemarketer']);
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
