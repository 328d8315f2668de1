/**
 * The data model in one place. The schemas are built by a factory that takes
 * a `ref` function, so Astro can pass its `reference()` (checked at build time)
 * while unit tests pass a plain one: this file knows nothing of Astro.
 */
import { z } from 'zod';
import { isoDateSchema, isNotFuture } from './dates';
import { isPeriod, periodKind, periodStart } from '../figures/period';
import { SURVEY_IDS } from '../figures/surveys';

export type CollectionName = 'occupations' | 'questions' | 'skills' | 'sources' | 'glossary';
/** What a reference becomes once parsed: Astro's shape. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, string>;

/** A reference date: a year, a month or a day, never in the future. */
export const referenceDate = isoDateSchema.refine(isNotFuture, {
  error: 'reference date is in the future',
});

/** Annual pay is hourly pay for a full-time year of 2,080 hours; allow 1 % for rounding. */
export const HOURS_PER_YEAR = 2080;
export const PAY_TOLERANCE = 0.01;

import { CATEGORIES } from './categories';

export { CATEGORIES };
export const CHANNELS = ['phone', 'email', 'live chat', 'social media', 'text', 'in person'] as const;

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A period the data describes: 2024, 2024-05 or a span such as 2024–34; never in the future. */
export const periodSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .refine(isPeriod, { error: 'period looks like 2024, 2024-05 or 2024–34' })
    .refine((p) => periodStart(p) <= Date.now(), { error: 'period starts in the future' }),
);

/** One line of "what we don't know": a sentence, optionally naming the measure it is about. */
export const MEASURES = ['medianAnnual', 'medianHourly', 'percentiles', 'jobs', 'change', 'openings'] as const;

