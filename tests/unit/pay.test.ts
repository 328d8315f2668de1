import { describe, expect, it } from 'vitest';
import { chartGeometry, chartSeries } from '../../src/lib/guide/pay';
import { occupationFigures } from '../../src/lib/figures/occupation';
import { occupationData, sourceOf } from './figure-fixtures';

describe('pay history', () => {
  const withHistory = (history: Array<{ annual?: number; hourly?: number; period: string }>) =>
    occupationFigures('x', occupationData({ history: history.map((h) => ({ ...h, source: { collection: 'sources', id: 'wages-read-via' } })) }), sourceOf).history;

  it('orders points by period and derives a missing figure, saying how', () => {
    const rows = withHistory([{ hourly: 17.23, period: '2020' }, { annual: 30610, hourly: 14.72, period: '2011-05' }, { annual: 33750, period: '2018-05' }]);
    expect(rows.map((r) => r.period)).toEqual(['2011-05', '2018-05', '2020']);
    expect(rows[1]!.annual).toMatchObject({ value: 33750, derivation: undefined });
    expect(Number(rows[1]!.hourly.value)).toBeCloseTo(16.23, 2);
    expect(rows[1]!.hourly.derivation).toMatch(/annual median ÷ 2,080/);
    expect(rows[2]!.annual.derivation).toMatch(/hourly median × 2,080/);
  });

  it('charts the published yearly figures when every point has one, never a derived hourly line', () => {
    const rows = withHistory([{ annual: 32620, period: '2020-05' }, { annual: 39340, period: '2024-05' }]);
    const series = chartSeries(rows);
    expect(series.per).toBe('year');
    expect(series.points.every((p) => !p.derivation)).toBe(true);
  });

  it('charts hourly figures when only those are published for every point', () => {
    const series = chartSeries(withHistory([{ hourly: 13.78, annual: 28670, period: '2014-05' }, { hourly: 14.7, period: '2016-05' }]));
    expect(series.per).toBe('hour');
  });

  it('draws higher pay higher on the chart and later periods further right', () => {
    const chart = chartGeometry(chartSeries(withHistory([{ annual: 30000, period: '2011-05' }, { annual: 33750, period: '2018-05' }, { annual: 42830, period: '2024-05' }])));
    const [a, b, c] = chart.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(c!.y).toBeLessThan(a!.y);
    expect(chart.path.startsWith('M')).toBe(true);
  });

  it('draws nothing for an empty history', () => {
    expect(chartGeometry({ per: 'year', points: [] }).points).toEqual([]);
  });
});
