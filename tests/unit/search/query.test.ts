/** The query layer on the real index: synonyms, stop words, occupations named in the query, highlighting. */
import { describe, expect, it } from 'vitest';
import { decodePostings, unpackDocs } from '../../../src/lib/search/pack';
import { parseLexicon } from '../../../src/lib/search/lexicon-source';
import { compileLexicon } from '../../../src/lib/search/lexicon';
import { realEngine, realIndex } from './real-index';

const CSR = '/careers/customer-service-representative/';
const { engine, core, text } = realEngine();
const urls = (q: string, n = 3) => engine.search(q, n).hits.map((h) => h.doc.url);
const marked = (q: string, url: string) =>
  engine
    .search(q, 20)
    .hits.find((h) => h.doc.url === url)
    ?.title.filter((s) => s.match)
    .map((s) => s.text);

describe('synonyms and spellings (content/search-synonyms.yaml)', () => {
  it('reads salary, wage and earnings as pay, and puts the CSR Pay section first', () => {
    for (const q of ['pay', 'salary', 'wages', 'earnings']) expect(urls(q, 1), q).toEqual([`${CSR}#pay`]);
  });
  it('reads the UK "centre" as "center" and agent as representative', () => {
    expect(engine.understand('call centre agent').keys.map((k) => k.key)).toEqual(['~call_center', '~representative']);
    expect(urls('call centre agent')).toContain(CSR);
  });
  it('finds "Working from home" for remote, work from home and wfh', () => {
    for (const q of ['remote', 'remote work', 'work from home', 'wfh']) expect(urls(q, 1), q).toEqual([`${CSR}#where-they-work`]);
  });
  it('finds computer skills for a CRM product name', () => {
    expect(urls('zendesk')).toContain(`${CSR}#skill-computer-literacy`);
  });
  it('forgives a typo in a word that belongs to a group', () => {
    expect(urls('salery', 1)).toEqual([`${CSR}#pay`]);
  });
});

describe('question-style queries', () => {
  it('drops stop words and reads "how much … make" as pay', () => {
    const u = engine.understand('how much do tellers make');
    expect(u.keys.map((k) => k.key)).toEqual(['~pay', '~teller']);
    expect(u.dropped).toEqual(['do']);
  });
  it('searches a query made only of stop words as typed', () => {
    expect(engine.understand('how do you').keys.map((k) => k.key)).toEqual(['how', 'do', 'you']);
  });
});

describe('an occupation named in the query', () => {
  it('lifts its own sections: "how much do tellers make" opens the Teller pay section', () => {
    const r = engine.search('how much do tellers make');
    expect(r.understood.occupations).toEqual(['teller']);
    expect(r.hits[0]?.doc.url).toBe('/careers/teller/#pay');
  });
  it('ranks the guide first when the query is only its name', () => {
    expect(urls('receptionist', 1)).toEqual(['/careers/receptionist/']);
  });
  it('without one, the CSR section wins over the same section of other guides', () => {
    expect(urls('job outlook', 1)).toEqual([`${CSR}#outlook`]);
  });
});

describe('ranking', () => {
  it('puts the guide sections above passing mentions: "certification" is how to become one, not the SOC code', () => {
    expect(urls('certification', 1)).toEqual([`${CSR}#how-to-become`]);
    expect(urls('certification', 10)).not.toContain('/glossary/#soc-code');
  });
  it('keeps an abbreviation to what it stands for: "AHT" is the glossary term first, and no "Related occupations"', () => {
    const hits = engine.search('AHT', 12).hits;
    expect(hits[0]?.doc.url).toBe('/glossary/#aht');
    expect(hits.filter((h) => h.doc.title === 'Related occupations')).toEqual([]);
  });
  it('finds the partly typed last word as a prefix', () => {
    expect(urls('recep', 1)).toEqual(['/careers/receptionist/']);
  });
  it('says when nothing matches the whole query', () => {
    expect(engine.search('forklift license').good).toBe(false);
    expect(engine.search('zzqxv').hits).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words only, never fragments', () => {
    expect(marked('call center rep', CSR)).toEqual(['Representative']);
    expect(marked('customer', CSR)).toEqual(['Customer']);
    expect(marked('an', CSR) ?? []).toEqual([]);
  });
  it('marks a phrase found through its group', () => {
    expect(marked('remote', `${CSR}#where-they-work`)).toEqual(['Working from home']);
  });
});

describe('the index files', () => {
  it('gives back every document with its title, link, context and weight: questions from the second file', () => {
    const back = unpackDocs(core);
    expect(back.some((d) => d.type === 'question')).toBe(false);
    unpackDocs(core, text.docs, back);
    const { docs } = realIndex();
    const shown = (d: (typeof docs)[number]) => [d.type, d.title, d.aka, d.url, d.context, d.occupation, d.weight];
    expect(back.map(shown)).toEqual(docs.map(shown));
  });
  it('sends postings as base-36 differences that decode to the documents and fields posted', () => {
    const postings = Object.values(core.postings).map(decodePostings);
    expect(postings.length).toBeGreaterThan(100);
    for (const list of postings) for (let i = 1; i < list.length; i++) expect(list[i]).toBeGreaterThan(list[i - 1]!);
    expect([...decodePostings('0,1,a,z')]).toEqual([0, 1, 11, 46]);
    expect(() => decodePostings('1,2;3')).toThrow(/"1,2;3" is not a list of postings/);
  });
  it('answers from the core alone while the body text is still loading', () => {
    const { engine: coreOnly } = realEngine(false);
    expect(coreOnly.search('teller pay').hits[0]?.doc.url).toBe('/careers/teller/#pay');
  });
});

describe('the synonyms file', () => {
  it('names the field of a mistake', () => {
    expect(() => parseLexicon({ groups: [['pay']] })).toThrow(/content\/search-synonyms\.yaml: groups\.0: a group needs at least two words/);
    expect(() => parseLexicon({ stopWords: 'the' })).toThrow(/stopWords/);
  });
  it('refuses a question word that points at no group', () => {
    expect(() => compileLexicon(parseLexicon({ askedAs: { make: 'wages' } }))).toThrow(/askedAs\.make/);
  });
});
