/** The search engine over the real content, built as the site builds it (without Astro). */
import { readFileSync, readdirSync } from 'node:fs';
import Fuse from 'fuse.js/basic';
import { parse } from 'yaml';
import { z } from 'zod';
import { makeSchemas, type RefFactory } from '../../../src/lib/content/schemas';
import { buildSearchDocs } from '../../../src/lib/search/documents';
import { SearchEngine } from '../../../src/lib/search/engine';
import { parseLexicon } from '../../../src/lib/search/lexicon-source';
import { packIndex } from '../../../src/lib/search/pack';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const schemas = makeSchemas(ref);
const yaml = (p: string) => parse(readFileSync(p, 'utf8')) as Array<Record<string, unknown>>;

export function realDocs(dir = 'content') {
  const occupations = readdirSync(`${dir}/occupations`)
    .map((f) => {
      const text = readFileSync(`${dir}/occupations/${f}`, 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      return { id: f.replace(/\.mdx?$/, ''), data: schemas.occupation.parse(parse(front!)), body: body! };
    })
    // The site's order (src/data/site.ts): the first guide is the site's own occupation.
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  const questions = readdirSync(`${dir}/questions`).flatMap((f) =>
    yaml(`${dir}/questions/${f}`).map((q) => ({ ...schemas.question.parse(q), id: String(q.id) })),
  );
  const skills = yaml(`${dir}/skills.yaml`).map((s) => ({ ...schemas.skill.parse(s), id: String(s.id) }));
  const glossary = yaml(`${dir}/glossary.yaml`).map((g) => ({ ...schemas.glossary.parse(g), id: String(g.id) }));
  return buildSearchDocs({ occupations, questions, skills, glossary });
}

export const realLexicon = () => parseLexicon(parse(readFileSync('content/search-synonyms.yaml', 'utf8')));

let packed: { docs: ReturnType<typeof realDocs>; core: ReturnType<typeof packIndex>['core']; text: ReturnType<typeof packIndex>['text'] } | undefined;

/** The real content's documents and index files, read and packed once per test file. */
export function realIndex() {
  if (!packed) {
    const docs = realDocs();
    packed = { docs, ...packIndex(docs, realLexicon()) };
  }
  return packed;
}

export function realEngine(withText = true) {
  const { core, text } = realIndex();
  const engine = new SearchEngine(JSON.parse(JSON.stringify(core)));
  if (withText) {
    engine.addText(JSON.parse(JSON.stringify(text)));
    engine.useFuzzy(Fuse);
  }
  return { engine, core, text };
}
