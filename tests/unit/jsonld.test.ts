import { describe, expect, it } from 'vitest';
import { occupationJsonLd, scriptSafeJson, type OccupationLdInput } from '../../src/lib/guide/jsonld';

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
      occupationalCategory: { '@type': 'CategoryCode', codeValue: '43-4051.00', alternateName: 'SOC 43-4051', inCodeSet: { name: 'O*NET-SOC' } },
      educationRequirements: input.education,
      skills: input.skills,
      responsibilities: input.responsibilities,
      occupationLocation: { '@type': 'Country', name: 'United States' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': input.url, lastReviewed: '2026-11-30' },
    });
  });

  it('gives no salary at all without a median', () => {
    expect(occupationJsonLd({ ...input, percentiles: { p10: 30000 } })).not.toHaveProperty('estimatedSalary');
  });

  it('gives the median with its date, and only the percentiles we have', () => {
    const ld = occupationJsonLd({ ...input, medianAnnual: { value: 42830, asOf: '2024-05' }, percentiles: { p10: 31000, p90: 62000 } });
    expect(ld.estimatedSalary).toEqual({
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: 'P1Y',
      median: 42830,
      percentile10: 31000,
      percentile90: 62000,
      validFrom: '2024-05',
    });
    const all = occupationJsonLd({ ...input, medianAnnual: { value: 1, asOf: '2024' }, percentiles: { p10: 1, p25: 2, p75: 3, p90: 4 } });
    expect(all.estimatedSalary).toMatchObject({ percentile10: 1, percentile25: 2, percentile75: 3, percentile90: 4 });
    const none = occupationJsonLd({ ...input, medianAnnual: { value: 1, asOf: '2024' } });
    expect(Object.keys(none.estimatedSalary as object).filter((k) => k.startsWith('percentile'))).toEqual([]);
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