export function makeSchemas(ref: RefFactory) {
  /**
   * Every figure names the page it was read on, the period its data describes, and (where the
   * page is not the agency's own) the survey it restates.
   */
  const sourced = {
    source: ref('sources'),
    period: periodSchema,
    /** The survey, when the source page restates more than one. */
    survey: z.enum(SURVEY_IDS).optional(),
    /** Which workers the figure covers, when it is wider or narrower than the occupation. */
    scope: text.optional(),
    /** A caveat shown next to the figure. */
    note: text.optional(),
    /** For a value we worked out ourselves: how. */
    derivation: text.optional(),
  };
  const figure = z.strictObject({ value: z.number(), ...sourced });

  const percentiles = z.strictObject({
    p10: z.number().positive().optional(),
    p25: z.number().positive().optional(),
    p75: z.number().positive().optional(),
    p90: z.number().positive().optional(),
    ...sourced,
  });

  const payPoint = z
    .strictObject({
      annual: z.number().positive().optional(),
      hourly: z.number().positive().optional(),
      ...sourced,
    })
    .refine((p) => p.annual !== undefined || p.hourly !== undefined, {
      error: 'a pay point needs an annual or an hourly figure',
    });

  const unknown = z.array(z.union([text, z.strictObject({ measure: z.enum(MEASURES), text })])).default([]);

  const pay = z
    .strictObject({
      medianAnnual: figure.optional(),
      medianHourly: figure.optional(),
      percentiles: percentiles.optional(),
      history: z.array(payPoint).default([]),
      /** What we could not find, said plainly on the page. */
      unknown,
    })
    .superRefine((p, ctx) => {
      if (p.medianAnnual && p.medianHourly) {
        const implied = p.medianHourly.value * HOURS_PER_YEAR;
        if (Math.abs(implied - p.medianAnnual.value) / p.medianAnnual.value > PAY_TOLERANCE) {
          ctx.addIssue({
            code: 'custom',
            path: ['medianHourly', 'value'],
            message: `hourly ${p.medianHourly.value} × ${HOURS_PER_YEAR} = ${implied.toFixed(0)} differs from the annual median ${p.medianAnnual.value} by more than 1%`,
          });
        }
      }
      p.history.forEach((point, i) => checkPointConsistency(point, i, ctx));
      if (p.percentiles) {
        const median = p.medianAnnual?.value;
        const ladder: Array<[string, number | undefined]> = [
          ['p10', p.percentiles.p10],
          ['p25', p.percentiles.p25],
          ['median', median],
          ['p75', p.percentiles.p75],
          ['p90', p.percentiles.p90],
        ];
        let prev: [string, number] | undefined;
        for (const [name, value] of ladder) {
          if (value === undefined) continue;
          if (prev && value <= prev[1]) {
            ctx.addIssue({
              code: 'custom',
              path: name === 'median' ? ['medianAnnual', 'value'] : ['percentiles', name],
              message: `percentiles out of order: ${name} (${value}) is not above ${prev[0]} (${prev[1]})`,
            });
          }
          prev = [name, value];
        }
      }
      knownAndUnknown(p, p.unknown, ctx);
    });

  function checkPointConsistency(point: z.infer<typeof payPoint>, index: number, ctx: z.RefinementCtx) {
    if (point.annual === undefined || point.hourly === undefined) return;
    const implied = point.hourly * HOURS_PER_YEAR;
    if (Math.abs(implied - point.annual) / point.annual > PAY_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', index, 'hourly'],
        message: `pay point ${point.period}: hourly ${point.hourly} × ${HOURS_PER_YEAR} differs from annual ${point.annual} by more than 1%`,
      });
    }
  }

  /** A measure listed as not known can't also be shown as a value. */
  function knownAndUnknown(group: Record<string, unknown>, list: z.infer<typeof unknown>, ctx: z.RefinementCtx) {
    list.forEach((item, i) => {
      if (typeof item === 'string' || group[item.measure] === undefined) return;
      ctx.addIssue({
        code: 'custom',
        path: ['unknown', i, 'measure'],
        message: `"${item.measure}" is listed as not known but also has a value; keep one`,
      });
    });
  }

  const outlook = z
    .strictObject({
      /** Jobs in the projections' base year. */
      jobs: figure.optional(),
      /** Projected change in jobs, in percent, over the projection span. */
      change: figure.optional(),
      /** Openings a year, averaged over the projection span. */
      openings: figure.optional(),
      /** Why the numbers move: a sourced sentence, or nothing. */
      reason: z.strictObject({ text, source: ref('sources') }).optional(),
      unknown,
    })
    .superRefine((o, ctx) => {
      for (const key of ['change', 'openings'] as const) {
        const f = o[key];
        if (f && periodKind(f.period) !== 'range') {
          ctx.addIssue({ code: 'custom', path: [key, 'period'], message: `a projection's period is its span, such as 2024–34, not "${f.period}"` });
        }
      }
      knownAndUnknown(o, o.unknown, ctx);
    });

  const step = z.strictObject({ title: text, detail: text });

  const pathStep = z.strictObject({ title: text, detail: text, occupation: ref('occupations').optional() });

  const occupation = z.strictObject({
    title: text,
    /** The plural, as it reads in a sentence: "Customer Service Representatives". */
    plural: text,
    shortTitle: text.optional(),
    alternateTitles: z.array(text).default([]),
    summary: text,
    soc: z.string().regex(/^\d{2}-\d{4}$/, { error: 'SOC code looks like 43-4051' }),
    onet: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'O*NET code looks like 43-4051.00' }),
    channels: z.array(z.enum(CHANNELS)).default([]),
    workSettings: z.array(step).default([]),
    industries: z
      .strictObject({
        shares: z.array(z.strictObject({ name: text, percent: z.number().min(0).max(100) })).min(1),
        ...sourced,
      })
      .optional(),
    schedule: z.array(text).default([]),
    education: z
      .strictObject({
        typical: text,
        training: text,
        experience: text.optional(),
        ...sourced,
        detail: z.array(text).default([]),
      }),
    pay,
    outlook,
    skills: z
      .array(
        z.strictObject({
          skill: ref('skills'),
          why: text,
          /** The level (1–5) an entry-level hire needs, and why. */
          entryLevel: z.number().int().min(1).max(5),
          entryLevelWhy: text,
        }),
      )
      .min(5, { error: 'an occupation needs at least 5 skills' }),
    responsibilities: z.array(step).min(5, { error: 'an occupation needs at least 5 responsibilities' }),
    dayIntro: text.optional(),
    dayInTheLife: z.array(z.strictObject({ time: z.string().regex(/^\d{1,2}:\d{2}$/), title: text, detail: text })).default([]),
    becomeOne: z.array(step).default([]),
    certifications: z
      .array(z.strictObject({ name: text, body: text, detail: text, source: ref('sources') }))
      .default([]),
    metrics: z.array(ref('glossary')).default([]),
    careerPath: z
      .strictObject({
        next: z.array(pathStep).default([]),
        lateral: z.array(pathStep).default([]),
        from: z.array(pathStep).default([]),
        source: ref('sources').optional(),
      })
      .optional(),
    related: z
      .array(
        z.strictObject({
          title: text,
          code: text.optional(),
          occupation: ref('occupations').optional(),
          /** Where the link comes from: O*NET's related-occupations list, or our own choice (then `why` says why). */
          basis: z.enum(['onet', 'ours']),
          why: text.optional(),
        }).refine((r) => r.basis !== 'ours' || r.why !== undefined, { error: 'a related occupation of our own choosing says why', path: ['why'] }),
      )
      .default([]),
    /** Sources the page relies on beyond those named at each figure. */
    sources: z.array(ref('sources')).default([]),
    reviewed: referenceDate,
    order: z.number().int().default(100),
  });

  const questionBase = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'question id is lower-case words joined by hyphens' }),
    text,
    purpose: text,
    category: z.enum(CATEGORIES),
    skills: z.array(ref('skills')).min(1, { error: 'a question probes at least one skill' }),
    occupations: z.array(ref('occupations')).min(1, { error: 'a question applies to at least one occupation' }),
    strongAnswer: z.array(text).min(1),
    pitfalls: z.array(text).min(1),
    star: z.strictObject({ situation: text, task: text, action: text, result: text }).optional(),
    framework: text.optional(),
    followUps: z.array(text).default([]),
    /** The purpose worded for other occupations, where the general wording fits only some. */
    wording: z.array(z.strictObject({ occupations: z.array(ref('occupations')).min(1), purpose: text })).default([]),
    /** From the brief: shown first. */
    featured: z.boolean().default(false),
  });

  const question = questionBase.superRefine((q, ctx) => {
    q.wording.forEach((w, i) =>
      w.occupations.forEach((o, j) => {
        if (!q.occupations.some((x) => x.id === o.id)) {
          ctx.addIssue({ code: 'custom', path: ['wording', i, 'occupations', j], message: `"${o.id}" is not among the occupations this question applies to` });
        }
      }),
    );
  });

  const level = text;
  /** YAML list entries carry their own id. */
  const id = z.string().optional();
  const skill = z.strictObject({
    id,
    name: text,
    description: text,
    levels: z.strictObject({ 1: level, 3: level, 5: level }),
    improve: z.array(text).min(1),
  });

  const source = z.strictObject({
    id,
    publisher: text,
    title: text,
    url: z.url({ protocol: /^https?$/ }),
    /** The date the data describes (a release, an edition, a snapshot); absent when the source gives none. */
    asOf: referenceDate.optional(),
    reliability: z.enum(['primary', 'secondary']),
    /** The survey this page is the agency's own publication of. */
    publishes: z.enum(SURVEY_IDS).optional(),
    /** The survey a secondary page restates, when it restates only one. */
    restates: z.enum(SURVEY_IDS).optional(),
    /** What we checked against official pages, and where (see the facts ledger). */
    confirmed: text.optional(),
    license: text.optional(),
    note: text.optional(),
  });

  const glossary = z.strictObject({
    id,
    term: text,
    abbr: text.optional(),
    definition: text,
    formula: text.optional(),
    benchmarks: z.array(z.strictObject({ label: text, value: text, source: ref('sources'), asOf: referenceDate, note: text.optional() })).default([]),
    unknown: text.optional(),
  });

  return { occupation, question, skill, source, glossary };
}

export type Schemas = ReturnType<typeof makeSchemas>;
export type Occupation = z.output<Schemas['occupation']>;
export type Question = z.output<Schemas['question']>;
export type Skill = z.output<Schemas['skill']>;
export type Source = z.output<Schemas['source']>;
export type GlossaryTerm = z.output<Schemas['glossary']>;
