/**
 * The search index as shipped, in two files:
 *
 * - the core (`/search-index.json`), fetched when search opens: guides, their sections,
 *   skills and glossary terms (title, link, weight), the words of their titles and other
 *   names, and the lexicon. Results show from it alone.
 * - the rest (`/search-text.json`), fetched next: interview questions (the largest group) and
 *   the words of every body text. It only adds results.
 *
 * Keywords are shared by every section with one anchor ("pay" for every Pay section) and by
 * every document of one type, so they are sent once and posted to documents on arrival.
 * A guide's sections are sent as one row of anchors. A posting is doc × 4 + field, sorted,
 * sent as differences: small numbers that gzip well.
 */
import { DOC_TYPES, type DocType, type SearchDoc } from './documents';
import { compileLexicon, type Lexicon, type LexiconSource } from './lexicon';
import { terms } from './text';

export const INDEX_VERSION = 3;
/** Fields in order of strength; a word counts once per document, in its strongest field. */
export const FIELDS = ['title', 'aka', 'keywords', 'text'] as const;
export const KEYWORDS_FIELD = 2;
export const TEXT_FIELD = 3;

/** A section in a guide's row: its anchor, or its anchor and its own title ("Working from home"). */
type PackedSection = number | [anchor: number, title: string];

export type PackedDoc =
  /** A guide's sections, in order, right after the guide. */
  | [type: -1, ...sections: PackedSection[]]
  /** A guide at /careers/<id>/. */
  | [type: 0, title: string, aka: string, id: string, weight: number]
  | [type: number, title: string, aka: string, url: string, context: string, weight: number, guide: number, later?: 1];

export interface PackedCore {
  v: typeof INDEX_VERSION;
  lexicon: LexiconSource;
  /** Section anchors: the title most sections with it have, their weight × 100, their keywords. */
  anchors: Array<[anchor: string, title: string, weight: number, keywords: string]>;
  /** Keywords of each document type (DOC_TYPES order), for documents that are not sections. */
  typeKeywords: string[];
  docs: PackedDoc[];
  postings: Record<string, number[]>;
}

export interface PackedText {
  v: typeof INDEX_VERSION;
  /** Documents after the core's (interview questions), numbered on from them. */
  docs: PackedDoc[];
  postings: Record<string, number[]>;
}

const w100 = (w: number) => Math.round(w * 100);
const guideUrl = (id: string) => `/careers/${id}/`;
const GUIDE_CONTEXT = 'Career guide';
const anchorOf = (d: SearchDoc) => (d.type === 'section' ? d.url.split('#')[1] : undefined);

function encodePostings(map: Map<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of [...map.keys()].sort()) {
    const list = map.get(key)!;
    out[key] = list.map((v, i) => (i === 0 ? v : v - list[i - 1]!));
  }
  return out;
}

export function decodePostings(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let at = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = at += deltas[i]!;
  return out;
}

/** The most common value of `f` over `list`. */
function commonest<T>(list: readonly T[], f: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(f(t), (counts.get(f(t)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

export function packIndex(docs: readonly SearchDoc[], lexicon: LexiconSource): { core: PackedCore; text: PackedText } {
  const lex = compileLexicon(lexicon);
  const guideAt = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.type === 'occupation' && d.occupation) guideAt.set(d.occupation, i);
    else if (d.occupation && !guideAt.has(d.occupation)) throw new Error(`search: ${d.url} comes before its guide`);
  });
  const split = docs.findIndex((d) => d.later);
  const coreCount = split < 0 ? docs.length : split;
  if (docs.slice(coreCount).some((d) => !d.later)) throw new Error('search: documents sent later must come last');

  const byAnchor = new Map<string, SearchDoc[]>();
  for (const d of docs) {
    const a = anchorOf(d);
    if (a) byAnchor.set(a, [...(byAnchor.get(a) ?? []), d]);
  }
  const anchors: PackedCore['anchors'] = [...byAnchor].map(([a, list]) => [a, commonest(list, (d) => d.title), w100(list[0]!.weight), list[0]!.keywords]);
  const anchorAt = new Map(anchors.map(([a], i) => [a, i]));
  const typeKeywords = DOC_TYPES.map((t) => {
    const list = docs.filter((d) => d.type === t && t !== 'section');
    return list.length ? commonest(list, (d) => d.keywords) : '';
  });

  // A section goes in its guide's row when everything but its title and anchor follows from them.
  const inRow = (d: SearchDoc) => {
    if (d.later) return false;
    const a = anchorOf(d);
    const g = d.occupation ? docs[guideAt.get(d.occupation)!] : undefined;
    if (!a || !g) return false;
    const [, , weight, keywords] = anchors[anchorAt.get(a)!]!;
    return d.url === `${g.url}#${a}` && d.context === g.title && !d.aka && w100(d.weight) === weight && d.keywords === keywords;
  };
  const packOne = (d: SearchDoc): PackedDoc => {
    if (d.type !== 'section' && d.keywords !== typeKeywords[DOC_TYPES.indexOf(d.type)]) throw new Error(`search: ${d.url} has keywords of its own`);
    if (d.type === 'occupation' && d.occupation && d.url === guideUrl(d.occupation) && d.context === GUIDE_CONTEXT) return [0, d.title, d.aka, d.occupation, w100(d.weight)];
    const row: PackedDoc = [DOC_TYPES.indexOf(d.type), d.title, d.aka, d.url, d.context, w100(d.weight), d.occupation ? guideAt.get(d.occupation)! : -1];
    if (d.later) row.push(1);
    return row;
  };
  const packed: PackedDoc[] = [];
  for (let i = 0; i < docs.length; ) {
    const d = docs[i]!;
    if (d.type === 'section' && inRow(d)) {
      const row: PackedSection[] = [];
      for (; i < docs.length && docs[i]!.type === 'section' && docs[i]!.occupation === d.occupation && inRow(docs[i]!); i++) {
        const s = docs[i]!;
        const a = anchorAt.get(anchorOf(s)!)!;
        row.push(s.title === anchors[a]![1] ? a : [a, s.title]);
      }
      packed.push([-1, ...row]);
      continue;
    }
    if (d.type === 'section' && d.keywords && d.keywords !== anchors[anchorAt.get(anchorOf(d)!)!]![3]) throw new Error(`search: ${d.url} has keywords of its own`);
    packed.push(packOne(d));
    i++;
  }

  const core = new Map<string, number[]>();
  const text = new Map<string, number[]>();
  const sharedTitle = new Set<number>();
  docs.forEach((d, i) => {
    const a = anchorOf(d);
    if (a && inRow(d) && d.title === anchors[anchorAt.get(a)!]![1]) sharedTitle.add(i);
  });
  docs.forEach((d, i) => {
    const best = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      // Keywords, and the titles most sections share, are sent once per anchor or type (see above).
      if (f === KEYWORDS_FIELD || (f === 0 && sharedTitle.has(i))) {
        for (const t of terms(d[field], lex, false)) if (!best.has(t.key)) best.set(t.key, -1);
        return;
      }
      for (const t of terms(d[field], lex, false)) if (!t.stop && t.key.length > 1 && !best.has(t.key)) best.set(t.key, f);
    });
    for (const [key, f] of best) {
      if (f < 0) continue;
      const into = f === TEXT_FIELD || i >= coreCount ? text : core;
      const list = into.get(key) ?? [];
      list.push(i * 4 + f);
      into.set(key, list);
    }
  });
  const rows = (from: number, to: number) => {
    // Rows hold several documents each: cut where the document count reaches `from`/`to`.
    let n = 0;
    return packed.filter((p) => {
      const here = n;
      n += p[0] === -1 ? p.length - 1 : 1;
      return here >= from && here < to;
    });
  };
  return {
    core: { v: INDEX_VERSION, lexicon, anchors, typeKeywords, docs: rows(0, coreCount), postings: encodePostings(core) },
    text: { v: INDEX_VERSION, docs: rows(coreCount, docs.length), postings: encodePostings(text) },
  };
}

