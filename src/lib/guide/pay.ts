/**
 * Pay history as a chart can draw it: one series of annual medians, where a
 * point known only by its hourly figure is annualised (× 2,080) and marked.
 */
import { HOURS_PER_YEAR } from '../content/schemas';
import { compareIso, startOf } from '../content/dates';

export interface PayPointInput {
  annual?: number | undefined;
  hourly?: number | undefined;
  asOf: string;
}
export interface PayPoint<T extends PayPointInput = PayPointInput> {
  asOf: string;
  /** The point as stored, to show exactly what the source said. */
  input: T;
  annual: number;
  hourly: number;
  /** True when one of the two figures was computed from the other. */
  derived: 'annual' | 'hourly' | null;
}

export function payHistory<T extends PayPointInput>(points: T[]): PayPoint<T>[] {
  return [...points]
    .sort((a, b) => compareIso(a.asOf, b.asOf))
    .map((input) => {
      const { annual, hourly, asOf } = input;
      if (annual !== undefined && hourly !== undefined) return { asOf, input, annual, hourly, derived: null };
      if (annual !== undefined) return { asOf, input, annual, hourly: annual / HOURS_PER_YEAR, derived: 'hourly' as const };
      return { asOf, input, annual: hourly! * HOURS_PER_YEAR, hourly: hourly!, derived: 'annual' as const };
    });
}

export interface ChartGeometry {
  width: number;
  height: number;
  points: Array<{ x: number; y: number; point: PayPoint<any> }>;
  /** Horizontal guide lines with their hourly value. */
  ticks: Array<{ y: number; value: number }>;
  path: string;
}

/** Places the hourly medians on a time axis, in an SVG's own coordinates. */
export function chartGeometry<T extends PayPointInput>(history: PayPoint<T>[], width = 320, height = 160, pad = 28): ChartGeometry {
  if (history.length === 0) return { width, height, points: [], ticks: [], path: '' };
  const times = history.map((p) => startOf(p.asOf).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const values = history.map((p) => p.hourly);
  const lo = Math.floor(Math.min(...values) / 5) * 5;
  const hi = Math.ceil(Math.max(...values) / 5) * 5 || lo + 5;
  const x = (t: number) => pad + (t1 === t0 ? (width - 2 * pad) / 2 : ((t - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (v: number) => height - pad + ((lo - v) / (hi - lo || 1)) * (height - 2 * pad);
  const points = history.map((point, i) => ({ x: round(x(times[i]!)), y: round(y(point.hourly)), point }));
  const ticks = [];
  for (let v = lo; v <= hi; v += 5) ticks.push({ y: round(y(v)), value: v });
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  return { width, height, points, ticks, path };
}

const round = (n: number) => Math.round(n * 10) / 10;
