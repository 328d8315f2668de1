import { describe, expect, it } from 'vitest';
import { dueIn, parseDateInput, toDateInput, INTERVIEW_HOUR } from '../../../src/lib/drill/when';

describe('interview date input', () => {
  it('reads a date as 9:00 local time that day and writes it back', () => {
    const date = parseDateInput('2026-12-03');
    expect(date?.getHours()).toBe(INTERVIEW_HOUR);
    expect(date && toDateInput(date)).toBe('2026-12-03');
  });

  it('refuses what is not a real date', () => {
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('2026-02-31')).toBeNull();
    expect(parseDateInput('03/12/2026')).toBeNull();
  });
});

describe('due in words', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('says how long until a card is due', () => {
    expect(dueIn(new Date('2026-11-24T12:10:00Z'), now)).toBe('in 10 min');
    expect(dueIn(new Date('2026-11-27T12:00:00Z'), now)).toBe('in 3 days');
  });
  it('says now when it is due already', () => {
    expect(dueIn(new Date('2026-11-24T11:00:00Z'), now)).toBe('now');
  });
});
