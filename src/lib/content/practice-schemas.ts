/**
 * The data model of the hiring-test practice: typing passages, situational-judgment scenarios,
 * callers for the data-entry test and customer messages for the written reply. Built by a
 * factory over `ref`, like the guide's schemas, so Astro and the content guard share it.
 */
import { z } from 'zod';
import type { RefFactory } from './schemas';

const text = z.string().trim().min(1, { error: 'must not be empty' });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id is lower-case words joined by hyphens' });

/** What a US keyboard types without tricks: no curly quotes, dashes or accents a candidate cannot reach. */
const KEYBOARD = /^[\x20-\x7E]*$/;
export const MIN_PASSAGE_CHARS = 300;
export const PASSAGE_KINDS = ['email', 'case-note', 'order', 'chat'] as const;
export const CALL_CATEGORIES = ['Billing', 'Delivery', 'Technical problem', 'Account change', 'Complaint', 'Cancellation'] as const;
export const RESPONSES_PER_SCENARIO = 4;

const typeable = text
  .transform((s) => s.replace(/\s+/g, ' '))
  .superRefine((s, ctx) => {
    if (KEYBOARD.test(s)) return;
    const bad = [...s].find((ch) => !KEYBOARD.test(ch))!;
    ctx.addIssue({ code: 'custom', message: `"${bad}" (U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be typed on a US keyboard; use plain quotes, hyphens and letters` });
  });

export function makePracticeSchemas(ref: RefFactory) {
  const occupations = z.array(ref('occupations')).min(1, { error: 'applies to at least one occupation' });

  const passage = z.object({
    id,
    title: text,
    kind: z.enum(PASSAGE_KINDS),
    occupations,
    text: typeable.refine((s) => s.length >= MIN_PASSAGE_CHARS, { error: `a passage needs at least ${MIN_PASSAGE_CHARS} characters` }),
  });

  const response = z.object({
    text,
    /** 1 = most effective … 4 = least effective. */
    rank: z.number().int().min(1).max(RESPONSES_PER_SCENARIO),
    reason: text,
    skills: z.array(ref('skills')).min(1, { error: 'a response names at least one skill it shows' }),
  });

  const scenario = z.object({
    id,
    title: text,
    occupations,
    situation: text,
    responses: z
      .array(response)
      .length(RESPONSES_PER_SCENARIO, { error: `a scenario has exactly ${RESPONSES_PER_SCENARIO} responses` })
      .superRefine((list, ctx) => {
        const seen = new Map<number, number>();
        list.forEach((r, i) => {
          const earlier = seen.get(r.rank);
          if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'rank'], message: `rank ${r.rank} is used twice (responses ${earlier + 1} and ${i + 1}); rank them 1 to ${RESPONSES_PER_SCENARIO}, each once` });
          else seen.set(r.rank, i);
        });
      }),
  });

  const caller = z
    .object({
      id,
      title: text,
      occupations,
      /** What the customer says, read aloud; every value in the record must be in it. */
      script: text,
      record: z.object({
        name: text,
        account: z.string().regex(/^\d[\d ]{5,}$/, { error: 'an account number is digits (spaces allowed)' }),
        phone: z.string().regex(/^\(\d{3}\) \d{3}-\d{4}$/, { error: 'a phone number looks like (515) 555-0142' }),
        address: text,
        category: z.enum(CALL_CATEGORIES),
        /** Facts the note must keep, each a phrase from the script. */
        noteFacts: z.array(text).min(1),
      }),
    })
    .superRefine((c, ctx) => {
      const script = c.script.toLowerCase();
      const digits = c.script.replace(/\D/g, '');
      const check = (field: string, ok: boolean) => {
        if (!ok) ctx.addIssue({ code: 'custom', path: ['record', field], message: `the script never says this ${field}, so no one could type it` });
      };
      check('name', script.includes(c.record.name.toLowerCase()));
      check('account', digits.includes(c.record.account.replace(/\D/g, '')));
      check('phone', digits.includes(c.record.phone.replace(/\D/g, '')));
      check('address', script.includes(c.record.address.toLowerCase()));
      c.record.noteFacts.forEach((fact, i) => {
        if (!script.includes(fact.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['record', 'noteFacts', i], message: `"${fact}" is not in the script` });
      });
    });

  const reply = z.object({
    id,
    title: text,
    occupations,
    channel: z.enum(['email', 'chat']),
    customer: text,
    message: text,
    minutes: z.number().int().min(1).max(30),
    modelReply: text,
    /** What the model reply does, matched to the rubric. */
    notes: z.array(text).min(1),
  });

  return { passage, scenario, caller, reply };
}

export type PracticeSchemas = ReturnType<typeof makePracticeSchemas>;
export type Passage = z.output<PracticeSchemas['passage']>;
export type Scenario = z.output<PracticeSchemas['scenario']>;
export type Caller = z.output<PracticeSchemas['caller']>;
export type ReplyPrompt = z.output<PracticeSchemas['reply']>;
