/**
 * Every figure the site can show, with its period, agency, survey, carrier and derivation: the
 * register `npm run facts` joins with the `data-fig` ids found on each built page.
 */
import type { APIRoute } from 'astro';
import { occupationViews } from '../data/occupations';
import { glossaryViews } from '../data/glossary';
import { citationText, formatValue, type Figure } from '../lib/figures/figure';
import { HEADLINE_KEYS } from '../lib/figures/occupation';

export const GET: APIRoute = async () => {
  const views = await occupationViews();
  const figures: Figure[] = [
    ...views.flatMap((v) => {
      const f = v.figures;
      return [
        ...HEADLINE_KEYS.map((k) => f[k]),
        f.education.typical,
        f.education.training,
        f.education.experience,
        ...f.industries.map((i) => i.share),
        ...f.history.flatMap((r) => [r.annual, r.hourly]),
      ].filter((x): x is Figure => x !== undefined);
    }),
    ...[...(await glossaryViews()).values()].flatMap((t) => t.figures),
  ];
  const register = figures.map((f) => ({ ...f, display: formatValue(f), citation: citationText(f) }));
  return new Response(JSON.stringify({ version: 1, figures: register }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
