/**
 * Every figure one occupation's guide can show, built from its validated content. Headline
 * figures are compared across occupations to mark older ones; history points never are, since a
 * time series is meant to be old.
 */
import type { Occupation } from '../content/schemas';
import { HOURS_PER_YEAR } from '../content/schemas';
import { makeFigure, type Figure, type FigureInput, type SourceFacts, type Unit } from './figure';
import type { SurveyId } from './surveys';

type Sourced = { source: { id: string }; period: string; survey?: SurveyId | undefined; scope?: string | undefined; note?: string | undefined; derivation?: string | undefined };

export interface HistoryRow {
  period: string;
  annual: Figure;
  hourly: Figure;
}

export interface OccupationFigures {
  medianAnnual?: Figure | undefined;
  medianHourly?: Figure | undefined;
  p10?: Figure | undefined;
  p25?: Figure | undefined;
  p75?: Figure | undefined;
  p90?: Figure | undefined;
  jobs?: Figure | undefined;
  change?: Figure | undefined;
  openings?: Figure | undefined;
  education: { typical: Figure; training: Figure; experience?: Figure | undefined };
  industries: Array<{ name: string; share: Figure }>;
  /** Oldest first; a value the source did not give is derived from the other and says so. */
  history: HistoryRow[];
}

export const HEADLINE_KEYS = ['medianAnnual', 'medianHourly', 'p10', 'p25', 'p75', 'p90', 'jobs', 'change', 'openings'] as const;

export const LABELS = {
  medianAnnual: 'Median pay, per year',
  medianHourly: 'Median pay, per hour',
  p10: 'Lowest 10% earned less than',
  p25: 'Lowest 25% earned less than',
  p75: 'Highest 25% earned more than',
  p90: 'Highest 10% earned more than',
  jobs: 'Jobs',
  change: 'Projected change in jobs',
  openings: 'Openings each year',
} as const;

const UNITS: Record<(typeof HEADLINE_KEYS)[number], Unit> = {
  medianAnnual: 'usd-year',
  medianHourly: 'usd-hour',
  p10: 'usd-year',
  p25: 'usd-year',
  p75: 'usd-year',
  p90: 'usd-year',
  jobs: 'people',
  change: 'percent-change',
  openings: 'openings-year',
};

export function occupationFigures(id: string, o: Occupation, sourceOf: (id: string) => SourceFacts): OccupationFigures {
  const fig = (key: string, measure: string, label: string, value: number | string, unit: Unit, f: Sourced, extra: Partial<FigureInput> = {}) =>
    makeFigure({
      id: `${id}:${key}`,
      measure,
      label,
      value,
      unit,
      period: f.period,
      source: sourceOf(f.source.id),
      survey: f.survey,
      scope: f.scope,
      note: f.note,
      derivation: f.derivation,
      ...extra,
    });
  const headline = (key: (typeof HEADLINE_KEYS)[number], f: (Sourced & { value: number }) | undefined) =>
    f && fig(key, key, LABELS[key], f.value, UNITS[key], f);
  const p = o.pay.percentiles;
  const percentile = (key: 'p10' | 'p25' | 'p75' | 'p90') => {
    const value = p?.[key];
    // The caveat of a percentile set belongs to the set; each figure carries it.
    return p && value !== undefined ? fig(key, key, LABELS[key], value, 'usd-year', p) : undefined;
  };
  const e = o.education;
  const history = [...o.pay.history]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((point, i) => {
      const key = `pay.history[${i}]`;
      const base = { ...point, note: point.note };
      const annual =
        point.annual !== undefined
          ? fig(`${key}.annual`, 'history.annual', `Median pay per year, ${point.period}`, point.annual, 'usd-year', base)
          : fig(`${key}.annual`, 'history.annual', `Median pay per year, ${point.period}`, point.hourly! * HOURS_PER_YEAR, 'usd-year', base, {
              derivation: `hourly median × ${HOURS_PER_YEAR.toLocaleString('en-US')} hours; the source gave only the hourly figure`,
            });
      const hourly =
        point.hourly !== undefined
          ? fig(`${key}.hourly`, 'history.hourly', `Median pay per hour, ${point.period}`, point.hourly, 'usd-hour', base)
          : fig(`${key}.hourly`, 'history.hourly', `Median pay per hour, ${point.period}`, point.annual! / HOURS_PER_YEAR, 'usd-hour', base, {
              derivation: `annual median ÷ ${HOURS_PER_YEAR.toLocaleString('en-US')} hours; the source gave only the yearly figure`,
            });
      return { period: point.period, annual, hourly };
    });
  return {
    medianAnnual: headline('medianAnnual', o.pay.medianAnnual),
    medianHourly: headline('medianHourly', o.pay.medianHourly),
    p10: percentile('p10'),
    p25: percentile('p25'),
    p75: percentile('p75'),
    p90: percentile('p90'),
    jobs: headline('jobs', o.outlook.jobs),
    change: headline('change', o.outlook.change),
    openings: headline('openings', o.outlook.openings),
    education: {
      typical: fig('education.typical', 'education.typical', 'Typical entry-level education', e.typical, 'text', e),
      training: fig('education.training', 'education.training', 'Training', e.training, 'text', e),
      experience: e.experience ? fig('education.experience', 'education.experience', 'Work experience', e.experience, 'text', e) : undefined,
    },
    industries: (o.industries?.shares ?? []).map((s, i) => ({
      name: s.name,
      share: fig(`industries[${i}]`, 'industries.share', `Share of jobs in ${s.name}`, s.percent, 'percent-share', o.industries!),
    })),
    history,
  };
}

/** The headline figures, for comparing periods across occupations. */
export function headlineFigures(f: OccupationFigures): Figure[] {
  return HEADLINE_KEYS.map((k) => f[k]).filter((x): x is Figure => x !== undefined);
}

/** A copy with `older` set on the headline figures from the site-wide newest period per measure. */
export function withOlder(f: OccupationFigures, marked: ReadonlyMap<string, Figure>): OccupationFigures {
  const out = { ...f };
  for (const k of HEADLINE_KEYS) {
    const figure = f[k];
    if (figure) out[k] = marked.get(figure.id) ?? figure;
  }
  return out;
}
