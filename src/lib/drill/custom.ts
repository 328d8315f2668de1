/**
 * Your own questions: written in a form, checked field by field, kept in progress (so they are
 * exported, imported and merged with it) and drilled alongside the site's bank.
 */
import type { QuestionCategory } from './deck';
import type { z } from 'zod/mini';
import type { Progress } from './progress';
import type { customQuestionSchema } from './progress-schema';

export type CustomQuestion = z.output<typeof customQuestionSchema>;

/** Lengths the form checks and the schema enforces on import. */
export const CUSTOM_LIMITS = { text: 500, purpose: 1000, item: 500, items: 20 } as const;

/** What the form holds: lists are typed one item per line. */
export interface CustomDraft {
  text: string;
  purpose: string;
  category: QuestionCategory;
  /** Skill ids. */
  skills: string[];
  strongAnswer: string;
  pitfalls: string;
  followUps: string;
  framework: string;
}

export type CustomField = keyof CustomDraft;

export const EMPTY_DRAFT: CustomDraft = {
  text: '',
  purpose: '',
  category: 'behavioral',
  skills: [],
  strongAnswer: '',
  pitfalls: '',
  followUps: '',
  framework: '',
};

/** Own ids start with this, so they never meet an id from the site's bank. */
export const CUSTOM_PREFIX = 'my-';

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-*•]\s*/, ''))
    .filter(Boolean);
}

export type DraftCheck =
  | { ok: true; value: Omit<CustomQuestion, 'createdAt' | 'updatedAt'> }
  | { ok: false; errors: Partial<Record<CustomField, string>> };

/** Every problem at once, each in words for the field it belongs to; nothing is dropped silently. */
export function checkDraft(draft: CustomDraft): DraftCheck {
  const errors: Partial<Record<CustomField, string>> = {};
  const text = draft.text.trim();
  if (!text) errors.text = 'Write the question.';
  else if (text.length > CUSTOM_LIMITS.text) errors.text = `Keep the question under ${CUSTOM_LIMITS.text} characters (it has ${text.length}).`;
  if (draft.purpose.trim().length > CUSTOM_LIMITS.purpose) errors.purpose = `Keep this under ${CUSTOM_LIMITS.purpose} characters.`;
  if (draft.framework.trim().length > CUSTOM_LIMITS.purpose) errors.framework = `Keep this under ${CUSTOM_LIMITS.purpose} characters.`;
  const parsed = { strongAnswer: lines(draft.strongAnswer), pitfalls: lines(draft.pitfalls), followUps: lines(draft.followUps) };
  for (const field of ['strongAnswer', 'pitfalls', 'followUps'] as const) {
    const items = parsed[field];
    if (items.length > CUSTOM_LIMITS.items) errors[field] = `Up to ${CUSTOM_LIMITS.items} lines (this has ${items.length}).`;
    else if (items.some((item) => item.length > CUSTOM_LIMITS.item)) errors[field] = `Keep each line under ${CUSTOM_LIMITS.item} characters.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value: Omit<CustomQuestion, 'createdAt' | 'updatedAt'> = {
    text,
    purpose: draft.purpose.trim(),
    category: draft.category,
    skills: [...new Set(draft.skills)],
    ...parsed,
  };
  const framework = draft.framework.trim();
  if (framework) value.framework = framework;
  return { ok: true, value };
}

/** `my-handle-a-refund`, `my-handle-a-refund-2`: readable in an export, unique in this progress. */
export function customId(text: string, taken: ReadonlySet<string>): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 6);
  // Words hold no dash, so cutting at 100 leaves at most one at the end.
  const base = `${CUSTOM_PREFIX}${words.join('-') || 'question'}`.slice(0, 100).replace(/-$/, '');
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export type SaveResult = { ok: true; progress: Progress; id: string } | { ok: false; errors: Partial<Record<CustomField, string>> };

/** Adds a question, or returns what to fix. `taken` holds the bank's ids. */
export function addCustom(progress: Progress, draft: CustomDraft, now: Date, taken: ReadonlySet<string> = new Set()): SaveResult {
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  const id = customId(checked.value.text, new Set([...taken, ...Object.keys(progress.custom)]));
  const at = now.toISOString();
  const question: CustomQuestion = { ...checked.value, createdAt: at, updatedAt: at };
  return { ok: true, id, progress: { ...progress, custom: { ...progress.custom, [id]: question } } };
}

/** Edits a question in place; its card, notes and history stay with it. */
export function updateCustom(progress: Progress, id: string, draft: CustomDraft, now: Date): SaveResult {
  const current = Object.hasOwn(progress.custom, id) ? progress.custom[id] : undefined;
  if (!current) return { ok: false, errors: { text: 'This question no longer exists; it may have been deleted in another tab.' } };
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  const question: CustomQuestion = { ...checked.value, createdAt: current.createdAt, updatedAt: now.toISOString() };
  return { ok: true, id, progress: { ...progress, custom: { ...progress.custom, [id]: question } } };
}

/** Removes the question with its card and notes; its past reviews stay in the log. */
export function deleteCustom(progress: Progress, id: string): Progress {
  const { [id]: _question, ...custom } = progress.custom;
  const { [id]: _card, ...cards } = progress.cards;
  const { [id]: _note, ...notes } = progress.notes;
  return { ...progress, custom, cards, notes };
}

/** The form's contents for an existing question. */
export function draftOf(question: CustomQuestion): CustomDraft {
  return {
    text: question.text,
    purpose: question.purpose,
    category: question.category,
    skills: [...question.skills],
    strongAnswer: question.strongAnswer.join('\n'),
    pitfalls: question.pitfalls.join('\n'),
    followUps: question.followUps.join('\n'),
    framework: question.framework ?? '',
  };
}
