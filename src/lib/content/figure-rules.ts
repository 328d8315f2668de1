/**
 * Rules over an occupation's figures that need the source list: every figure resolves to an
 * agency's survey, its period is the kind that survey describes, and a figure we worked out
 * says how. Each problem names the field.
 */
import { periodKind } from '../figures/period';
import { SURVEYS, type SurveyId } from '../figures/surveys';

export interface RawSource {
  publishes?: unknown;
  restates?: unknown;
}

type Raw = Record<string, unknown>;

/** The figure fields of an occupation, by path, as authors write them. */
export function figureFields(data: Raw): Array<{ path: string; figure: Raw }> {
  const out: Array<{ path: string; figure: Raw }> = [];
  const add = (path: string, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) out.push({ path, figure: value as Raw });
  };
  const pay = (data['pay'] ?? {}) as Raw;
  const outlook = (data['outlook'] ?? {}) as Raw;
  add('pay.medianAnnual', pay['medianAnnual']);
  add('pay.medianHourly', pay['medianHourly']);
  add('pay.percentiles', pay['percentiles']);
  (Array.isArray(pay['history']) ? pay['history'] : []).forEach((p, i) => add(`pay.history[${i}]`, p));
  add('outlook.jobs', outlook['jobs']);
  add('outlook.change', outlook['change']);
  add('outlook.openings', outlook['openings']);
  add('education', data['education']);
  add('industries', data['industries']);
  return out;
}

const DERIVED_WORDS = /\b(calculated|derived|worked out|divided by|multiplied by)\b|÷|×/i;

export function figureProblems(data: Raw, sources: ReadonlyMap<string, RawSource>): string[] {
  const problems: string[] = [];
  for (const { path, figure } of figureFields(data)) {
    const sourceId = typeof figure['source'] === 'string' ? figure['source'] : undefined;
    const source = sourceId ? sources.get(sourceId) : undefined;
    if (!source) continue; // the schema reports a missing or unknown source
    const survey = (figure['survey'] ?? source.publishes ?? source.restates) as SurveyId | undefined;
    if (!survey || !(survey in SURVEYS)) {
      problems.push(`${path}.survey: name the agency's survey this figure comes from (source "${sourceId}" neither publishes nor restates one)`);
      continue;
    }
    const period = figure['period'];
    const kind = typeof period === 'string' || typeof period === 'number' ? periodKind(String(period)) : null;
    const wants = SURVEYS[survey].period;
    if (kind && wants === 'month' && (kind === 'range' || (kind === 'month' && !String(period).endsWith('-05')))) {
      problems.push(`${path}.period: ${SURVEYS[survey].short} estimates describe May of a year (such as 2024-05), not "${String(period)}"`);
    }
    if (kind && wants === 'range' && (kind === 'month' || kind === 'day')) {
      problems.push(
        `${path}.period: ${SURVEYS[survey].short} describe a base year or a span (such as 2024–34), not the month "${String(period)}", which is likely when a page was published`,
      );
    }
    const note = typeof figure['note'] === 'string' ? figure['note'] : '';
    if (DERIVED_WORDS.test(note) && figure['derivation'] === undefined) {
      problems.push(`${path}.derivation: the note says this figure was worked out; say how in "derivation"`);
    }
  }
  return problems;
}
