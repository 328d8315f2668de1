/** Search over the real content: the queries job seekers actually type. */
import { readFileSync, readdirSync } from 'node:fs';
import Fuse from 'fuse.js/basic';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas, type RefFactory } from '../../src/lib/content/schemas';
import { buildSearchDocs } from '../../src/lib/search/documents';
import { FUSE_OPTIONS, highlight } from '../../src/lib/search/query';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const schemas = makeSchemas(ref);
const yaml = (p: string) => parse(readFileSync(p, 'utf8')) as Array<Record<string, unknown>>;

const occupations = readdirSync('content/occupations').map((f) => {
  const text = readFileSync(`content/occupations/${f}`, 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { id: f.replace(/\.mdx?$/, ''), data: schemas.occupation.parse(parse(front!)), body: body! };
});
const questions = readdirSync('content/questions').flatMap((f) =>
  yaml(`content/questions/${f}`).map((q) => ({ ...schemas.question.parse(q), id: String(q.id) })),
);
const skills = yaml('content/skills.yaml').map((s) => ({ ...schemas.skill.parse(s), id: String(s.id) }));
const glossary = yaml('content/glossary.yaml').map((g) => ({ ...schemas.glossary.parse(g), id: String(g.id) }));
const docs = buildSearchDocs({ occupations, questions, skills, glossary });
const fuse = new Fuse(docs, FUSE_OPTIONS);
const top = (q: string, n = 3) => fuse.search(q, { limit: n }).map((r) => r.item);

describe('search on the real content', () => {
  it('ranks the difficult-customer question first for "angry customer"', () => {
    const first = top('angry customer', 5).find((d) => d.type === 'question');
    expect(first?.url).toBe('/questions/#q-difficult-customer');
  });
  it('finds the CSR guide despite the typos in "custmer servise representativ"', () => {
    expect(top('custmer servise representativ').map((d) => d.url)).toContain('/careers/customer-service-representative/');
  });
  it('finds the glossary term for "AHT"', () => {
    expect(top('AHT').map((d) => d.url)).toContain('/glossary/#aht');
  });
  it('finds "call center rep" as the CSR guide, by its other titles', () => {
    expect(top('call center rep').map((d) => d.url)).toContain('/careers/customer-service-representative/');
  });
  it('returns a guide section with its anchor', () => {
    const hit = top('day in the life', 5).find((d) => d.type === 'section');
    expect(hit?.url).toBe('/careers/customer-service-representative/#day-in-the-life');
  });
  it('highlights matched text without losing any of it', () => {
    const parts = highlight('Average handle time', [[8, 13]]);
    expect(parts).toEqual([
      { text: 'Average ', match: false },
      { text: 'handle', match: true },
      { text: ' time', match: false },
    ]);
  });
});
