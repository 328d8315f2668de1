import { describe, expect, it } from 'vitest';
import {
  canGrade,
  currentElapsedMs,
  gradeCurrent,
  isPaused,
  mockSummary,
  pauseMock,
  pickMockQuestions,
  resumeMock,
  skipCurrent,
  startMock,
  type MockSession,
} from '../../../src/lib/drill/mock';
import { Rating } from '../../../src/lib/drill/schedule';
import { at, deck, MONDAY_9AM } from './fixtures';

const seconds = (n: number) => n * 1000;
const ids = (n: number) => deck.slice(0, n).map((q) => q.id);

/** A session with every question answered at 30 s each. */
function finished(n: number): MockSession {
  let session = startMock(ids(n), MONDAY_9AM);
  for (let i = 0; i < n; i += 1) session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(30 * (i + 1))));
  return session;
}

describe('picking the mock questions', () => {
  it('shuffles every place it fills, not only the first', () => {
    // With random() always just under 1, each place takes the last question left.
    const picked = pickMockQuestions(deck.slice(0, 5), 3, () => 0.999).map((q) => q.id);
    expect(picked).toEqual([deck[4]!.id, deck[0]!.id, deck[1]!.id]);
    const middle = pickMockQuestions(deck.slice(0, 5), 5, () => 0.5).map((q) => q.id);
    expect(middle).toEqual([deck[2]!.id, deck[3]!.id, deck[1]!.id, deck[4]!.id, deck[0]!.id]);
  });
});

describe('the mock interview clock', () => {
  it('stops when the last question is answered, so the finished interview does not keep counting', () => {
    const done = finished(2);
    expect(done.runningSince).toBeNull();
    expect(currentElapsedMs(done, at(MONDAY_9AM, seconds(600)))).toBe(0);
  });

  it('keeps running from when it started if "resume" is pressed while it runs', () => {
    const started = startMock(ids(2), MONDAY_9AM);
    const resumed = resumeMock(started, at(MONDAY_9AM, seconds(40)));
    expect(currentElapsedMs(resumed, at(MONDAY_9AM, seconds(50)))).toBe(seconds(50));
  });

  it('does not start again once the interview is over', () => {
    const done = finished(1);
    expect(resumeMock(done, at(MONDAY_9AM, seconds(100))).runningSince).toBeNull();
  });

  it('is paused only while a question is waiting with the clock stopped', () => {
    const started = startMock(ids(2), MONDAY_9AM);
    expect(isPaused(started)).toBe(false);
    expect(isPaused(pauseMock(started, at(MONDAY_9AM, seconds(5))))).toBe(true);
    expect(isPaused(finished(1))).toBe(false);
  });

  it('keeps the time spent when a paused interview is paused again', () => {
    const paused = pauseMock(startMock(ids(2), MONDAY_9AM), at(MONDAY_9AM, seconds(25)));
    expect(currentElapsedMs(pauseMock(paused, at(MONDAY_9AM, seconds(90))), at(MONDAY_9AM, seconds(99)))).toBe(seconds(25));
  });
});

describe('after the last question', () => {
  it('allows no more grades, even with a recording', () => {
    expect(canGrade(finished(1), at(MONDAY_9AM, seconds(200)), { recorded: true })).toBe(false);
  });

  it('adds nothing when "skip" is pressed again', () => {
    const done = finished(2);
    expect(skipCurrent(done, at(MONDAY_9AM, seconds(200))).answers).toHaveLength(2);
  });
});

describe('the mock summary', () => {
  it('says which answers were recorded', () => {
    let session = startMock(ids(2), MONDAY_9AM);
    session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(5)), { recorded: true });
    session = gradeCurrent(session, Rating.Good, at(MONDAY_9AM, seconds(40)));
    expect(mockSummary(session, deck).items.map((i) => i.recorded)).toEqual([true, false]);
  });

  it('leaves out a question deleted since the interview, and its time', () => {
    const session = finished(2);
    const summary = mockSummary(session, deck.slice(1));
    expect(summary.items.map((i) => i.question.id)).toEqual([deck[1]!.id]);
    expect(summary.totalMs).toBe(seconds(30));
  });
});
