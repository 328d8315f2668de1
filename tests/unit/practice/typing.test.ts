import { describe, expect, it } from 'vitest';
import { diffInput, replay, scoreTyping, typingProgress, type Keystroke } from '../../../src/lib/practice/typing';
import { scoreRules } from '../../../src/lib/practice/rules';

/** One keystroke per character of `text`, `msPerChar` apart, starting at `start`. */
function typeAt(text: string, start: number, msPerChar: number): Keystroke[] {
  return [...text].map((ch, i) => ({ at: start + (i + 1) * msPerChar, insert: ch }));
}

const MINUTE = 60_000;

describe('typing-test scoring on fixed keystroke logs', () => {
  const passage = 'Please send the refund to 42 Oak Street today.';

  it('counts 5 keystrokes a word, spaces included, and takes errors off per minute', () => {
    // 40 keystrokes in one minute: 8 gross WPM; "sned" and "24" are two errors.
    const result = scoreTyping(passage, typeAt('Please sned the refund to 24 Oak Street ', 0, 1000), MINUTE);
    expect(result.characters).toBe(40);
    expect(result.gross).toBe(8);
    expect(result.errors).toBe(2);
    expect(result.net).toBe(6);
    expect(result.accuracy).toBe(0.75);
  });

  it('scores the same test under San Diego (2 off per error, 5 minutes) and Iowa (1 off per error)', () => {
    const result = scoreTyping(passage, typeAt('Please sned the refund to 24 Oak Street ', 0, 1000), MINUTE);
    const [plain, sanDiego, iowa] = scoreRules(result);
    expect(plain!.net).toBe(6);
    expect(sanDiego!.net).toBe(4);
    expect(sanDiego!.problems).toEqual(['San Diego needs a test of at least 5 minutes; this one was 1 minute.']);
    expect(iowa!.net).toBe(6);
    expect(iowa!.problems).toHaveLength(1);
  });

  it('refuses a San Diego score with more than 5 errors, even on a 5-minute test', () => {
    const typed = 'a b c d e f ';
    const result = scoreTyping('one two three four five six', typeAt(typed, 0, 1000), 5 * MINUTE);
    expect(result.errors).toBe(6);
    // 12 keystrokes over 5 minutes: 0.48 gross; San Diego takes 12 off, never going below zero.
    expect(result.gross).toBeCloseTo(0.48, 10);
    const sanDiego = scoreRules(result)[1]!;
    expect(sanDiego.net).toBe(0);
    expect(sanDiego.problems).toEqual(['San Diego accepts no more than 5 errors; this test had 6.']);
    const fiveErrors = scoreRules(scoreTyping('one two three four five six', typeAt('a b c d e six ', 0, 1000), 5 * MINUTE))[1]!;
    expect(fiveErrors.problems).toEqual([]);
  });

  it('counts a skipped word and an extra word as one error each, not every word after them', () => {
    const skipped = scoreTyping('one two three four five', typeAt('one three four ', 0, 100), MINUTE);
    expect(skipped).toMatchObject({ errors: 1, accuracy: 0.75 });
    const extra = scoreTyping('one two three four five', typeAt('one two two three', 0, 100), MINUTE);
    expect(extra).toMatchObject({ errors: 1, accuracy: 0.75 });
  });

  it('does not count the word still being typed, or the words not reached, as errors', () => {
    const result = scoreTyping('one two three four five', typeAt('one tw', 0, 100), MINUTE);
    expect(result.errors).toBe(0);
    expect(result.accuracy).toBe(1);
  });

  it('counts only the keystrokes left after corrections', () => {
    const log: Keystroke[] = [...typeAt('teh', 0, 200), { at: 800, remove: 2 }, ...typeAt('he ', 800, 200)];
    expect(replay(log)).toBe('the ');
    const result = scoreTyping('the end', log, MINUTE);
    expect(result.characters).toBe(4);
    expect(result.errors).toBe(0);
  });

  it('ignores keystrokes after the time is up', () => {
    const log = typeAt('x'.repeat(100), 0, 1000);
    expect(scoreTyping('x', log, MINUTE).characters).toBe(60);
  });

  it('charts gross WPM for each minute, the last one scaled when it is part of a minute', () => {
    const log = [...typeAt('a'.repeat(100), 0, 600), ...typeAt('b'.repeat(50), MINUTE, 600)];
    expect(scoreTyping('x', log, 90_000).perMinute).toEqual([20, 20]);
    expect(scoreTyping('x', log, 2 * MINUTE).perMinute).toEqual([20, 10]);
  });

  it('turns box edits into keystrokes', () => {
    expect(diffInput('the ca', 'the cat', 5)).toEqual([{ at: 5, insert: 't' }]);
    expect(diffInput('the cat', 'the c', 6)).toEqual([{ at: 6, remove: 2 }]);
    expect(diffInput('teh', 'the', 7)).toEqual([{ at: 7, remove: 2 }, { at: 7, insert: 'he' }]);
  });
});

describe('progress through the passage as you type', () => {
  const words = ['a', 'bb', 'cc'];
  it('marks finished words that differ, and the current word', () => {
    expect(typingProgress(words, 'a bx c')).toEqual({ current: 2, wrong: new Set([1]), currentWrong: false });
  });
  it('flags the current word as soon as it goes wrong', () => {
    expect(typingProgress(words, 'a bb x').currentWrong).toBe(true);
    expect(typingProgress(words, 'a bb ').current).toBe(2);
    expect(typingProgress(words, '').current).toBe(0);
  });
});

describe('the passages of a test', () => {
  it('puts the chosen passage first, then the job’s others, then the rest, and knows where each starts', async () => {
    const { passageStarts, testPassages, testText } = await import('../../../src/lib/practice/typing');
    const list = [
      { id: 'a', occupations: ['teller'], text: 'one two' },
      { id: 'b', occupations: ['csr'], text: 'three' },
      { id: 'c', occupations: ['csr'], text: 'four five six' },
    ];
    const ordered = testPassages(list, 'c', 'csr');
    expect(ordered.map((p) => p.id)).toEqual(['c', 'b', 'a']);
    expect(testText(ordered)).toBe('four five six three one two');
    expect(passageStarts(ordered)).toEqual([0, 3, 4]);
  });
});
