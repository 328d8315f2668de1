/** The search documents for the whole site, from the collections. */
import { buildSearchDocs, type SearchDoc } from '../lib/search/documents';
import { site } from './site';
import { occupationViews } from './occupations';

export async function searchDocs(): Promise<SearchDoc[]> {
  const [{ questions, skills, glossary }, views] = await Promise.all([site(), occupationViews()]);
  return buildSearchDocs({
    occupations: views.map((v) => ({ id: v.id, data: v.data, body: v.entry.body ?? '' })),
    questions,
    skills: [...skills.values()],
    glossary: [...glossary.values()],
  });
}