/** Documents back from their rows, numbered on from `into` (no body text: it never ships). */
export function unpackDocs(core: PackedCore, rows: readonly PackedDoc[] = core.docs, into: SearchDoc[] = []): SearchDoc[] {
  let guide: SearchDoc | undefined;
  for (const p of rows) {
    if (p[0] === -1) {
      for (const s of p.slice(1) as PackedSection[]) {
        const [a, own] = typeof s === 'number' ? [s, undefined] : s;
        const [anchor, title, weight] = core.anchors[a]!;
        into.push({ type: 'section', title: own ?? title, aka: '', text: '', url: `${guide!.url}#${anchor}`, context: guide!.title, keywords: '', occupation: guide!.occupation!, weight: weight / 100 });
      }
      continue;
    }
    if (p.length === 5) {
      const [, title, aka, id, weight] = p as [0, string, string, string, number];
      guide = { type: 'occupation', title, aka, text: '', url: guideUrl(id), context: GUIDE_CONTEXT, keywords: '', occupation: id, weight: weight / 100 };
      into.push(guide);
      continue;
    }
    const [type, title, aka, url, context, weight, g, later] = p as [number, string, string, string, string, number, number, 1?];
    const doc: SearchDoc = { type: DOC_TYPES[type] as DocType, title, aka, text: '', url, context, keywords: '', weight: weight / 100 };
    if (later) doc.later = true;
    const occupation = g === into.length ? url.replace(/^\/careers\/|\/$/g, '') : g >= 0 ? into[g]?.occupation : undefined;
    if (occupation) doc.occupation = occupation;
    if (doc.type === 'occupation') guide = doc;
    into.push(doc);
  }
  return into;
}

/**
 * What the index sends once for many documents, as postings (doc × 4 + field), built on
 * arrival: the keywords of an anchor or a type, and the title most sections with an anchor share.
 */
export function sharedPostings(core: PackedCore, docs: readonly SearchDoc[], lex: Lexicon): Map<string, Int32Array> {
  const keysOf = (text: string) => [...new Set(terms(text, lex, false).filter((t) => !t.stop).map((t) => t.key))];
  const byAnchor = new Map(core.anchors.map(([a, title, , k]) => [a, { title, titleKeys: keysOf(title), keys: keysOf(k) }]));
  const byType = core.typeKeywords.map(keysOf);
  const lists = new Map<string, number[]>();
  const post = (key: string, p: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [p]);
    else if (list[list.length - 1]! >> 2 !== p >> 2) list.push(p);
  };
  docs.forEach((d, i) => {
    const anchor = d.type === 'section' ? byAnchor.get(d.url.split('#')[1]!) : undefined;
    if (anchor && d.title === anchor.title) for (const k of anchor.titleKeys) post(k, i * 4);
    for (const k of anchor ? anchor.keys : byType[DOC_TYPES.indexOf(d.type)]!) post(k, i * 4 + KEYWORDS_FIELD);
  });
  return new Map([...lists].map(([k, l]) => [k, Int32Array.from(l)]));
}
