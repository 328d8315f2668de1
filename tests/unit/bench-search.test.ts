import { describe, expect, it } from 'vitest';
import { keystrokes, median, percentile } from '../../scripts/bench/stats.mjs';

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(values)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('expands a query into what each keystroke searches', () => {
    expect(keystrokes('AHT')).toEqual(['AH', 'AHT']);
    expect(keystrokes('a b')).toEqual(['a b']);
  });
});
