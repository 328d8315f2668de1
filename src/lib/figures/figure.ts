/**
 * One figure: every number the site shows is one of these, with the period its data describes,
 * the agency and survey it comes from, the page we read it on when that is someone else's, the
 * workers it covers, a caveat, and for a value we worked out ourselves, how.
 */
import { approxCount, count, money, signedPercent } from '../format';
import { comparePeriods, formatPeriod } from './period';
import { SURVEYS, type SurveyId } from './surveys';

export type Unit = 'usd-year' | 'usd-hour' | 'people' | 'openings-year' | 'percent-change' | 'percent-share' | 'text';

/** The page a figure was read on. */
export interface PageRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

export interface Figure {
  /** Stable id, unique on the site: "teller:pay.medianAnnual". */
  id: string;
  /** What is measured, shared by the same measure across occupations: "pay.medianAnnual". */
  measure: string;
  /** What the number is, in words: "Median pay, per year". */
  label: string;
  value: number | string;
  unit: Unit;
  /** The period the data describes: "2024-05", "2024", "2024–34". */
  period: string;
  /** The agency and survey; for a source that is not a survey (an industry study), the publisher and its title. */
  agency: string;
  survey: string;
  /** The page we read, when it is not the agency's own publication of this survey. */
  carrier?: PageRef | undefined;
  /** The page the citation links to: the carrier, or the agency's own page. */
  source: PageRef;
  scope?: string | undefined;
  note?: string | undefined;
  /** For a value we worked out: how ("annual median ÷ 2,080"). */
  derivation?: string | undefined;
  /** Computed: a newer figure of the same measure exists on the site. */
  older: boolean;
  /** When older, the period of the newest figure of the same measure. */
  newest?: string | undefined;
}

/** The source entry fields a figure needs to name where it comes from. */
export interface SourceFacts extends PageRef {
  reliability: 'primary' | 'secondary';
  /** The survey this page is the agency's own publication of. */
  publishes?: SurveyId | undefined;
  /** The survey this page restates. */
  restates?: SurveyId | undefined;
}

export interface FigureInput {
  id: string;
  measure: string;
  label: string;
  value: number | string;
  unit: Unit;
  period: string;
  source: SourceFacts;
  survey?: SurveyId | undefined;
  scope?: string | undefined;
  note?: string | undefined;
  derivation?: string | undefined;
}

/** The survey a figure comes from: its own, or the one its page publishes or restates. */
export function surveyOf(input: { survey?: SurveyId | undefined; source: SourceFacts }): SurveyId | undefined {
  return input.survey ?? input.source.publishes ?? input.source.restates;
}

export function makeFigure(input: FigureInput): Figure {
  const { source } = input;
  const surveyId = surveyOf(input);
  const page: PageRef = { id: source.id, publisher: source.publisher, title: source.title, url: source.url };
  const survey = surveyId ? SURVEYS[surveyId] : undefined;
  const own = surveyId !== undefined && source.publishes === surveyId;
  return {
    id: input.id,
    measure: input.measure,
    label: input.label,
    value: input.value,
    unit: input.unit,
    period: input.period,
    agency: survey ? survey.agency : source.publisher,
    survey: survey ? survey.short : source.title,
    carrier: survey && !own ? page : undefined,
    source: page,
    scope: input.scope,
    note: input.note,
    derivation: input.derivation,
    older: false,
  };
}

/** Figures of one measure from one survey: the only ones whose periods say which is newer. */
const kindOf = (f: Figure) => `${f.measure}|${f.survey}`;

/**
 * Marks each figure older when a figure of the same measure from the same survey, with a newer
 * period, exists among `all` (the site's headline figures). Never typed by an author.
 */
export function markOlder(figures: Figure[], all: readonly Figure[] = figures): Figure[] {
  const newest = new Map<string, string>();
  for (const f of all) {
    const seen = newest.get(kindOf(f));
    if (!seen || comparePeriods(f.period, seen) > 0) newest.set(kindOf(f), f.period);
  }
  return figures.map((f) => {
    const top = newest.get(kindOf(f)) ?? f.period;
    return comparePeriods(f.period, top) < 0 ? { ...f, older: true, newest: top } : { ...f, older: false, newest: undefined };
  });
}

/** The value as it reads on the page: "$42,830", "$20.59", "2.81 million", "−5%", "About 29,800". */
export function formatValue(f: Pick<Figure, 'value' | 'unit'>): string {
  const { value, unit } = f;
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'usd-year':
      return money(value);
    case 'usd-hour':
      return money(value, 'hour');
    case 'people':
      return approxCount(value);
    case 'openings-year':
      return count(value);
    case 'percent-change':
      return signedPercent(value);
    case 'percent-share':
      return `${value}%`;
    case 'text':
      return String(value);
  }
}

/** "BLS OEWS, May 2024": the agency and survey first, with the data's period. */
export function citation(f: Figure): string {
  return `${f.survey}, ${formatPeriod(f.period)}`;
}

/** "read via StartRight Careers", when the figure was read on someone else's page. */
export function readVia(f: Figure): string | null {
  return f.carrier ? `read via ${f.carrier.publisher}` : null;
}

/** The whole citation as one line of plain text, for print, captions and the ledger. */
export function citationText(f: Figure): string {
  const parts = [citation(f)];
  const via = readVia(f);
  if (via) parts.push(`(${via})`);
  let text = `Source: ${parts.join(' ')}.`;
  if (f.derivation) text += ` Derived: ${f.derivation}.`;
  if (f.scope) text += ` Covers ${f.scope}.`;
  if (f.note) text += ` ${f.note}`;
  const older = olderLabel(f);
  if (older) text += ` ${older}`;
  return text;
}

/** "Older figure: the newest on the site is for May 2024." Only when a newer figure of the measure exists. */
export function olderLabel(f: Figure): string | null {
  return f.older && f.newest ? `Older figure: other guides have data for ${formatPeriod(f.newest)}.` : null;
}
