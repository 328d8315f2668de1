import { describe, expect, it } from 'vitest';
import type { Occupation } from '../../src/lib/content/schemas';
import { citationText, formatValue, markOlder, olderLabel, type Figure } from '../../src/lib/figures/figure';
import { headlineFigures, occupationFigures, withOlder, type OccupationFigures } from '../../src/lib/figures/occupation';
import { occupationData, sourceOf } from './figure-fixtures';

const src = (id: string) => ({ collection: 'sources' as const, id });
const oews = { source: src('oews-own'), period: '2024-05' };
const ep = { source: src('oews-own'), period: '2024–34', survey: 'bls-ep' as const };

/** A guide with every kind of figure: pay, its percentiles, outlook, education, industries and history. */
function fullOccupation(over: { medianAnnual?: number; period?: string } = {}): Occupation {
  const o = occupationData(
    {
      medianAnnual: { value: over.medianAnnual ?? 42830, ...oews, period: over.period ?? '2024-05' },
      medianHourly: { value: 20.59, ...oews },
      percentiles: { p10: 31000, p25: 35500, p75: 50100, p90: 61200, ...oews, note: 'Percentiles for all industries.' },
      history: [
        { hourly: 17.23, period: '2020-05', source: src('wages-read-via') },
        { annual: 30610, hourly: 14.72, period: '2011-05', source: src('wages-read-via') },
        { annual: 33750, period: '2018-05', source: src('wages-read-via') },
      ],
    },
    { jobs: { value: 2810000, ...ep, period: '2024' }, change: { value: -5, ...ep }, openings: { value: 341700, ...ep } },
  );
  return {
    ...o,
    education: { ...o.education, experience: 'None' },
    industries: { shares: [{ name: 'Retail trade', percent: 21 }, { name: 'Finance and insurance', percent: 14 }], source: src('oews-own'), period: '2024-05' },
  };
}

/** Every figure as the figure register (`figures.json`) lists it, in the guide's order. */
function register(f: OccupationFigures): Figure[] {
  return [
    ...headlineFigures(f),
    f.education.typical,
    f.education.training,
    ...(f.education.experience ? [f.education.experience] : []),
    ...f.industries.map((i) => i.share),
    ...f.history.flatMap((r) => [r.annual, r.hourly]),
  ];
}

