import { describe, expect, it } from 'vitest';
import { keystrokesPerHour, scoreField } from '../../../src/lib/practice/fields';

describe('customer-record field scoring', () => {
  it('needs numbers digit for digit, but not their spacing or dashes', () => {
    expect(scoreField('digits', '4471 0092 13', '4471-0092-13').correct).toBe(true);
    expect(scoreField('digits', '(515) 555-0142', '515 555 0142').correct).toBe(true);
    expect(scoreField('digits', '4471009213', '4417009213')).toEqual({ correct: false, share: 0, missing: ['4471009213'] });
    expect(scoreField('digits', '4471009213', '447100921')).toMatchObject({ correct: false });
  });

  it('forgives case and spacing in names, not spelling', () => {
    expect(scoreField('name', 'Maria Okafor-Diaz', '  maria  okafor - diaz ').correct).toBe(true);
    expect(scoreField('name', "Sean O'Neill", 'sean o’neill').correct).toBe(true);
    expect(scoreField('name', 'Maria Okafor', 'Mario Okafor').correct).toBe(false);
  });

  it('forgives case, spacing and punctuation in addresses', () => {
    expect(scoreField('address', '1820 N. Elm St., Apt 4', '1820 n elm st apt 4').correct).toBe(true);
    expect(scoreField('address', '1820 N. Elm St.', '1802 N Elm St').correct).toBe(false);
  });

  it('judges a note by the key facts it keeps', () => {
    const check = scoreField('note', 'charged twice\nMarch 3', 'Customer says she was charged twice.');
    expect(check).toEqual({ correct: false, share: 0.5, missing: ['March 3'] });
  });

  it('reports keystrokes per hour', () => {
    // 50 digits in 30 seconds: 6,000 an hour.
    expect(keystrokesPerHour(50, 30_000)).toBe(6000);
    expect(keystrokesPerHour(10, 0)).toBe(0);
  });
});

describe('data-entry helpers', () => {
  it('reads digits one by one for speech', async () => {
    const { speakable } = await import('../../../src/lib/practice/fields');
    expect(speakable('Account 4471, phone (515) 555-0142.')).toBe('Account 4 4 7 1, phone (5 1 5) 5 5 5-0 1 4 2.');
  });
  it('gives the same 10-key numbers for the same seed, 4 to 7 digits, no leading zero', async () => {
    const { tenKeyNumbers } = await import('../../../src/lib/practice/fields');
    const a = tenKeyNumbers(42, 20);
    expect(tenKeyNumbers(42, 20)).toEqual(a);
    expect(tenKeyNumbers(43, 20)).not.toEqual(a);
    for (const n of a) expect(n).toMatch(/^[1-9]\d{3,6}$/);
  });
});
