/**
 * Every practice attempt, kept under one versioned key so a backup of the site's data can carry
 * them all: the shapes, their Zod schemas, adding and merging, and the export file.
 */
import { KEY_GENERATION, STORAGE_NAMESPACE } from '../storage';
import { serialiseExport } from '../transfer-file';

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
  sjt: 'Situational judgment',
  'data-entry': 'Data entry from a caller',
  'ten-key': '10-key numbers drill',
  reply: 'Written reply',
};

interface Base {
  /** ISO date and time; with the test, the identity of an attempt when histories merge. */
  at: string;
}
export interface TypingAttempt extends Base {
  test: 'typing';
  occupation: string;
  passage: string;
  minutes: number;
  characters: number;
  gross: number;
  net: number;
  errors: number;
  accuracy: number;
  perMinute: number[];
  sanDiego: number;
  iowa: number;
}
export interface SjtAttempt extends Base {
  test: 'sjt';
  occupation: string;
  total: number;
  max: number;
  answered: number;
  weak: string[];
}
export interface DataEntryAttempt extends Base {
  test: 'data-entry';
  caller: string;
  mode: 'audio' | 'text';
  fieldsRight: number;
  fields: number;
  seconds: number;
  kph: number;
  replays: number;
}
export interface TenKeyAttempt extends Base {
  test: 'ten-key';
  seconds: number;
  kph: number;
  accuracy: number;
}
export interface ReplyAttempt extends Base {
  test: 'reply';
  prompt: string;
  seconds: number;
  words: number;
  grade: number | null;
  longSentences: number;
  rubric: number;
  rubricOf: number;
}
export type Attempt = TypingAttempt | SjtAttempt | DataEntryAttempt | TenKeyAttempt | ReplyAttempt;
export type AttemptOf<K extends TestKind> = Extract<Attempt, { test: K }>;
export interface PracticeState {
  attempts: Attempt[];
}

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

