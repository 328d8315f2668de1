/**
 * schema.org `Occupation` for a guide page, from plain data. Only figures we
 * actually have go in: no invented percentiles. The salary names its period and source.
 */
import { citationText, type Figure } from '../figures/figure';

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
  medianAnnual?: Figure | undefined;
  percentiles?: { p10?: Figure | undefined; p25?: Figure | undefined; p75?: Figure | undefined; p90?: Figure | undefined } | undefined;
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
    // A percentile joins the distribution only when it describes the median's period.
    const same = (f: Figure | undefined) => (f && f.period === o.medianAnnual!.period ? Number(f.value) : undefined);
    const [p10, p25, p75, p90] = [same(p.p10), same(p.p25), same(p.p75), same(p.p90)];
    ld.estimatedSalary = {
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: 'P1Y',
      median: Number(o.medianAnnual.value),
      ...(p10 !== undefined && { percentile10: p10 }),
      ...(p25 !== undefined && { percentile25: p25 }),
      ...(p75 !== undefined && { percentile75: p75 }),
      ...(p90 !== undefined && { percentile90: p90 }),
      validFrom: o.medianAnnual.period,
      description: `${citationText(o.medianAnnual)} Figures are for the United States.`,
    };
  }
  return ld;
}

/** JSON safe to place inside a <script> element: no "</script>" can close it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
