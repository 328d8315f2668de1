import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from '../../../src/lib/drill/days';

const NEW_YORK = 'America/New_York';

describe('the learner’s calendar day', () => {
  it('turns over at local midnight, not at midnight UTC', () => {
    expect(localDate(new Date('2025-03-04T04:59:59.999Z'), NEW_YORK)).toBe('2025-03-03');
    expect(localDate(new Date('2025-03-04T05:00:00.000Z'), NEW_YORK)).toBe('2025-03-04');
  });

  it('gives each time zone its own day for the same instant, even one after another', () => {
    const instant = new Date('2025-03-04T02:00:00.000Z');
    expect(localDate(instant, NEW_YORK)).toBe('2025-03-03');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2025-03-04');
    expect(localDate(instant, NEW_YORK)).toBe('2025-03-03');
  });

  it('reads the runtime’s own zone without Intl, to the same day Intl gives for that zone', () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        expect(localDate(instant)).toBe(localDate(instant, own));
      }),
    );
  });
});

describe('counting calendar days', () => {
  it('counts whole days across a clock change, a month end and a year end', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2025-02-27', '2025-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-03-03', '2025-03-03')).toBe(0);
  });

  it('is negative when the second day is earlier', () => {
    expect(daysBetween('2025-03-10', '2025-03-03')).toBe(-7);
  });

  it('steps forward and back through leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-03', 0)).toBe('2025-03-03');
  });
});
