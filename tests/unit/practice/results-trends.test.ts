/** The results page: each test's trend over time, the clock shown on timed tests, new attempts on import. */
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_PER_TEST, countNewAttempts, normaliseAttempts, practiceFileName, type Attempt } from '../../../src/lib/practice/attempts';
import { activeMs, formatClock } from '../../../src/lib/practice/clock';
import { sjtHref, sjtPaperHref } from '../../../src/lib/practice/routes';
import { trends } from '../../../src/lib/practice/trends';

const typing = (at: string, net: number): Attempt => ({
  test: 'typing', at, occupation: 'teller', passage: 'p1', minutes: 5, characters: 1000, gross: net + 2, net, errors: 2, accuracy: 0.98, perMinute: [net], sanDiego: net, iowa: net,
});
const sjt = (at: string, total: number, max: number): Attempt => ({ test: 'sjt', at, occupation: 'teller', total, max, answered: 10, weak: [] });
const entry = (at: string, fieldsRight: number, fields: number): Attempt => ({ test: 'data-entry', at, caller: 'c1', mode: 'text', fieldsRight, fields, seconds: 90, kph: 8000, replays: 0 });
const tenKey = (at: string, kph: number): Attempt => ({ test: 'ten-key', at, seconds: 60, kph, accuracy: 1 });
const reply = (at: string, rubric: number, rubricOf: number): Attempt => ({ test: 'reply', at, prompt: 'r1', seconds: 300, words: 120, grade: 8, longSentences: 0, rubric, rubricOf });

describe('trends on the results page', () => {
  it('follows one figure per test, in the site’s order of tests, oldest attempt first, and leaves out tests never taken', () => {
    const attempts = normaliseAttempts([
      reply('2025-03-04T10:00:00.000Z', 6, 8),
      typing('2025-03-01T10:00:00.000Z', 38),
      sjt('2025-03-02T10:00:00.000Z', 30, 40),
      typing('2025-03-03T10:00:00.000Z', 41.5),
      entry('2025-03-02T11:00:00.000Z', 9, 12),
      tenKey('2025-03-02T12:00:00.000Z', 9500),
    ]);
    expect(trends({ attempts })).toEqual([
      { test: 'typing', name: 'Typing test', unit: 'Net WPM', points: [{ at: '2025-03-01T10:00:00.000Z', value: 38 }, { at: '2025-03-03T10:00:00.000Z', value: 41.5 }] },
      { test: 'sjt', name: 'Situational judgment', unit: 'Score, % of points', max: 100, points: [{ at: '2025-03-02T10:00:00.000Z', value: 75 }] },
      { test: 'data-entry', name: 'Data entry from a caller', unit: 'Fields right, %', max: 100, points: [{ at: '2025-03-02T11:00:00.000Z', value: 75 }] },
      { test: 'ten-key', name: '10-key numbers drill', unit: 'Keystrokes per hour', points: [{ at: '2025-03-02T12:00:00.000Z', value: 9500 }] },
      { test: 'reply', name: 'Written reply', unit: 'Self-check points, %', max: 100, points: [{ at: '2025-03-04T10:00:00.000Z', value: 75 }] },
    ]);
    expect(trends({ attempts: [tenKey('2025-03-02T12:00:00.000Z', 9500)] }).map((t) => t.test)).toEqual(['ten-key']);
    expect(trends({ attempts: [] })).toEqual([]);
  });
});

describe('keeping attempts', () => {
  it('keeps the newest attempts of a test when there are more than it keeps, and every other test’s', () => {
    const many = Array.from({ length: ATTEMPTS_PER_TEST + 3 }, (_, i) => typing(new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(), i));
    const kept = normaliseAttempts([...many, tenKey('2024-01-01T00:00:00.000Z', 9000)]);
    const typed = kept.filter((a) => a.test === 'typing');
    expect(typed).toHaveLength(ATTEMPTS_PER_TEST);
    expect(typed[0]).toEqual(many[3]);
    expect(kept.filter((a) => a.test === 'ten-key')).toHaveLength(1);
  });

  it('counts the attempts an import would add, an attempt already here or twice in the file counted once', () => {
    const here = [typing('2025-03-01T10:00:00.000Z', 38)];
    const file = [typing('2025-03-01T10:00:00.000Z', 38), typing('2025-03-02T10:00:00.000Z', 40), typing('2025-03-02T10:00:00.000Z', 40), tenKey('2025-03-01T10:00:00.000Z', 9000)];
    expect(countNewAttempts(here, file)).toBe(2);
    expect(countNewAttempts(file, here)).toBe(0);
  });

  it('names the export file after the day it was made', () => {
    expect(practiceFileName(new Date('2025-03-03T23:30:00.000Z'))).toBe('csr-guide-practice-results-2025-03-03.json');
  });

  it('links the situational judgment test and its paper version of an occupation', () => {
    expect(sjtHref('teller')).toBe('/practice/situational-judgment/teller/');
    expect(sjtPaperHref('teller')).toBe('/practice/situational-judgment/teller/paper/');
  });
});

describe('the clock of a timed test', () => {
  it('shows minutes and seconds, rounding up so a countdown never shows 0:00 early', () => {
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5_000)).toBe('0:00');
    expect(formatClock(600_000)).toBe('10:00');
  });

  it('counts only the time not spent paused, an open pause up to now', () => {
    expect(activeMs(1_000, 61_000, [])).toBe(60_000);
    expect(activeMs(1_000, 61_000, [{ from: 11_000, to: 21_000 }])).toBe(50_000);
    expect(activeMs(1_000, 61_000, [{ from: 11_000, to: 21_000 }, { from: 51_000, to: null }])).toBe(40_000);
    // A pause recorded backwards adds nothing, and the time is never negative.
    expect(activeMs(1_000, 61_000, [{ from: 21_000, to: 11_000 }])).toBe(60_000);
    expect(activeMs(61_000, 1_000, [])).toBe(0);
  });
});
