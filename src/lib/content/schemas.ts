/**
 * The data model in one place. The schemas are built by a factory that takes
 * a `ref` function, so Astro can pass its `reference()` (checked at build time)
 * while unit tests pass a plain one: this file knows nothing of Astro.
 */
import { z } from 'zod';
import { isoDateSchema, isNotFuture } from './dates';

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

export function makeSchemas(ref: RefFactory) {
  /** Every figure names where it comes from and when it was true. */
  const sourced = {
    source: ref('sources'),
    asOf: referenceDate,
    /** A caveat shown next to the figure, e.g. "latest we have". */
    note: text.optional(),
  };
  const figure = z.object({ value: z.number(), ...sourced });

  const percentiles = z
    .object({
      p10: z.number().positive().optional(),
      p25: z.number().positive().optional(),
      p75: z.number().positive().optional(),
      p90: z.number().positive().optional(),
      ...sourced,
    })
    .strict();

  const payPoint = z
    .object({
      annual: z.number().positive().optional(),
      hourly: z.number().positive().optional(),
      ...sourced,
    })
    .refine((p) => p.annual !== undefined || p.hourly !== undefined, {
      error: 'a pay point needs an annual or an hourly figure',
    });

  const pay = z
    .object({
      medianAnnual: figure.optional(),
      medianHourly: figure.optional(),
      percentiles: percentiles.optional(),
      history: z.array(payPoint).default([]),
      /** What we could not find, said plainly on the page. */
      unknown: z.array(text).default([]),
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
      for (const point of p.history) checkPointConsistency(point, ctx);
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
    });

  function checkPointConsistency(point: z.infer<typeof payPoint>, ctx: z.RefinementCtx) {
    if (point.annual === undefined || point.hourly === undefined) return;
    const implied = point.hourly * HOURS_PER_YEAR;
    if (Math.abs(implied - point.annual) / point.annual > PAY_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['history'],
        message: `pay point ${point.asOf}: hourly ${point.hourly} × ${HOURS_PER_YEAR} differs from annual ${point.annual} by more than 1%`,
      });
    }
  }

  const outlook = z.object({
    jobs: figure.extend({ year: z.number().int() }).optional(),
    change: z
      .object({ percent: z.number(), period: z.string().regex(/^\d{4}–\d{2,4}$/, { error: 'period looks like 2024–34' }), ...sourced })
      .optional(),
    openings: figure.extend({ period: text }).optional(),
    /** Why the numbers move, in our words. */
    reason: text.optional(),
    unknown: z.array(text).default([]),
  });

  const step = z.object({ title: text, detail: text });

  const occupation = z.object({
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
      .object({
        shares: z.array(z.object({ name: text, percent: z.number().min(0).max(100) })).min(1),
        ...sourced,
      })
      .optional(),
    schedule: z.array(text).default([]),
    education: z.object({
      typical: text,
      training: text,
      experience: text.optional(),
      source: ref('sources'),
      asOf: referenceDate,
      detail: z.array(text).default([]),
    }),
    pay,
    outlook,
    skills: z
      .array(
        z.object({
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
    dayInTheLife: z.array(z.object({ time: z.string().regex(/^\d{1,2}:\d{2}$/), title: text, detail: text })).default([]),
    becomeOne: z.array(step).default([]),
    certifications: z
      .array(z.object({ name: text, body: text, detail: text, source: ref('sources') }))
      .default([]),
    metrics: z.array(ref('glossary')).default([]),
    careerPath: z
      .object({
        next: z.array(z.object({ title: text, detail: text, occupation: ref('occupations').optional() })).default([]),
        lateral: z.array(z.object({ title: text, detail: text, occupation: ref('occupations').optional() })).default([]),
        from: z.array(z.object({ title: text, detail: text, occupation: ref('occupations').optional() })).default([]),
        source: ref('sources').optional(),
      })
      .optional(),
    related: z
      .array(z.object({ title: text, code: text.optional(), occupation: ref('occupations').optional(), why: text.optional() }))
      .default([]),
    /** Sources the page relies on beyond those named at each figure. */
    sources: z.array(ref('sources')).default([]),
    reviewed: referenceDate,
    order: z.number().int().default(100),
  });

  const question = z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'question id is lower-case words joined by hyphens' }),
    text,
    purpose: text,
    category: z.enum(CATEGORIES),
    skills: z.array(ref('skills')).min(1, { error: 'a question probes at least one skill' }),
    occupations: z.array(ref('occupations')).min(1, { error: 'a question applies to at least one occupation' }),
    strongAnswer: z.array(text).min(1),
    pitfalls: z.array(text).min(1),
    star: z.object({ situation: text, task: text, action: text, result: text }).optional(),
    framework: text.optional(),
    followUps: z.array(text).default([]),
    /** From the brief: shown first. */
    featured: z.boolean().default(false),
  });

  const level = text;
  const skill = z.object({
    name: text,
    description: text,
    levels: z.object({ 1: level, 3: level, 5: level }),
    improve: z.array(text).min(1),
  });

  const source = z.object({
    publisher: text,
    title: text,
    url: z.url({ protocol: /^https?$/ }),
    /** The date the data describes (a release, an edition, a snapshot); absent when the source gives none. */
    asOf: referenceDate.optional(),
    reliability: z.enum(['primary', 'secondary']),
    licence: text.optional(),
    note: text.optional(),
  });

  const glossary = z.object({
    term: text,
    abbr: text.optional(),
    definition: text,
    formula: text.optional(),
    benchmarks: z.array(z.object({ label: text, value: text, ...sourced })).default([]),
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
