import { describe, expect, it } from 'vitest';
import { citationText, formatValue, markOlder, olderLabel, readVia } from '../../src/lib/figures/figure';
import { comparePeriods, formatPeriod, isPeriod, periodKind, rangeEnd } from '../../src/lib/figures/period';
import { figure, SOURCES } from './figure-fixtures';

describe('a figure', () => {
  it('leads its citation with the agency survey and the period, and names the page read second', () => {
    const f = figure();
    expect(f.survey).toBe('BLS OEWS');
    expect(f.agency).toBe('US Bureau of Labor Statistics');
    expect(readVia(f)).toBe('read via A Careers Site');
    expect(citationText(f)).toBe('Source: BLS OEWS, May 2024 (read via A Careers Site).');
  });

  it('has no carrier when read on the agency’s own publication of the survey', () => {
    const f = figure({ source: SOURCES['oews-own']! });
    expect(f.carrier).toBeUndefined();
    expect(citationText(f)).toBe('Source: BLS OEWS, May 2024.');
  });

  it('names a non-government study by its publisher and title, as its own origin', () => {
    const f = figure({ source: SOURCES['study']!, unit: 'text', value: 'about 70%' });
    expect(f.agency).toBe('An Industry Firm');
    expect(f.carrier).toBeUndefined();
  });

  it('says how a derived value was worked out, and what it covers, and its caveat', () => {
    const f = figure({ value: 20.59, unit: 'usd-hour', derivation: 'annual median ÷ 2,080', scope: 'all tellers, SOC 43-3071', note: 'Rounded.' });
    expect(formatValue(f)).toBe('$20.59');
    expect(citationText(f)).toBe(
      'Source: BLS OEWS, May 2024 (read via A Careers Site). Derived: annual median ÷ 2,080. Covers all tellers, SOC 43-3071. Rounded.',
    );
  });

  it('is older only when a figure of the same measure and survey has a newer period', () => {
    const [a, b, c] = markOlder([
      figure({ id: 'a', period: '2024-05' }),
      figure({ id: 'b', period: '2020-05' }),
      figure({ id: 'c', period: '2016-05', measure: 'medianHourly' }),
    ]);
    expect(a!.older).toBe(false);
    expect(b!.older).toBe(true);
    expect(olderLabel(b!)).toBe('Older figure: other guides have data for May 2024.');
    // Alone in its measure, a figure is the newest of its kind, however old.
    expect(c!.older).toBe(false);
    // A projections base year is not "older" than a wage-survey month of the same year.
    const [ep] = markOlder([figure({ id: 'ep', measure: 'jobs', period: '2024', survey: 'bls-ep' })], [figure({ id: 'w', measure: 'jobs', period: '2024-05' }), figure({ id: 'ep', measure: 'jobs', period: '2024', survey: 'bls-ep' })]);
    expect(ep!.older).toBe(false);
  });

  it('is older whatever order the guides come in, and says so in its one-line citation', () => {
    const [old, recent] = markOlder([figure({ id: 'old', period: '2020-05' }), figure({ id: 'new', period: '2024-05' })]);
    expect([old!.older, recent!.older]).toEqual([true, false]);
    expect(citationText(old!)).toBe('Source: BLS OEWS, May 2020 (read via A Careers Site). Older figure: other guides have data for May 2024.');
    expect(citationText(recent!)).toBe('Source: BLS OEWS, May 2024 (read via A Careers Site).');
  });

  it('is not older until compared: a figure never compared (a history point) reads as current', () => {
    const f = figure({ period: '2011-05' });
    expect(f.older).toBe(false);
    expect(olderLabel(f)).toBeNull();
  });

  it('formats each unit as a reader expects', () => {
    expect(formatValue(figure({ value: 2810000, unit: 'people' }))).toBe('2.81 million');
    expect(formatValue(figure({ value: -5, unit: 'percent-change' }))).toBe('−5%');
    expect(formatValue(figure({ value: 341700, unit: 'openings-year' }))).toBe('341,700');
    expect(formatValue(figure({ value: 42830, unit: 'usd-year' }))).toBe('$42,830');
    expect(formatValue(figure({ value: 21, unit: 'percent-share' }))).toBe('21%');
    expect(formatValue(figure({ value: 'About 70%', unit: 'text' }))).toBe('About 70%');
  });
});

describe('a period', () => {
  it('is a month, a year or a span that runs forward', () => {
    expect(periodKind('2024-05')).toBe('month');
    expect(periodKind('2024')).toBe('year');
    expect(periodKind('2024–34')).toBe('range');
    expect(rangeEnd('2024–34')).toBe(2034);
    expect(isPeriod('2024–14')).toBe(false);
    expect(isPeriod('December 2025')).toBe(false);
    // A span written with four digits is read the same; one that ends where it starts is refused.
    expect(rangeEnd('2024–2034')).toBe(2034);
    expect(isPeriod('2024–2034')).toBe(true);
    expect(isPeriod('2024–2014')).toBe(false);
    expect(isPeriod('2024–24')).toBe(false);
    expect(isPeriod('2024–25')).toBe(true);
  });

  it('reads as people write it and orders by its start', () => {
    expect(formatPeriod('2024-05')).toBe('May 2024');
    expect(formatPeriod('2024–34')).toBe('2024–34');
    expect(comparePeriods('2023–33', '2024–34')).toBeLessThan(0);
  });
});
