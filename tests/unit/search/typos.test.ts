/** The typo filter ahead of Fuse.js finds exactly what Fuse.js finds over the whole vocabulary. */
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { TYPO_THRESHOLD, TypoIndex } from '../../../src/lib/search/typos';
import { realIndex } from './real-index';

// The vocabulary as the engine gives it to Fuse: the index's words of 3+ letters, no digits, sorted.
const { core, text } = realIndex();
const vocabulary = [...new Set([...Object.keys(core.postings), ...Object.keys(text.postings)])]
  .filter((k) => !k.startsWith('~') && k.length >= 3 && !/\d/.test(k))
  .sort();
const whole = new Fuse(vocabulary, { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 });
const index = new TypoIndex(vocabulary, Fuse);

/** A seeded PRNG, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function misspell(word: string, edits: number, rand: () => number): string {
  let w = word;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (w.length + 1));
    const letter = LETTERS[Math.floor(rand() * LETTERS.length)]!;
    const kind = Math.floor(rand() * 4);
    if (kind === 0) w = w.slice(0, at) + letter + w.slice(at); // insert
    else if (kind === 1 && w.length > 1) w = w.slice(0, at) + w.slice(at + 1); // delete
    else if (kind === 2) w = w.slice(0, at) + letter + w.slice(at + 1); // substitute
    else if (at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2); // swap
  }
  return w;
}

describe('typo filter', () => {
  it('returns what Fuse.js returns over every word, for real misspellings and random edits of real words', () => {
    const rand = rng(18);
    const typed = ['custmer', 'servise', 'representativ', 'salery', 'recepsionist', 'telemarketting', 'deescalation', 'sertification', 'intervew', 'qeue', 'refnd', 'colector', 'supervizor', 'tellr'];
    for (let i = 0; i < 150; i++) {
      const word = vocabulary[Math.floor(rand() * vocabulary.length)]!;
      typed.push(misspell(word, 1 + Math.floor(rand() * 3), rand));
    }
    let found = 0;
    for (const q of typed.filter((w) => w.length >= 4)) {
      const expected = whole.search(q, { limit: 4 }).map((r) => ({ item: r.item, score: r.score }));
      found += expected.length;
      expect(index.search(q, 4), q).toEqual(expected);
    }
    // The comparison means something only if most misspellings find a word.
    expect(found).toBeGreaterThan(typed.length);
  }, 60_000);

  it('finds the word a job seeker misspelt', () => {
    expect(index.search('custmer', 1)[0]?.item).toBe('customer');
    expect(index.search('recepsionist', 1)[0]?.item).toBe('receptionist');
  });
});
