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
    const picked = pool[j];
    const here = pool[i];
    if (picked === undefined || here === undefined) break;
    pool[i] = picked;
    pool[j] = here;
  }
  return pool.slice(0, count);
}

export interface MockAnswer {
  questionId: string;
  elapsedMs: number;
  /** Absent when skipped. */
  rating?: Grade;
}

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

/** Records the self-grade for the current question and starts the next one. */
export function gradeCurrent(session: MockSession, rating: Grade, now: Date): MockSession {
  const questionId = currentQuestionId(session);
  if (questionId === undefined) return session;
  return advance(session, { questionId, elapsedMs: currentElapsedMs(session, now), rating }, now);
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
      },
    ];
  });
  const totalMs = items.reduce((sum, item) => sum + item.elapsedMs, 0);
  return { items, totalMs, total: durationLabel(totalMs), toReview: items.filter((i) => i.review).map((i) => i.question) };
}
