/**
 * A mock interview: a few questions at random, one at a time, with time per question and a
 * self-grade. The session is plain JSON and every step takes `now`, so it survives a reload and
 * tests need no clock. Grades are fed to the schedule by the caller (`recordReview(..., 'mock')`).
 */
import { Rating, type Grade } from 'ts-fsrs';
import type { DrillQuestion } from './deck';
import { durationLabel } from './duration';
import { GRADE_LABELS } from './schedule';

export const MOCK_LENGTHS = [5, 10] as const;
export type MockLength = (typeof MOCK_LENGTHS)[number];

/** `random` returns [0, 1) like Math.random; pass a seeded one in tests. */
export function pickMockQuestions<Q extends DrillQuestion>(deck: readonly Q[], length: number, random: () => number): Q[] {
  const pool = [...deck];
  const count = Math.min(length, pool.length);
  // A partial Fisher–Yates shuffle: the first `count` places get a uniform random pick.
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    // i ≤ j < pool.length, since random() is in [0, 1): both places hold a question.
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export interface MockAnswer {
  questionId: string;
  elapsedMs: number;
  /** Absent when skipped. */
  rating?: Grade;
  /** True when an answer was recorded for it. */
  recorded?: true;
}

/**
 * A grade needs an answer: at least this long on the question, or a recording. Twenty seconds is
 * too short for a full answer, but long enough that five questions cannot be "answered" in five.
 */
export const MIN_ANSWER_MS = 20_000;

/** The usual length of a spoken behavioral answer, as interview coaches put it: 1 to 2 minutes. */
export const USUAL_ANSWER_MS = { from: 60_000, to: 120_000 } as const;

/** A typed answer of this many words counts as an answer, for practice without a microphone. */
export const MIN_TYPED_WORDS = 25;

export interface Answered {
  /** An answer to the current question was recorded. */
  recorded?: boolean | undefined;
  /** Words typed as the answer, in text-only practice. */
  typedWords?: number | undefined;
}

/** Whether the current question may be graded now; skipping is always allowed. */
export function canGrade(session: MockSession, now: Date, answered: Answered = {}): boolean {
  if (isFinished(session)) return false;
  return answered.recorded === true || (answered.typedWords ?? 0) >= MIN_TYPED_WORDS || currentElapsedMs(session, now) >= MIN_ANSWER_MS;
}

/** Time still to wait before a grade is allowed without a recording. */
export function gradeWaitMs(session: MockSession, now: Date): number {
  return Math.max(0, MIN_ANSWER_MS - currentElapsedMs(session, now));
}

export type AnswerPace = 'short' | 'usual' | 'long';

export function answerPace(ms: number): AnswerPace {
  if (ms < USUAL_ANSWER_MS.from) return 'short';
  return ms <= USUAL_ANSWER_MS.to ? 'usual' : 'long';
}

export const PACE_LABELS: Readonly<Record<AnswerPace, string>> = {
  short: 'Under 1 minute: room for more detail',
  usual: 'Within the usual 1–2 minutes',
  long: 'Over 2 minutes: try to tighten it',
};

export interface MockSession {
  questionIds: string[];
  answers: MockAnswer[];
  /** Time spent on the current question before the clock last stopped. */
  elapsedMs: number;
  /** When the clock last started on the current question; null while paused or finished. */
  runningSince: string | null;
}

export function startMock(questionIds: readonly string[], now: Date): MockSession {
  return { questionIds: [...questionIds], answers: [], elapsedMs: 0, runningSince: questionIds.length ? now.toISOString() : null };
}

export function isFinished(session: MockSession): boolean {
  return session.answers.length >= session.questionIds.length;
}

export function currentQuestionId(session: MockSession): string | undefined {
  return session.questionIds[session.answers.length];
}

export function isPaused(session: MockSession): boolean {
  return !isFinished(session) && session.runningSince === null;
}

/** Time on the current question so far. */
export function currentElapsedMs(session: MockSession, now: Date): number {
  const running = session.runningSince === null ? 0 : Math.max(0, now.getTime() - Date.parse(session.runningSince));
  return session.elapsedMs + running;
}

/** What is left of an answer countdown of `seconds` (never below 0). */
export function countdownLeftMs(session: MockSession, now: Date, seconds: number): number {
  return Math.max(0, seconds * 1000 - currentElapsedMs(session, now));
}

export function pauseMock(session: MockSession, now: Date): MockSession {
  if (session.runningSince === null) return session;
  return { ...session, elapsedMs: currentElapsedMs(session, now), runningSince: null };
}

export function resumeMock(session: MockSession, now: Date): MockSession {
  if (session.runningSince !== null || isFinished(session)) return session;
  return { ...session, runningSince: now.toISOString() };
}

function advance(session: MockSession, answer: MockAnswer, now: Date): MockSession {
  const answers = [...session.answers, answer];
  const finished = answers.length >= session.questionIds.length;
  return { ...session, answers, elapsedMs: 0, runningSince: finished ? null : now.toISOString() };
}

/**
 * Records the self-grade for the current question and starts the next one. Refused (the session
 * comes back unchanged) before an answer: see `canGrade`.
 */
export function gradeCurrent(session: MockSession, rating: Grade, now: Date, answered: Answered = {}): MockSession {
  const questionId = currentQuestionId(session);
  if (questionId === undefined || !canGrade(session, now, answered)) return session;
  const answer: MockAnswer = { questionId, elapsedMs: currentElapsedMs(session, now), rating };
  if (answered.recorded) answer.recorded = true;
  return advance(session, answer, now);
}

/** Moves on without a grade; a skipped question is one to review. */
export function skipCurrent(session: MockSession, now: Date): MockSession {
  const questionId = currentQuestionId(session);
  if (questionId === undefined) return session;
  return advance(session, { questionId, elapsedMs: currentElapsedMs(session, now) }, now);
}

export interface MockSummaryItem {
  question: DrillQuestion;
  elapsedMs: number;
  /** "1 min 5 s" */
  time: string;
  rating: Grade | undefined;
  /** "Shaky — Hard", or "Skipped". */
  grade: string;
  review: boolean;
  /** Against the usual 1–2 minutes; null when skipped. */
  pace: AnswerPace | null;
  recorded: boolean;
}

export interface MockSummary {
  items: MockSummaryItem[];
  totalMs: number;
  total: string;
  /** Graded Again or Hard, or skipped. */
  toReview: DrillQuestion[];
}

export function mockSummary(session: MockSession, deck: readonly DrillQuestion[]): MockSummary {
  const byId = new Map(deck.map((q) => [q.id, q]));
  const items = session.answers.flatMap((answer): MockSummaryItem[] => {
    const question = byId.get(answer.questionId);
    if (!question) return [];
    const review = answer.rating === undefined || answer.rating === Rating.Again || answer.rating === Rating.Hard;
    return [
      {
        question,
        elapsedMs: answer.elapsedMs,
        time: durationLabel(answer.elapsedMs),
        rating: answer.rating,
        grade: answer.rating === undefined ? 'Skipped' : GRADE_LABELS[answer.rating],
        review,
        pace: answer.rating === undefined ? null : answerPace(answer.elapsedMs),
        recorded: answer.recorded === true,
      },
    ];
  });
  const totalMs = items.reduce((sum, item) => sum + item.elapsedMs, 0);
  return { items, totalMs, total: durationLabel(totalMs), toReview: items.filter((i) => i.review).map((i) => i.question) };
}
