/** The search documents for the whole site, from the collections. */
import { buildSearchDocs, type SearchDoc } from '../lib/search/documents';
import { site } from './site';

export async function searchDocs(): Promise<SearchDoc[]> {
  const { occupations, questions, skills, glossary } = await site();
  return buildSearchDocs({
    occupations: occupations.map((o) => ({ id: o.id, data: o.data, body: o.body ?? '' })),
    questions,
    skills: [...skills.values()],
    glossary: [...glossary.values()],
  });
}
