/**
 * The rules that tie each figure of an occupation to its survey, for every place a figure can sit:
 * a figure anywhere on the page names its survey, has the kind of period that survey describes,
 * and says how it was worked out when its note says it was.
 */
import { describe, expect, it } from 'vitest';
import { figureFields, figureProblems, type RawSource } from '../../src/lib/content/figure-rules';

const sources = new Map<string, RawSource>([
  ['wages', { publishes: 'bls-oews' }],
  ['projections', { publishes: 'bls-ep' }],
  ['news', { restates: 'bls-ep' }],
  ['blog', {}],
]);
const wage = (period: unknown, extra: Record<string, unknown> = {}) => ({ value: 1, source: 'wages', period, ...extra });

describe('where figures sit on an occupation', () => {
  it('finds every figure field, history points by position, and skips what is not a figure', () => {
    const data = {
      pay: { medianAnnual: wage('2024-05'), medianHourly: wage('2024-05'), percentiles: wage('2024-05'), history: [wage('2016-05'), wage('2015-05')] },
      outlook: { jobs: wage('2024–34'), change: wage('2024–34'), openings: wage('2024–34') },
      education: wage('2024–34'),
      industries: wage('2024-05'),
      skills: [wage('2024-05')],
    };
    expect(figureFields(data).map((f) => f.path)).toEqual([
      'pay.medianAnnual', 'pay.medianHourly', 'pay.percentiles', 'pay.history[0]', 'pay.history[1]',
      'outlook.jobs', 'outlook.change', 'outlook.openings', 'education', 'industries',
    ]);
    expect(figureFields({ pay: { medianAnnual: 41600, history: 'none', percentiles: [1, 2] } })).toEqual([]);
    expect(figureFields({})).toEqual([]);
  });
});

describe('a figure and its survey', () => {
  it('refuses a wage figure of any field dated by a month other than May, naming that field', () => {
    expect(figureProblems({ pay: { history: [wage('2016-05'), wage('2015-06')] } }, sources)).toEqual([
      'pay.history[1].period: BLS OEWS estimates describe May of a year (such as 2024-05), not "2015-06"',
    ]);
    expect(figureProblems({ industries: wage('2022–32') }, sources)).toEqual([
      'industries.period: BLS OEWS estimates describe May of a year (such as 2024-05), not "2022–32"',
    ]);
  });

  it('accepts a wage figure dated by a year or by May', () => {
    expect(figureProblems({ pay: { medianAnnual: wage(2024), medianHourly: wage('2024-05') } }, sources)).toEqual([]);
  });

  it('refuses a projection dated by a day, and takes the survey a secondary page restates', () => {
    expect(figureProblems({ outlook: { jobs: { value: 1, source: 'news', period: '2025-09-03' } } }, sources)).toEqual([
      'outlook.jobs.period: BLS Employment Projections describe a base year or a span (such as 2024–34), not the month "2025-09-03", which is likely when a page was published',
    ]);
    expect(figureProblems({ outlook: { jobs: { value: 1, source: 'news', period: '2024' } } }, sources)).toEqual([]);
    expect(figureProblems({ outlook: { jobs: { value: 1, source: 'projections', period: '2025-09' } } }, sources)).toEqual([
      'outlook.jobs.period: BLS Employment Projections describe a base year or a span (such as 2024–34), not the month "2025-09", which is likely when a page was published',
    ]);
  });

  it('lets a figure name its survey when its source does not, and asks for one when neither does', () => {
    expect(figureProblems({ education: { value: 1, source: 'blog', period: '2024–34', survey: 'bls-ep' } }, sources)).toEqual([]);
    expect(figureProblems({ education: { value: 1, source: 'blog', period: '2024–34', survey: 'bls-made-up' } }, sources)).toEqual([
      'education.survey: name the agency\'s survey this figure comes from (source "blog" neither publishes nor restates one)',
    ]);
  });

  it('leaves a figure with no known source to the schema, which names it', () => {
    expect(figureProblems({ pay: { medianAnnual: { value: 1, source: 'nowhere', period: '2024-06' } } }, sources)).toEqual([]);
    expect(figureProblems({ pay: { medianAnnual: { value: 1, period: '2024-06' } } }, sources)).toEqual([]);
  });

  it('asks how a figure was worked out whenever its note says it was', () => {
    for (const note of ['Calculated from the hourly median.', 'Annual ÷ 2080.', 'Hourly × 2080.', 'Derived from two tables.', 'The hourly figure multiplied by 2,080.']) {
      expect(figureProblems({ pay: { medianHourly: wage('2024-05', { note }) } }, sources), note).toEqual([
        'pay.medianHourly.derivation: the note says this figure was worked out; say how in "derivation"',
      ]);
    }
    expect(figureProblems({ pay: { medianHourly: wage('2024-05', { note: 'Derived from two tables.', derivation: 'Annual ÷ 2080.' }) } }, sources)).toEqual([]);
    expect(figureProblems({ pay: { medianHourly: wage('2024-05', { note: 'Includes part-time workers.' }) } }, sources)).toEqual([]);
  });
});
