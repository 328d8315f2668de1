/** Small, typed occupation data and sources for figure tests: one primary survey page and one page restating it. */
import type { Occupation } from '../../src/lib/content/schemas';
import { makeFigure, type Figure, type FigureInput, type SourceFacts } from '../../src/lib/figures/figure';

export const SOURCES: Record<string, SourceFacts> = {
  'oews-own': { id: 'oews-own', publisher: 'US Bureau of Labor Statistics', title: 'OEWS', url: 'https://www.bls.gov/oes/', reliability: 'primary', publishes: 'bls-oews' },
  'wages-read-via': { id: 'wages-read-via', publisher: 'A Careers Site', title: 'Profile', url: 'https://example.org/p', reliability: 'secondary', restates: 'bls-oews' },
  'study': { id: 'study', publisher: 'An Industry Firm', title: 'Benchmark study', url: 'https://example.org/s', reliability: 'secondary' },
};
export const sourceOf = (id: string): SourceFacts => SOURCES[id]!;

const ref = (id: string) => ({ collection: 'sources' as const, id });

export function occupationData(pay: Partial<Occupation['pay']> = {}, outlook: Partial<Occupation['outlook']> = {}): Occupation {
  return {
    title: 'Test Clerk',
    plural: 'Test Clerks',
    alternateTitles: [],
    summary: 'Test.',
    soc: '43-9999',
    onet: '43-9999.00',
    channels: [],
    workSettings: [],
    schedule: [],
    education: { typical: 'High school diploma or equivalent', training: 'Short-term on-the-job training', source: ref('oews-own'), period: '2024–34', survey: 'bls-ep', detail: [] },
    pay: { history: [], unknown: [], ...pay },
    outlook: { unknown: [], ...outlook },
    skills: [],
    responsibilities: [],
    dayInTheLife: [],
    becomeOne: [],
    certifications: [],
    metrics: [],
    related: [],
    sources: [],
    reviewed: '2026-01-01',
    order: 1,
  } as Occupation;
}

export function figure(over: Partial<FigureInput> = {}): Figure {
  return makeFigure({ id: 'x:medianAnnual', measure: 'medianAnnual', label: 'Median pay, per year', value: 42830, unit: 'usd-year', period: '2024-05', source: SOURCES['wages-read-via']!, ...over });
}
