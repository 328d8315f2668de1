import { describe, expect, it } from 'vitest';
import { chartGeometry, chartSeries } from '../../src/lib/guide/pay';
import { occupationFigures } from '../../src/lib/figures/occupation';
import { occupationData, sourceOf } from './figure-fixtures';

const history = (points: Array<{ annual?: number; hourly?: number; period: string }>) =>
  occupationFigures('x', occupationData({ history: points.map((h) => ({ ...h, source: { collection: 'sources', id: 'wages-read-via' } })) }), sourceOf).history;
const values = (s: ReturnType<typeof chartSeries>) => s.points.map((p) => Number(p.value));

// The chart is 320 × 160 with 28 of padding: points are drawn between x 28 and 292, y 28 and 132.
describe('which pay line the guide charts', () => {
  it('charts yearly figures when the sources published both for every point', () => {
    const series = chartSeries(history([{ annual: 30610, hourly: 14.72, period: '2011-05' }, { annual: 39340, hourly: 18.91, period: '2024-05' }]));
    expect(series.per).toBe('year');
    expect(values(series)).toEqual([30610, 39340]);
  });

  it('charts the published hourly figures when only those exist for every point', () => {
    const series = chartSeries(history([{ hourly: 13.78, period: '2014-05' }, { hourly: 14.7, annual: 30580, period: '2016-05' }]));
    expect(series.per).toBe('hour');
    expect(values(series)).toEqual([13.78, 14.7]);
  });

  it('falls back to yearly figures, the worked-out ones marked, when neither line is published in full', () => {
    const series = chartSeries(history([{ hourly: 14, period: '2014-05' }, { annual: 33750, period: '2018-05' }]));
    expect(series.per).toBe('year');
    expect(values(series)).toEqual([14 * 2080, 33750]);
    expect(series.points.map((p) => Boolean(p.derivation))).toEqual([true, false]);
  });
});

describe('where the pay chart draws its points and guide lines', () => {
  it('spans the time axis edge to edge, in proportion to the years between points', () => {
    const chart = chartGeometry(chartSeries(history([{ annual: 30000, period: '2011-05' }, { annual: 33750, period: '2018-05' }, { annual: 42830, period: '2024-05' }])));
    const [a, b, c] = chart.points;
    expect(a!.x).toBe(28);
    expect(c!.x).toBe(292);
    // 7 of the 13 years (2,557 of 4,749 days) from the first point.
    expect(b!.x).toBeCloseTo(28 + (2557 / 4749) * 264, 0);
  });

  it('puts guide lines every $10,000 from below the lowest pay to above the highest, each point at its height', () => {
    const chart = chartGeometry(chartSeries(history([{ annual: 30000, period: '2011-05' }, { annual: 33750, period: '2018-05' }, { annual: 42830, period: '2024-05' }])));
    expect(chart.ticks).toEqual([
      { y: 132, value: 30000 },
      { y: 80, value: 40000 },
      { y: 28, value: 50000 },
    ]);
    // 30,000 sits on the lowest line; 42,830 is 12,830 of the 20,000 up, rounded to a tenth.
    expect(chart.points.map((p) => p.y)).toEqual([132, 112.5, 65.3]);
    expect(chart.path).toBe(`M28 132 L${chart.points[1]!.x} 112.5 L292 65.3`);
  });

  it('puts hourly guide lines every $5', () => {
    const chart = chartGeometry(chartSeries(history([{ hourly: 13.78, period: '2014-05' }, { hourly: 17.23, period: '2020-05' }])));
    expect(chart.ticks.map((t) => t.value)).toEqual([10, 15, 20]);
    expect(chart.points.map((p) => p.y)).toEqual([132 - (3.78 / 10) * 104, 132 - (7.23 / 10) * 104].map((v) => Math.round(v * 10) / 10));
  });

  it('draws a single point in the middle, and a flat line on its own guide line', () => {
    const one = chartGeometry(chartSeries(history([{ annual: 36000, period: '2024-05' }])));
    expect(one.points.map((p) => p.x)).toEqual([160]);
    expect(one.path).toBe(`M160 ${one.points[0]!.y}`);
    const flat = chartGeometry(chartSeries(history([{ annual: 30000, period: '2020-05' }, { annual: 30000, period: '2024-05' }])));
    expect(flat.ticks).toEqual([{ y: 132, value: 30000 }]);
    expect(flat.points.map((p) => p.y)).toEqual([132, 132]);
  });

  it('keeps the size it is asked for', () => {
    const chart = chartGeometry(chartSeries(history([{ annual: 30000, period: '2011-05' }, { annual: 40000, period: '2024-05' }])), 600, 200, 40);
    expect([chart.width, chart.height]).toEqual([600, 200]);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([[40, 160], [560, 40]]);
  });

  it('draws nothing, not even a guide line, for an empty history', () => {
    expect(chartGeometry({ per: 'year', points: [] })).toEqual({ width: 320, height: 160, points: [], ticks: [], path: '' });
  });
});
