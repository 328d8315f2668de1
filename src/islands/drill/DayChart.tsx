import type { DayCount } from '../../lib/drill/forecast';

interface Props {
  days: readonly DayCount[];
  /** "Reviews per day over the last 12 weeks" */
  caption: string;
  /** Column heading of the figures: "Reviews", "Cards due". */
  unit: string;
  /** "Today", "Mon, Mar 3" */
  dayLabel: (date: string, index: number) => string;
  /** Rows of the table: all days, or only those with a count (a long calendar). */
  tableRows?: 'all' | 'non-zero';
}

const HEIGHT = 60;

/** A bar per day as SVG, hidden from screen readers, and a table with the same figures. */
export function DayChart({ days, caption, unit, dayLabel, tableRows = 'all' }: Props) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = days.length * 10;
  const rows = days.map((d, i) => ({ ...d, i })).filter((d) => tableRows === 'all' || d.count > 0);
  return (
    <figure className="drill-chart">
      <svg viewBox={`0 0 ${width} ${HEIGHT + 2}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line x1="0" y1={HEIGHT + 1} x2={width} y2={HEIGHT + 1} className="axis" />
        {days.map((d, i) => {
          const h = d.count === 0 ? 0 : Math.max(2, (d.count / max) * HEIGHT);
          return <rect key={d.date} x={i * 10 + 1} y={HEIGHT + 1 - h} width="8" height={h} className={i === days.length - 1 && tableRows === 'non-zero' ? 'bar today' : 'bar'} />;
        })}
      </svg>
      <figcaption>
        {caption}. Highest day: {max === 1 && days.every((d) => d.count === 0) ? 0 : max}. The table gives the same figures.
      </figcaption>
      <div className="table-wrap">
        <table className="drill-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={2}>None yet.</td>
              </tr>
            ) : (
              rows.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{dayLabel(d.date, d.i)}</th>
                  <td className="num">{d.count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
