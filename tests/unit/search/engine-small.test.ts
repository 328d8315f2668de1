/** The search engine over a handful of hand-made documents: what a job seeker sees as they type. */
import Fuse from 'fuse.js/basic';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../src/lib/search/documents';
import { SearchEngine } from '../../../src/lib/search/engine';
import { parseLexicon } from '../../../src/lib/search/lexicon-source';
import { packIndex } from '../../../src/lib/search/pack';

const guide = (id: string, title: string, text: string, aka = ''): SearchDoc => ({
  type: 'occupation', title, aka, text, url: `/careers/${id}/`, context: 'Career guide', keywords: '', occupation: id, weight: 1.3,
});
const section = (id: string, guideTitle: string, anchor: string, title: string, text: string, keywords: string): SearchDoc => ({
  type: 'section', title, aka: '', text, url: `/careers/${id}/#${anchor}`, context: guideTitle, keywords, occupation: id, weight: 1,
});
const PAY = 'pay salary wage earnings';
const DOCS: SearchDoc[] = [
  guide('teller', 'Teller', 'Tellers count cash and serve bank customers.', 'Bank teller'),
  section('teller', 'Teller', 'pay', 'Pay', 'The median teller earns a steady wage.', PAY),
  guide('receptionist', 'Receptionist', 'Receptionists greet visitors and answer phones.'),
  section('receptionist', 'Receptionist', 'pay', 'Pay', 'Receptionists are paid by the hour.', PAY),
  guide('records-clerk', 'Records Clerk', 'Records clerks keep files in order since 2024.'),
  guide('telemarketer', 'Telemarketer', 'Telemarketers call people to sell things.'),
  { type: 'term', title: 'Average handle time', aka: 'AHT', text: 'How long a call takes.', url: '/glossary/#aht', context: 'Glossary', keywords: '', weight: 1.15 },
  { type: 'question', title: 'Tell me about a time you balanced a cash drawer', aka: '', text: 'Count twice.', url: '/careers/teller/questions/#q-cash', context: 'Teller', keywords: '', occupation: 'teller', weight: 0.9, later: true },
];
const lexicon = parseLexicon({ groups: [['pay', 'salary', 'wage', 'earnings']], stopWords: ['the', 'a', 'and'] });

function engine(withText = true, fuzzy = true) {
  const { core, text } = packIndex(DOCS, lexicon);
  const e = new SearchEngine(JSON.parse(JSON.stringify(core)));
  if (withText) e.addText(JSON.parse(JSON.stringify(text)));
  if (fuzzy) e.useFuzzy(Fuse);
  return e;
}
const titles = (e: SearchEngine, q: string, limit?: number) => e.search(q, limit).hits.map((h) => `${h.doc.title} ${h.doc.url}`);

describe('reading the query as it is typed', () => {
  // A new engine in each test: code run while tests are collected escapes mutation testing.
  let e: SearchEngine;
  beforeEach(() => {
    e = engine();
  });
  it('treats the last word as still being typed until a space or a mark follows it', () => {
    expect(e.understand('teller pa').keys.map((k) => [k.key, k.last])).toEqual([['teller', false], ['pa', true]]);
    expect(e.understand('teller pa ').keys.map((k) => k.last)).toEqual([false, false]);
    expect(e.understand('teller pa.').keys.map((k) => k.last)).toEqual([false, false]);
    expect(e.understand('pa teller').keys.map((k) => k.last)).toEqual([false, true]);
  });

  it('drops single letters and stop words, and says which words it dropped', () => {
    const u = e.understand('x the teller');
    expect(u.keys.map((k) => k.key)).toEqual(['teller']);
    expect(u.dropped).toEqual(['the']);
  });

  it('completes a word being typed, the shortest completions first, but not a finished one', () => {
    expect(titles(e, 'rec')).toEqual(expect.arrayContaining(['Receptionist /careers/receptionist/', 'Records Clerk /careers/records-clerk/']));
    expect(e.search('rec ').hits).toEqual([]);
    expect(e.search('rec ').good).toBe(false);
    // A word being typed is looked for in titles, other names and keywords, not body text.
    expect(titles(e, 'visit')).toEqual([]);
    expect(titles(e, 'visitors ')).toEqual(['Receptionist /careers/receptionist/']);
  });

  it('completes a word from the keywords sections share: "sal" is salary, so Pay', () => {
    expect(titles(e, 'teller sal')[0]).toBe('Pay /careers/teller/#pay');
  });

  it('finds other endings of a long word: "telemarketing" is the Telemarketer guide', () => {
    // Without Fuse.js, so the ending is what finds it, not the typo search.
    expect(titles(engine(true, false), 'telemarketing ')).toEqual(['Telemarketer /careers/telemarketer/']);
  });

  it('forgives a typo in a word, but never reads a number as another number', () => {
    expect(titles(e, 'recepshionist ')[0]).toBe('Receptionist /careers/receptionist/');
    expect(e.search('2025 ').hits).toEqual([]);
    expect(titles(e, '2024 ')).toEqual(['Records Clerk /careers/records-clerk/']);
    // Without Fuse.js loaded yet, a typo finds nothing rather than failing.
    expect(engine(true, false).search('recepshionist ').hits).toEqual([]);
  });

  it('answers an empty query with nothing, and says so', () => {
    expect(e.search('')).toEqual({ hits: [], understood: { keys: [], dropped: [], occupations: [] }, good: false });
    expect(e.search('x ').hits).toEqual([]);
  });
});

describe('results', () => {
  it('lists a document once however many of the query’s words it matches, and only as many as asked', () => {
    const e = engine();
    const hits = titles(e, 'teller bank cash ', 20);
    expect(new Set(hits).size).toBe(hits.length);
    expect(hits[0]).toBe('Teller /careers/teller/');
    expect(titles(e, 'teller bank cash ', 1)).toEqual([hits[0]]);
    expect(titles(e, 'teller bank cash ', 2)).toEqual(hits.slice(0, 2));
  });

  it('gives the same answer to a query whatever was searched before it', () => {
    const shown = (e: SearchEngine, q: string) => e.search(q).hits.map((h) => [h.doc.url, h.complete, h.score]);
    const used = engine();
    used.search('teller bank cash count serve customers ');
    expect(shown(used, 'records clerk pay ')).toEqual(shown(engine(), 'records clerk pay '));
    used.search('aht');
    expect(shown(used, 'receptionist pay ')).toEqual(shown(engine(), 'receptionist pay '));
    expect(titles(used, 'receptionist pay ')[0]).toBe('Pay /careers/receptionist/#pay');
    // No document has all three words.
    expect(used.search('records clerk pay ').hits.filter((h) => h.complete).map((h) => h.doc.url)).toEqual([]);
  });

  it('answers from the core file first, and adds the interview questions when the second file comes', () => {
    const core = engine(false, false);
    expect(core.hasText).toBe(false);
    expect(titles(core, 'drawer ')).toEqual([]);
    const full = engine(true, false);
    expect(full.hasText).toBe(true);
    expect(full.size).toBe(core.size + 1);
    expect(titles(full, 'drawer ')).toEqual(['Tell me about a time you balanced a cash drawer /careers/teller/questions/#q-cash']);
  });
});
