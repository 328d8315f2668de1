/** Compare rows from the occupations collection (the shaping rules live in src/lib/compare). */
import { dated, type CompareRow } from '../lib/compare/table';
import type { OccupationEntry } from './site';

export function toCompareRow(entry: OccupationEntry): CompareRow {
  const o = entry.data;
  const annual = dated(o.pay.medianAnnual);
  const hourly = dated(o.pay.medianHourly);
  const change = dated(o.outlook.change ? { ...o.outlook.change, value: o.outlook.change.percent } : undefined);
  const jobs = dated(o.outlook.jobs);
  return {
    id: entry.id,
    title: o.title,
    order: o.order,
    pay: annual ? { ...annual, per: 'year' } : hourly ? { ...hourly, per: 'hour' } : null,
    education: o.education.typical,
    training: o.education.training,
    change: change && o.outlook.change ? { ...change, period: o.outlook.change.period } : null,
    jobs: jobs && o.outlook.jobs ? { ...jobs, year: o.outlook.jobs.year } : null,
    skills: o.skills.map((s) => s.skill.id),
  };
}
