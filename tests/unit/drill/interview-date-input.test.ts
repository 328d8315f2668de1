import { describe, expect, it } from 'vitest';
import { dateTimeLabel, dayLabel, dueIn, parseDateInput, toDateInput } from '../../../src/lib/drill/when';

describe('the interview date a learner picks', () => {
  it('is 9:00 sharp that morning, so "days left" does not depend on when the date was picked', () => {
    const date = parseDateInput('2026-12-03');
    expect([date?.getHours(), date?.getMinutes(), date?.getSeconds(), date?.getMilliseconds()]).toEqual([9, 0, 0, 0]);
  });

  it('reads a value with spaces around it, as pasted or autofilled', () => {
    expect(parseDateInput(' 2026-12-03\n')?.getDate()).toBe(3);
  });

  it('round-trips early months and days with their leading zeros, so the field shows the date back', () => {
    for (const value of ['2026-01-05', '2027-09-30', '2028-02-29']) {
      const date = parseDateInput(value);
      expect(date && toDateInput(date)).toBe(value);
    }
  });

  it.each([
    ['a 13th month', '2026-13-01'],
    ['day 0', '2026-12-00'],
    ['29 February in a common year', '2027-02-29'],
    ['31 April', '2026-04-31'],
    ['extra text before', 'x2026-12-03'],
    ['extra text after', '2026-12-031'],
    ['a two-digit year', '26-12-03'],
  ])('refuses %s (%s) instead of moving to another day', (_name, value) => {
    expect(parseDateInput(value)).toBeNull();
  });
});

describe('when the next card is due, in words', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('says "now" at the very moment it falls due, and a minute just after', () => {
    expect(dueIn(now, now)).toBe('now');
    expect(dueIn(new Date(now.getTime() + 1), now)).toBe('in 1 min');
  });
});

describe('dates in the reader’s own time zone', () => {
  const instant = new Date('2026-12-03T14:00:00Z');
  it('shows the day and time of a backup in the zone it is given', () => {
    expect(dateTimeLabel(instant, 'en-US', 'America/New_York')).toBe('Thu, Dec 3, 9:00 AM');
    expect(dateTimeLabel(instant, 'en-US', 'Asia/Tokyo')).toBe('Thu, Dec 3, 11:00 PM');
  });

  it('names the interview day in words, on the local calendar', () => {
    expect(dayLabel(instant, 'en-US', 'America/New_York')).toBe('Thursday, December 3');
    expect(dayLabel(instant, 'en-US', 'Pacific/Kiritimati')).toBe('Friday, December 4');
  });
});
