/**
 * Every practice attempt, kept under one versioned key so a backup of the site's data can carry
 * them all: the shapes, their Zod schemas, adding and merging, and the export file.
 */
import { z } from 'zod';
import { idSchema, isoDateTime } from '../assessment/schema';
import { KEY_GENERATION, STORAGE_NAMESPACE } from '../storage';
import { readExportFile, serialiseExport } from '../transfer-file';

/** `csr-guide:v1:practice`: one key for every test. */
export const PRACTICE_KEY = `${STORAGE_NAMESPACE}:${KEY_GENERATION}:practice`;
export const PRACTICE_VERSION = 1;
/** Attempts kept per test: years of weekly practice, a few hundred KB at most. */
export const ATTEMPTS_PER_TEST = 200;
export const MAX_IMPORT_CHARS = 2_000_000;

export const TESTS = ['typing', 'sjt', 'data-entry', 'ten-key', 'reply'] as const;
export type TestKind = (typeof TESTS)[number];
export const TEST_NAMES: Record<TestKind, string> = {
  typing: 'Typing test',
  sjt: 'Situational judgement',
  'data-entry': 'Data entry from a caller',
  'ten-key': '10-key numbers drill',
  reply: 'Written reply',
};

const wpm = z.number().min(0).max(400);
const share = z.number().min(0).max(1);
const seconds = z.number().min(0).max(24 * 3600);

const typingAttempt = z.object({
  test: z.literal('typing'),
  at: isoDateTime,
  occupation: idSchema,
  passage: idSchema,
  minutes: z.number().positive().max(60),
  characters: z.number().int().min(0),
  gross: wpm,
  net: wpm,
  errors: z.number().int().min(0),
  accuracy: share,
  perMinute: z.array(wpm).max(60),
  sanDiego: wpm,
  iowa: wpm,
});
const sjtAttempt = z.object({
  test: z.literal('sjt'),
  at: isoDateTime,
  occupation: idSchema,
  total: z.number().int().min(0),
  max: z.number().int().positive(),
  answered: z.number().int().positive(),
  weak: z.array(idSchema).max(50),
});
const dataEntryAttempt = z.object({
  test: z.literal('data-entry'),
  at: isoDateTime,
  caller: idSchema,
  mode: z.enum(['audio', 'text']),
  fieldsRight: z.number().int().min(0),
  fields: z.number().int().positive(),
  seconds,
  kph: z.number().int().min(0),
  replays: z.number().int().min(0),
});
const tenKeyAttempt = z.object({
  test: z.literal('ten-key'),
  at: isoDateTime,
  seconds,
  kph: z.number().int().min(0),
  accuracy: share,
});
const replyAttempt = z.object({
  test: z.literal('reply'),
  at: isoDateTime,
  prompt: idSchema,
  seconds,
  words: z.number().int().min(0),
  grade: z.number().nullable(),
  longSentences: z.number().int().min(0),
  rubric: z.number().int().min(0),
  rubricOf: z.number().int().positive(),
});

export const attemptSchema = z.discriminatedUnion('test', [typingAttempt, sjtAttempt, dataEntryAttempt, tenKeyAttempt, replyAttempt]);
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptOf<K extends TestKind> = Extract<Attempt, { test: K }>;

export const practiceSchema = z.object({ attempts: z.array(attemptSchema).max(ATTEMPTS_PER_TEST * TESTS.length * 5).default([]) });
export type PracticeState = z.infer<typeof practiceSchema>;

export const emptyPractice = (): PracticeState => ({ attempts: [] });

/** Oldest first; an attempt of the same test at the same instant is the same attempt; capped per test. */
export function normaliseAttempts(list: readonly Attempt[]): Attempt[] {
  const seen = new Set<string>();
  const unique = [...list]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .filter((a) => {
      const id = `${a.test}@${Date.parse(a.at)}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  const counts = new Map<TestKind, number>();
  const kept: Attempt[] = [];
  for (const a of unique.reverse()) {
    const n = counts.get(a.test) ?? 0;
    if (n >= ATTEMPTS_PER_TEST) continue;
    counts.set(a.test, n + 1);
    kept.push(a);
  }
  return kept.reverse();
}

export function addAttempt(state: PracticeState, attempt: Attempt): PracticeState {
  return { attempts: normaliseAttempts([...state.attempts, attempt]) };
}

export function attemptsOf<K extends TestKind>(state: PracticeState, test: K): AttemptOf<K>[] {
  return state.attempts.filter((a): a is AttemptOf<K> => a.test === test);
}

export function mergeAttempts(current: readonly Attempt[], incoming: readonly Attempt[]): PracticeState {
  // The copy already here comes first, so it wins a tie.
  return { attempts: normaliseAttempts([...current, ...incoming]) };
}

export function countNewAttempts(current: readonly Attempt[], incoming: readonly Attempt[]): number {
  const here = new Set(current.map((a) => `${a.test}@${Date.parse(a.at)}`));
  return new Set(incoming.map((a) => `${a.test}@${Date.parse(a.at)}`).filter((id) => !here.has(id))).size;
}

export const EXPORT_APP = 'csr-guide';
export const EXPORT_KIND = 'practice-results';

export function exportPractice(state: PracticeState, now: Date): string {
  return serialiseExport({ app: EXPORT_APP, kind: EXPORT_KIND, version: PRACTICE_VERSION, exportedAt: now.toISOString(), attempts: state.attempts });
}

export function practiceFileName(now: Date): string {
  return `${EXPORT_APP}-${EXPORT_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

export const IMPORT_MESSAGES = {
  tooLarge: 'This file is too large to be a practice results file from this site.',
  notJson: 'This file could not be read: it is not a practice results file exported from this site (it is not JSON).',
  wrongKind: 'This file is not a practice results file exported from this site.',
  newer: (version: number) =>
    `This file was exported by a newer version of this site (format ${version}; this page reads format ${PRACTICE_VERSION} and older). Reload the page to get the latest version, then try again.`,
  invalid: (where: string, problem: string) => `This file is damaged, so nothing was imported. Problem at ${where}: ${problem}.`,
  empty: 'This file holds no practice attempts, so there is nothing to import.',
} as const;

const header = z.object({ app: z.literal(EXPORT_APP), kind: z.literal(EXPORT_KIND), version: z.number().int().positive() });
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
