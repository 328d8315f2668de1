/**
 * The Zod schemas that check practice attempts on their way back from storage or a file, and the
 * import reader. Kept apart from ./attempts so a first visit never downloads the validator.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { readExportFile } from '../transfer-file';
import { ATTEMPTS_PER_TEST, EXPORT_APP, EXPORT_KIND, MAX_IMPORT_CHARS, normaliseAttempts, PRACTICE_VERSION, TESTS, type Attempt, type PracticeState } from './attempts';

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time' });
const idSchema = z.string().check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }));
const wpm = z.number().check(z.minimum(0), z.maximum(400));
const share = z.number().check(z.minimum(0), z.maximum(1));
const seconds = z.number().check(z.minimum(0), z.maximum(24 * 3600));
const count = () => z.int().check(z.minimum(0));
const positive = () => z.int().check(z.minimum(1));

const typing = z.object({
  test: z.literal('typing'),
  at: isoDateTime,
  occupation: idSchema,
  passage: idSchema,
  minutes: z.number().check(z.gt(0), z.maximum(60)),
  characters: count(),
  gross: wpm,
  net: wpm,
  errors: count(),
  accuracy: share,
  perMinute: z.array(wpm).check(z.maxLength(60)),
  sanDiego: wpm,
  iowa: wpm,
});
const sjt = z.object({
  test: z.literal('sjt'),
  at: isoDateTime,
  occupation: idSchema,
  total: count(),
  max: positive(),
  answered: positive(),
  weak: z.array(idSchema).check(z.maxLength(50)),
});
const dataEntry = z.object({
  test: z.literal('data-entry'),
  at: isoDateTime,
  caller: idSchema,
  mode: z.enum(['audio', 'text']),
  fieldsRight: count(),
  fields: positive(),
  seconds,
  kph: count(),
  replays: count(),
});
const tenKey = z.object({ test: z.literal('ten-key'), at: isoDateTime, seconds, kph: count(), accuracy: share });
const reply = z.object({
  test: z.literal('reply'),
  at: isoDateTime,
  prompt: idSchema,
  seconds,
  words: count(),
  grade: z.union([z.number(), z.null()]),
  longSentences: count(),
  rubric: count(),
  rubricOf: positive(),
});

// A plain union, not a discriminated one: it uses only the Zod the other islands already load.
export const attemptSchema: z.ZodMiniType<Attempt> = z.union([typing, sjt, dataEntry, tenKey, reply]);
export const practiceSchema: z.ZodMiniType<PracticeState> = z.object({
  attempts: z._default(z.array(attemptSchema).check(z.maxLength(ATTEMPTS_PER_TEST * TESTS.length * 5)), []),
});

export const IMPORT_MESSAGES = {
  tooLarge: 'This file is too large to be a practice results file from this site.',
  notJson: 'This file could not be read: it is not a practice results file exported from this site (it is not JSON).',
  wrongKind: 'This file is not a practice results file exported from this site.',
  newer: (version: number) =>
    `This file was exported by a newer version of this site (format ${version}; this page reads format ${PRACTICE_VERSION} and older). Reload the page to get the latest version, then try again.`,
  invalid: (where: string, problem: string) => `This file is damaged, so nothing was imported. Problem at ${where}: ${problem}.`,
  empty: 'This file holds no practice attempts, so there is nothing to import.',
} as const;

const header = z.object({ app: z.literal(EXPORT_APP), kind: z.literal(EXPORT_KIND), version: positive() });
const body = z.object({ exportedAt: isoDateTime, attempts: z.array(attemptSchema) });

export type PracticeImport = { ok: true; attempts: Attempt[]; exportedAt: string } | { ok: false; error: string };

/** Reads an uploaded file. Never throws; nothing is changed until the user chooses to merge. */
export function parsePracticeImport(text: string): PracticeImport {
  const read = readExportFile(text, { maxChars: MAX_IMPORT_CHARS, header, body, version: PRACTICE_VERSION, messages: IMPORT_MESSAGES });
  if (!read.ok) return read;
  const attempts = normaliseAttempts(read.data.attempts);
  if (attempts.length === 0) return { ok: false, error: IMPORT_MESSAGES.empty };
  return { ok: true, attempts, exportedAt: read.data.exportedAt };
}
