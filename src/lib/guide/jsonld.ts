/**
 * schema.org `Occupation` for a guide page, from plain data. Only figures we
 * actually have go in: no invented percentiles.
 */
export interface OccupationLdInput {
  title: string;
  summary: string;
  onet: string;
  soc: string;
  url: string;
  alternateTitles: string[];
  education: string;
  skills: string[];
  responsibilities: string[];
  medianAnnual?: { value: number; asOf: string } | undefined;
  percentiles?: { p10?: number | undefined; p25?: number | undefined; p75?: number | undefined; p90?: number | undefined } | undefined;
  reviewed: string;
}

export function occupationJsonLd(o: OccupationLdInput): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: o.title,
    alternateName: o.alternateTitles,
    description: o.summary,
    url: o.url,
    occupationalCategory: {
      '@type': 'CategoryCode',
      codeValue: o.onet,
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC', url: 'https://www.onetcenter.org/taxonomy.html' },
      alternateName: `SOC ${o.soc}`,
    },
    educationRequirements: o.education,
    skills: o.skills,
    responsibilities: o.responsibilities,
    occupationLocation: { '@type': 'Country', name: 'United States' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': o.url, lastReviewed: o.reviewed },
  };
  if (o.medianAnnual) {
    const p = o.percentiles ?? {};
    ld.estimatedSalary = {
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: 'P1Y',
      median: o.medianAnnual.value,
      ...(p.p10 !== undefined && { percentile10: p.p10 }),
      ...(p.p25 !== undefined && { percentile25: p.p25 }),
      ...(p.p75 !== undefined && { percentile75: p.p75 }),
      ...(p.p90 !== undefined && { percentile90: p.p90 }),
      validFrom: o.medianAnnual.asOf,
    };
  }
  return ld;
}

/** JSON safe to place inside a <script> element: no "</script>" can close it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
