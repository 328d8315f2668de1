/** A trend line in SVG, with the same figures in a table beside it for screen readers and print. */
import { ChartTable } from './ChartTable';

interface Props {
  title: string;
  unit: string;
  points: { label: string; value: number }[];
  max?: number;
}

const W = 320;
const H = 120;
const PAD = 8;

export function LineChart({ title, unit, points, max }: Props) {
  const top = max ?? Math.max(1, ...points.map((p) => p.value));
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - PAD * 2)) / (points.length - 1));
  const y = (v: number) => H - PAD - (v / top) * (H - PAD * 2);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <figure className="practice-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: trend chart; the table below gives the figures.`}>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className="axis" />
        <path d={path} className="line" />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.value)} r={3} className="dot" />
        ))}
      </svg>
      <ChartTable title={title} head="Attempt" unit={unit} points={points} format={(v) => String(Math.round(v * 10) / 10)} />
    </figure>
  );
}
