/** The search documents and index for the whole site, from the collections and the lexicon. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildSearchDocs, type SearchDoc } from '../lib/search/documents';
import { parseLexicon } from '../lib/search/lexicon-source';
import { packIndex, type PackedCore, type PackedText } from '../lib/search/pack';
import { CONTENT_DIR } from '../site.config.mjs';
import { site } from './site';
import { occupationViews } from './occupations';

let docs: Promise<SearchDoc[]> | undefined;
let index: Promise<{ core: PackedCore; text: PackedText }> | undefined;

export function searchDocs(): Promise<SearchDoc[]> {
  docs ??= Promise.all([site(), occupationViews()]).then(([{ questions, skills, glossary }, views]) =>
    buildSearchDocs({
      occupations: views.map((v) => ({ id: v.id, data: v.data, body: v.entry.body ?? '' })),
      questions,
      skills: [...skills.values()],
      glossary: [...glossary.values()],
    }),
  );
  return docs;
}

/** Both files of the index, built once per build from the same documents. */
export function searchIndex(): Promise<{ core: PackedCore; text: PackedText }> {
  const file = path.join(CONTENT_DIR, 'search-synonyms.yaml');
  index ??= searchDocs().then((d) => packIndex(d, parseLexicon(parse(readFileSync(file, 'utf8')), file)));
  return index;
}
