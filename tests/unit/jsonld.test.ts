import { describe, expect, it } from 'vitest';
import { occupationJsonLd, scriptSafeJson, type OccupationLdInput } from '../../src/lib/guide/jsonld';
import { figure } from './figure-fixtures';

const input: OccupationLdInput = {
  title: 'Customer Service Representative',
  summary: 'Answers questions and sorts out problems.',
  onet: '43-4051.00',
  soc: '43-4051',
  url: 'https://example.org/careers/customer-service-representative/',
  alternateTitles: ['Call center representative'],
  education: 'High school diploma or equivalent',
  skills: ['Active listening'],
  responsibilities: ['Answer customer questions'],
  reviewed: '2026-11-30',
};

describe('JSON-LD for a guide', () => {
  it('names the occupation with its O*NET and SOC codes and the page it describes', () => {
    const ld = occupationJsonLd(input);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: input.title,
      alternateName: input.alternateTitles,
      description: input.summary,
      url: input.url,
      occupationalCategory: { '@type': 'CategoryCode', codeValue: '43-4051.00', alternateName: 'SOC 43-4051', inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC', url: 'https://www.onetcenter.org/taxonomy.html' } },
      educationRequirements: input.education,
      skills: input.skills,
      responsibilities: input.responsibilities,
      occupationLocation: { '@type': 'Country', name: 'United States' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': input.url, lastReviewed: '2026-11-30' },
    });
  });

  it('gives no salary at all without a median', () => {
    expect(occupationJsonLd({ ...input, percentiles: { p10: figure({ value: 30000 }) } })).not.toHaveProperty('estimatedSalary');
  });

  it('gives the median with its period, and only the percentiles of that period', () => {
    const p = (value: number, period = '2024-05') => figure({ value, period });
    const ld = occupationJsonLd({ ...input, medianAnnual: p(42830), percentiles: { p10: p(31000), p90: p(62000) } });
    expect(ld.estimatedSalary).toMatchObject({
      '@type': 'MonetaryAmountDistribution',
      currency: 'USD',
      duration: 'P1Y',
      median: 42830,
      percentile10: 31000,
      percentile90: 62000,
      validFrom: '2024-05',
    });
    expect(ld.estimatedSalary).not.toHaveProperty('percentile25');
    expect((ld.estimatedSalary as { description: string }).description).toContain('Figures are for the United States.');
    const older = occupationJsonLd({ ...input, medianAnnual: p(42830), percentiles: { p10: p(30000, '2020-05'), p90: p(62000) } });
    expect(older.estimatedSalary).not.toHaveProperty('percentile10');
    expect(older.estimatedSalary).toMatchObject({ percentile90: 62000 });
  });

  it('gives the whole distribution when every percentile is of the median’s period, as a base salary', () => {
    const p = (value: number, period = '2024-05') => figure({ value, period });
    const percentiles = { p10: p(31000), p25: p(35500), p75: p(50100), p90: p(61200) };
    const ld = occupationJsonLd({ ...input, medianAnnual: p(42830), percentiles });
    expect(ld.estimatedSalary).toMatchObject({ name: 'base', median: 42830, percentile10: 31000, percentile25: 35500, percentile75: 50100, percentile90: 61200 });
    // Each percentile of another period is left out on its own, the others kept.
    for (const key of ['p10', 'p25', 'p75', 'p90'] as const) {
      const salary = occupationJsonLd({ ...input, medianAnnual: p(42830), percentiles: { ...percentiles, [key]: p(1, '2020-05') } }).estimatedSalary;
      const field = `percentile${key.slice(1)}`;
      expect(salary).not.toHaveProperty(field);
      expect(Object.keys(salary as object).filter((k) => k.startsWith('percentile'))).toHaveLength(3);
    }
  });
});

describe('JSON inside a <script> element', () => {
  it('cannot close the element early or break the line, and reads back the same', () => {
    const value = { summary: 'A </script><script>alert(1)</script> <!-- trick', sep: 'a\u2028b\u2029c' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