describe('the figures of one guide', () => {
  // Built in each test, not once here: code run while tests are collected escapes mutation testing.
  const full = () => occupationFigures('teller', fullOccupation(), sourceOf);

  it('reads each figure as the guide shows it, with what it measures and its value', () => {
    const f = full();
    expect(register(f).map((x) => [x.measure, x.label, formatValue(x)])).toEqual([
      ['medianAnnual', 'Median pay, per year', '$42,830'],
      ['medianHourly', 'Median pay, per hour', '$20.59'],
      ['p10', 'Lowest 10% earned less than', '$31,000'],
      ['p25', 'Lowest 25% earned less than', '$35,500'],
      ['p75', 'Highest 25% earned more than', '$50,100'],
      ['p90', 'Highest 10% earned more than', '$61,200'],
      ['jobs', 'Jobs', '2.81 million'],
      ['change', 'Projected change in jobs', '−5%'],
      ['openings', 'Openings each year', '341,700'],
      ['education.typical', 'Typical entry-level education', 'High school diploma or equivalent'],
      ['education.training', 'Training', 'Short-term on-the-job training'],
      ['education.experience', 'Work experience', 'None'],
      ['industries.share', 'Share of jobs in Retail trade', '21%'],
      ['industries.share', 'Share of jobs in Finance and insurance', '14%'],
      ['history.annual', 'Median pay per year, 2011-05', '$30,610'],
      ['history.hourly', 'Median pay per hour, 2011-05', '$14.72'],
      ['history.annual', 'Median pay per year, 2018-05', '$33,750'],
      ['history.hourly', 'Median pay per hour, 2018-05', '$16.23'],
      ['history.annual', 'Median pay per year, 2020-05', '$35,838'],
      ['history.hourly', 'Median pay per hour, 2020-05', '$17.23'],
    ]);
  });

  it('gives every figure its own id under the occupation, so a page’s data-fig points at one figure', () => {
    const f = full();
    const ids = register(f).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('teller:')).toBe(true);
    expect(ids.slice(9)).toEqual([
      'teller:education.typical',
      'teller:education.training',
      'teller:education.experience',
      'teller:industries[0]',
      'teller:industries[1]',
      ...[0, 1, 2].flatMap((i) => [`teller:pay.history[${i}].annual`, `teller:pay.history[${i}].hourly`]),
    ]);
    // The register states each figure's unit: words for education, a share for industries.
    expect(register(f).slice(9, 14).map((x) => x.unit)).toEqual(['text', 'text', 'text', 'percent-share', 'percent-share']);
  });

  it('cites each figure’s own survey and caveat, the percentiles carrying the caveat of their set', () => {
    const f = full();
    expect(citationText(f.p75!)).toBe('Source: BLS OEWS, May 2024. Percentiles for all industries.');
    // The fixture's OEWS page restates the projections too, so it is named as the page read.
    expect(citationText(f.change!)).toBe('Source: BLS Employment Projections, 2024–34 (read via US Bureau of Labor Statistics).');
    expect(citationText(f.industries[0]!.share)).toBe('Source: BLS OEWS, May 2024.');
    expect(citationText(f.history[1]!.hourly)).toMatch(/Derived: annual median ÷ 2,080 hours; the source gave only the yearly figure\./);
    expect(citationText(f.history[2]!.annual)).toMatch(/^Source: BLS OEWS, May 2020 \(read via A Careers Site\)\. Derived: hourly median × 2,080 hours/);
  });

  it('leaves out what the content does not give, rather than showing an empty figure', () => {
    const o = occupationData({ medianAnnual: { value: 39340, ...oews }, percentiles: { p10: 30000, p90: 52000, ...oews } });
    const some = occupationFigures('clerk', o, sourceOf);
    expect(headlineFigures(some).map((x) => x.measure)).toEqual(['medianAnnual', 'p10', 'p90']);
    expect([some.medianHourly, some.p25, some.p75, some.jobs, some.change, some.openings]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(some.education.experience).toBeUndefined();
    expect(some.industries).toEqual([]);
    expect(some.history).toEqual([]);
    expect(occupationFigures('clerk', occupationData(), sourceOf).p10).toBeUndefined();
  });

  it('orders pay history oldest first whatever order the author wrote it in', () => {
    const periods = ['2024-05', '2016-05', '2022-05', '2011-05', '2019-05', '2014-05', '2020-05'];
    const o = occupationData({ history: periods.map((period, i) => ({ annual: 30000 + i * 1000, period, source: src('wages-read-via') })) });
    expect(occupationFigures('x', o, sourceOf).history.map((r) => r.period)).toEqual(periods.toSorted());
  });

  it('keeps two pay points of the same period in the author’s order', () => {
    const o = occupationData({
      history: [
        { annual: 31000, period: '2020-05', source: src('wages-read-via') },
        { annual: 32000, period: '2018-05', source: src('wages-read-via') },
        { annual: 33000, period: '2020-05', source: src('oews-own') },
      ],
    });
    expect(occupationFigures('x', o, sourceOf).history.map((r) => r.annual.value)).toEqual([32000, 31000, 33000]);
  });
});

describe('older figures across guides', () => {
  it('marks a guide’s pay older when another guide has a newer figure from the same survey, and only that figure', () => {
    const raw = [occupationFigures('teller', fullOccupation({ medianAnnual: 39340, period: '2023-05' }), sourceOf), occupationFigures('csr', fullOccupation(), sourceOf)];
    const marked = new Map(markOlder(raw.flatMap(headlineFigures)).map((x) => [x.id, x]));
    const [teller, csr] = raw.map((r) => withOlder(r, marked));
    expect(olderLabel(teller!.medianAnnual!)).toBe('Older figure: other guides have data for May 2024.');
    expect(headlineFigures(teller!).filter((x) => x.older).map((x) => x.id)).toEqual(['teller:medianAnnual']);
    expect(headlineFigures(csr!).some((x) => x.older)).toBe(false);
    // Everything else is the guide's own, unchanged.
    expect(teller!.education).toBe(raw[0]!.education);
    expect(teller!.history).toBe(raw[0]!.history);
  });

  it('keeps a figure as it was when the register has no entry for it', () => {
    const f = occupationFigures('teller', fullOccupation(), sourceOf);
    const same = withOlder(f, new Map());
    expect(headlineFigures(same)).toEqual(headlineFigures(f));
    const some = withOlder(occupationFigures('clerk', occupationData({ medianAnnual: { value: 1, ...oews } }), sourceOf), new Map());
    expect(headlineFigures(some).map((x) => x.id)).toEqual(['clerk:medianAnnual']);
  });
});
