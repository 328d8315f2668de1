/** The figures of a chart as a table: what screen readers read and what prints. */
export function ChartTable({ title, head, unit, points, format }: { title: string; head: string; unit: string; points: { label: string; value: number }[]; format: (v: number) => string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{p.label}</th>
              <td>{format(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
