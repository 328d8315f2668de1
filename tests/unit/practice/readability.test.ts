import { describe, expect, it } from 'vitest';
import { replyFigures, sentences, syllables } from '../../../src/lib/practice/readability';

describe('reply figures', () => {
  it('counts syllables by vowel groups, less a silent final e', () => {
    expect(['we', 'refund', 'today', 'five', 'account', 'table', 'make', 'customer'].map(syllables)).toEqual([1, 2, 2, 1, 2, 2, 1, 3]);
  });

  it('computes the Flesch–Kincaid grade of a reference reply by hand', () => {
    // 15 words, 2 sentences, 21 syllables: 0.39 × 7.5 + 11.8 × 1.4 − 15.59 = 3.855.
    const figures = replyFigures('We will send your refund today. It should reach your account within five business days.');
    expect(figures).toMatchObject({ words: 15, sentences: 2, grade: 3.9, long: [] });
  });

  it('lists sentences over 25 words with their length', () => {
    const long = `${Array.from({ length: 26 }, () => 'word').join(' ')}.`;
    const figures = replyFigures(`Thanks for writing. ${long} Bye.`);
    expect(figures.sentences).toBe(3);
    expect(figures.long).toEqual([{ text: long, words: 26 }]);
  });

  it('has no grade for an empty reply, and splits sentences at line breaks', () => {
    expect(replyFigures('   ').grade).toBeNull();
    expect(sentences('Hi Dana,\nThanks for your patience.')).toEqual(['Hi Dana,', 'Thanks for your patience.']);
  });
});
