import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../../src/lib/drill/schedule';
import { days, hours, minutes } from './fixtures';

describe('the interval on a grade button at each change of unit', () => {
  it.each([
    [minutes(59), '59 min'],
    [hours(1), '1 h'],
    [hours(23), '23 h'],
    [hours(24), '1 day'],
    [days(30.4), '30 days'],
    [days(31), '1 mo'],
  ])('%d ms reads "%s"', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
