import { describe, expect, it } from 'vitest';
import { chartGeometry, payHistory } from '../../src/lib/guide/pay';

describe('pay history', () => {
  const points = [
    { hourly: 17.23, asOf: '2020' },
    { annual: 30610, hourly: 14.72, asOf: '2011-05' },
    { annual: 33750, asOf: '2018-05' },
  ];

  it('orders points by date and fills the missing figure from the other', () => {
    const rows = payHistory(points);
    expect(rows.map((r) => r.asOf)).toEqual(['2011-05', '2018-05', '2020']);
    expect(rows[1]).toMatchObject({ annual: 33750, derived: 'hourly' });
    expect(rows[1]!.hourly).toBeCloseTo(16.23, 2);
    expect(rows[2]).toMatchObject({ annual: 17.23 * 2080, derived: 'annual' });
    expect(rows[0]!.derived).toBeNull();
  });

  it('keeps what the source said, untouched, next to the computed figures', () => {
    expect(payHistory(points)[1]!.input).toEqual({ annual: 33750, asOf: '2018-05' });
  });

  it('draws higher pay higher on the chart and later dates further right', () => {
    const chart = chartGeometry(payHistory(points));
    const [a, b, c] = chart.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(c!.y).toBeLessThan(a!.y);
    expect(chart.path.startsWith('M')).toBe(true);
  });

  it('draws nothing for an empty history', () => {
    expect(chartGeometry([]).points).toEqual([]);
  });
});
