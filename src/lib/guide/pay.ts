/**
 * Pay history as a chart can draw it. The chart plots the figure the sources published: yearly
 * medians when every point has one, else hourly medians when every point has one, else yearly
 * medians with the points we worked out from the hourly figure marked as derived.
 */
import { startOf } from '../content/dates';
import type { Figure } from '../figures/figure';
import type { HistoryRow } from '../figures/occupation';

export interface Series {
  per: 'year' | 'hour';
  points: Figure[];
}

export function chartSeries(history: readonly HistoryRow[]): Series {
  if (history.every((r) => !r.annual.derivation)) return { per: 'year', points: history.map((r) => r.annual) };
  if (history.every((r) => !r.hourly.derivation)) return { per: 'hour', points: history.map((r) => r.hourly) };
  return { per: 'year', points: history.map((r) => r.annual) };
}

export interface ChartGeometry {
  width: number;
  height: number;
  points: Array<{ x: number; y: number; figure: Figure }>;
  /** Horizontal guide lines with their value. */
  ticks: Array<{ y: number; value: number }>;
  path: string;
}

/** Places the series on a time axis, in an SVG's own coordinates; ticks every `step` of value. */
export function chartGeometry(series: Series, width = 320, height = 160, pad = 28): ChartGeometry {
  const list = series.points;
  if (list.length === 0) return { width, height, points: [], ticks: [], path: '' };
  const step = series.per === 'hour' ? 5 : 10000;
  const times = list.map((p) => startOf(p.period).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const values = list.map((p) => Number(p.value));
  const lo = Math.floor(Math.min(...values) / step) * step;
  // Pay is positive (the schema refuses zero), so the top is at least one step.
  const hi = Math.ceil(Math.max(...values) / step) * step;
  const span = hi - lo || step;
  const x = (t: number) => pad + (t1 === t0 ? (width - 2 * pad) / 2 : ((t - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (v: number) => height - pad + ((lo - v) / span) * (height - 2 * pad);
  const points = list.map((figure, i) => ({ x: round(x(times[i]!)), y: round(y(values[i]!)), figure }));
  const ticks = [];
  for (let v = lo; v <= hi; v += step) ticks.push({ y: round(y(v)), value: v });
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  return { width, height, points, ticks, path };
}

const round = (n: number) => Math.round(n * 10) / 10;
