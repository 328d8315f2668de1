import { describe, expect, it } from 'vitest';
import { bytesLabel, deliveryStats } from '../../../src/lib/drill/speech';

describe('delivery of a spoken answer', () => {
  it('gives words per minute and counts filler words as whole words', () => {
    const stats = deliveryStats('Um, so I was, like, on a call and, um, you know, I basically listened. I liked it.', 30_000);
    expect(stats.words).toBe(18);
    expect(stats.wordsPerMinute).toBe(36);
    expect(stats.fillers).toEqual([
      { word: 'um', count: 2 },
      { word: 'like', count: 1 },
      { word: 'you know', count: 1 },
      { word: 'basically', count: 1 },
    ]);
    expect(stats.fillerTotal).toBe(5);
  });

  it('gives no pace for a moment of speech', () => {
    expect(deliveryStats('Hello', 1_000).wordsPerMinute).toBeNull();
  });
});

describe('space used', () => {
  it('reads in bytes, KB and MB', () => {
    expect([bytesLabel(900), bytesLabel(350 * 1024), bytesLabel(1.25 * 1024 * 1024)]).toEqual(['900 bytes', '350 KB', '1.3 MB']);
  });
});
