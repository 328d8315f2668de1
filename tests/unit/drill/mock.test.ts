import { describe, expect, it } from 'vitest';
import {
  answerPace,
  canGrade,
  countdownLeftMs,
  gradeWaitMs,
  MIN_ANSWER_MS,
  MIN_TYPED_WORDS,
  PACE_LABELS,
  currentElapsedMs,
  currentQuestionId,
  gradeCurrent,
  isFinished,
  isPaused,
  mockSummary,
  pauseMock,
  pickMockQuestions,
  resumeMock,
  skipCurrent,
  startMock,
} from '../../../src/lib/drill/mock';
import { Rating } from '../../../src/lib/drill/schedule';
import { at, deck, MONDAY_9AM } from './fixtures';

/** A small seeded generator (mulberry32), so "random" picks are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seconds = (n: number) => n * 1000;

describe('picking questions', () => {
  it('picks 5 or 10 different questions from the deck', () => {
    for (const length of [5, 10]) {
      const picked = pickMockQuestions(deck, length, seeded(7));
      expect(picked).toHaveLength(length);
      expect(new Set(picked.map((q) => q.id)).size).toBe(length);
      picked.forEach((q) => expect(deck).toContain(q));
    }
  });

  it('is repeatable with the same random source and varies with another', () => {
    const ids = (seed: number) => pickMockQuestions(deck, 5, seeded(seed)).map((q) => q.id);
    expect(ids(1)).toEqual(ids(1));
    expect(ids(1)).not.toEqual(ids(2));
  });

  it('takes the whole deck, shuffled, when it is smaller than the mock', () => {
    const small = deck.slice(0, 3);
    expect(pickMockQuestions(small, 5, seeded(3)).map((q) => q.id).sort()).toEqual(small.map((q) => q.id).sort());
  });

  it('follows the random source: always 0 keeps deck order', () => {
    expect(pickMockQuestions(deck, 5, () => 0)).toEqual(deck.slice(0, 5));
  });
});

describe('running a mock interview', () => {
  const ids = ['angry-customer', 'busy-queue', 'mistake-you-made'];

  it('times each question and moves on when it is graded or skipped', () => {
    let session = startMock(ids, MONDAY_9AM);
    expect(currentQuestionId(session)).toBe('angry-customer');
    session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(75)));
    expect(currentQuestionId(session)).toBe('busy-queue');
    session = skipCurrent(session, at(MONDAY_9AM, seconds(95)));
    session = gradeCurrent(session, Rating.Hard, at(MONDAY_9AM, seconds(155)));
    expect(isFinished(session)).toBe(true);
    expect(session.answers).toEqual([
      { questionId: 'angry-customer', elapsedMs: seconds(75), rating: Rating.Good },
      { questionId: 'busy-queue', elapsedMs: seconds(20) },
      { questionId: 'mistake-you-made', elapsedMs: seconds(60), rating: Rating.Hard },
    ]);
    expect(gradeCurrent(session, Rating.Easy, at(MONDAY_9AM, seconds(200)))).toBe(session);
  });

  it('does not count paused time', () => {
    let session = startMock(ids, MONDAY_9AM);
    session = pauseMock(session, at(MONDAY_9AM, seconds(10)));
    expect(isPaused(session)).toBe(true);
    expect(currentElapsedMs(session, at(MONDAY_9AM, seconds(500)))).toBe(seconds(10));
    session = resumeMock(session, at(MONDAY_9AM, seconds(500)));
    session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(530)));
    expect(session.answers[0]?.elapsedMs).toBe(seconds(40));
  });

  it('counts an answer countdown down, stopping at zero', () => {
    const session = startMock(ids, MONDAY_9AM);
    expect(countdownLeftMs(session, at(MONDAY_9AM, seconds(45)), 120)).toBe(seconds(75));
    expect(countdownLeftMs(session, at(MONDAY_9AM, seconds(500)), 120)).toBe(0);
  });
});

describe('the summary', () => {
  it('shows time and grade per question, and lists the ones to review', () => {
    let session = startMock(['angry-customer', 'busy-queue', 'mistake-you-made', 'feedback-received'], MONDAY_9AM);
    session = gradeCurrent(session, Rating.Again, at(MONDAY_9AM, seconds(70)));
    session = gradeCurrent(session, Rating.Easy, at(MONDAY_9AM, seconds(100)));
    session = skipCurrent(session, at(MONDAY_9AM, seconds(105)));
    session = gradeCurrent(session, Rating.Hard, at(MONDAY_9AM, seconds(225)));
    const summary = mockSummary(session, deck);
    expect(summary.items.map((i) => [i.question.id, i.time, i.grade, i.review])).toEqual([
      ['angry-customer', '1 min 10 s', 'Blanked — Again', true],
      ['busy-queue', '30 s', 'Nailed it — Easy', false],
      ['mistake-you-made', '5 s', 'Skipped', true],
      ['feedback-received', '2 min', 'Shaky — Hard', true],
    ]);
    expect(summary.total).toBe('3 min 45 s');
    expect(summary.toReview.map((q) => q.id)).toEqual(['angry-customer', 'mistake-you-made', 'feedback-received']);
  });
});

describe('a grade needs an answer', () => {
  const ids = ['angry-customer', 'busy-queue'];

  it('refuses a grade seconds after the question appears, unless an answer was recorded', () => {
    const session = startMock(ids, MONDAY_9AM);
    const soon = at(MONDAY_9AM, seconds(5));
    expect(canGrade(session, soon)).toBe(false);
    expect(gradeWaitMs(session, soon)).toBe(seconds(15));
    expect(gradeCurrent(session, Rating.Good, soon)).toBe(session);
    const recorded = gradeCurrent(session, Rating.Good, soon, { recorded: true });
    expect(recorded.answers).toEqual([{ questionId: 'angry-customer', elapsedMs: seconds(5), rating: Rating.Good, recorded: true }]);
  });

  it('allows a grade after the minimum answer time, and a skip at any time', () => {
    const session = startMock(ids, MONDAY_9AM);
    expect(canGrade(session, at(MONDAY_9AM, MIN_ANSWER_MS))).toBe(true);
    expect(skipCurrent(session, at(MONDAY_9AM, seconds(1))).answers).toHaveLength(1);
  });

  it('cannot be rushed: five questions need at least five minimum answer times', () => {
    let session = startMock(deck.slice(0, 5).map((q) => q.id), MONDAY_9AM);
    for (let s = 1; s <= 5; s += 1) session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(s)));
    expect(session.answers).toHaveLength(0);
  });
});

describe('time per answer against the usual 1–2 minutes', () => {
  it('marks each graded answer short, usual or long', () => {
    expect([answerPace(seconds(45)), answerPace(seconds(60)), answerPace(seconds(120)), answerPace(seconds(121))]).toEqual(['short', 'usual', 'usual', 'long']);
    let session = startMock(['angry-customer', 'busy-queue'], MONDAY_9AM);
    session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(30)));
    session = skipCurrent(session, at(MONDAY_9AM, seconds(40)));
    expect(mockSummary(session, deck).items.map((i) => i.pace)).toEqual(['short', null]);
    expect(PACE_LABELS.usual).toBe('Within the usual 1–2 minutes');
  });
});

describe('text-only practice', () => {
  it('counts a typed answer of enough words as an answer', () => {
    const session = startMock(['angry-customer'], MONDAY_9AM);
    const soon = at(MONDAY_9AM, seconds(3));
    expect(canGrade(session, soon, { typedWords: MIN_TYPED_WORDS - 1 })).toBe(false);
    expect(canGrade(session, soon, { typedWords: MIN_TYPED_WORDS })).toBe(true);
  });
});
