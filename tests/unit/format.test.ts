import { describe, expect, it } from 'vitest';
import { approxCount, count, money, refDate, signedPercent } from '../../src/lib/format';
import { outlookBand } from '../../src/lib/figures/outlook';

describe('formatting figures', () => {
  it('shows annual pay in whole dollars and hourly pay in cents', () => {
    expect(money(42830)).toBe('$42,830');
    expect(money(20.59, 'hour')).toBe('$20.59');
    expect(money(16, 'hour')).toBe('$16.00');
  });
  it('groups thousands and reads millions aloud', () => {
    expect(count(341700)).toBe('341,700');
    expect(approxCount(2810000)).toBe('2.81 million');
    expect(approxCount(166900)).toBe('166,900');
  });
  it('gives a change its direction with a true minus sign', () => {
    expect(signedPercent(-5)).toBe('−5%');
    expect(signedPercent(3)).toBe('+3%');
    expect(signedPercent(-10.5)).toBe('−10.5%');
    expect(signedPercent(0)).toBe('0%');
  });
  it('prints a reference date only as precisely as it is known', () => {
    expect(refDate('2024-05')).toBe('May 2024');
    expect(refDate('2020')).toBe('2020');
    expect(refDate('2022-02-24')).toBe('February 24, 2022');
  });
  it('describes a projected change in words', () => {
    expect(outlookBand(-5)).toBe('decline');
    expect(outlookBand(0)).toBe('little or no change');
    expect(outlookBand(9)).toBe('faster than average growth');
  });
});
