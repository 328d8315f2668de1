/** A small bar chart drawn in SVG, with the same figures in a table for screen readers and print. */
import { ChartTable } from './ChartTable';

interface Props {
  title: string;
  unit: string;
  points: { label: string; value: number }[];
  /** Decimal places in the table. */
  digits?: number;
}

const W = 320;
const H = 140;
const PAD = 24;

export function BarChart({ title, unit, points, digits = 0 }: Props) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = (W - PAD) / Math.max(1, points.length);
  const bar = Math.min(36, slot * 0.7);
  return (
    <figure className="practice-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={`${title}: chart; the table below gives the figures.`}>
        <line x1={PAD} y1={H} x2={W} y2={H} className="axis" />
        {points.map((p, i) => {
          const h = (p.value / max) * (H - 16);
          const x = PAD + i * slot + (slot - bar) / 2;
          return (
            <g key={p.label}>
              <rect x={x} y={H - h} width={bar} height={h} className="bar" />
              <text x={x + bar / 2} y={H - h - 3} textAnchor="middle" className="value">
                {p.value.toFixed(digits)}
              </text>
              <text x={x + bar / 2} y={H + 14} textAnchor="middle" className="label">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable title={title} head="When" unit={unit} points={points} format={(v) => v.toFixed(digits)} />
    </figure>
  );
}
