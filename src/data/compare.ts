/** Compare rows from the occupation views (the ranking rules live in src/lib/compare). */
import type { CompareRow } from '../lib/compare/table';
import type { OccupationView } from './occupations';

export function toCompareRow(view: OccupationView): CompareRow {
  const f = view.figures;
  return {
    id: view.id,
    title: view.data.title,
    order: view.data.order,
    pay: f.medianAnnual ?? f.medianHourly ?? null,
    education: view.data.education.typical,
    training: view.data.education.training,
    change: f.change ?? null,
    jobs: f.jobs ?? null,
    skills: view.skills.map((s) => s.id),
  };
}
