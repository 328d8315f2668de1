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
 * every document of one type, so they are sent once and posted to documents when a query asks.
 * A guide's sections are sent as one row of anchors. A posting is doc × 4 + field, sorted,
 * sent as differences in base 36 in one string per key ("1a,3,f"): small numbers that gzip
 * well, and a string is read by JSON.parse many times faster than an array of numbers (the
 * second file of a 1,000-occupation site: 24 ms → 5 ms in Node), then decoded per key on use.
 */
import { DOC_TYPES, type DocType, type SearchDoc } from './documents';
import { compileLexicon, type Lexicon, type LexiconSource } from './lexicon';
import { terms } from './text';

export const INDEX_VERSION = 4;
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
  postings: Record<string, string>;
}

export interface PackedText {
  v: typeof INDEX_VERSION;
  /** Documents after the core's (interview questions), numbered on from them. */
  docs: PackedDoc[];
  postings: Record<string, string>;
}

const w100 = (w: number) => Math.round(w * 100);
const guideUrl = (id: string) => `/careers/${id}/`;
const GUIDE_CONTEXT = 'Career guide';
const anchorOf = (d: SearchDoc) => (d.type === 'section' ? d.url.split('#')[1] : undefined);

const COMMA = 44;

function encodePostings(map: Map<string, number[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...map.keys()].sort()) {
    const list = map.get(key)!;
    out[key] = list.map((v, i) => (i === 0 ? v : v - list[i - 1]!).toString(36)).join(',');
  }
  return out;
}

/** A key's postings from its string: base-36 differences, comma-separated. */
export function decodePostings(packed: string): Int32Array {
  let count = packed.length ? 1 : 0;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === COMMA) count++;
  const out = new Int32Array(count);
  let at = 0;
  let v = 0;
  let k = 0;
  for (let i = 0; i <= packed.length; i++) {
    const c = i < packed.length ? packed.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      out[k++] = at += v;
      v = 0;
    } else if (c >= 48 && c <= 57) v = v * 36 + c - 48;
    else if (c >= 97 && c <= 122) v = v * 36 + c - 87;
    else throw new Error(`search index: "${packed.slice(0, 40)}" is not a list of postings`);
  }
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

/**
 * The documents of the index files, read on demand. What ranking needs for every document
 * (type, weight, guide, anchor) is read from the rows into typed arrays on arrival; a document
 * itself (title, link, context) is made only when a result shows it. Making all 23,000 of a
 * 1,000-occupation site up front, with their keyword postings, was most of the wait for the
 * first results.
 */
export class DocTable {
  length = 0;
  /** DOC_TYPES index. */
  type = new Uint8Array(0);
  weight = new Float64Array(0);
  /** The guide (a document number) a document belongs to, itself for a guide; -1 for none. */
  guide = new Int32Array(0);
  /** A section's anchor (index in `anchors`), -1 for other documents. */
  anchor = new Int16Array(0);
  /** 1 when a section's title is the one most sections with its anchor share. */
  sharedTitle = new Uint8Array(0);
  /** Which DOC_TYPES and anchors have documents yet. */
  readonly typesPresent = new Uint8Array(DOC_TYPES.length);
  readonly anchorsPresent: Uint8Array;
  private readonly rows: PackedDoc[] = [];
  /** Where each document is: its row, and its place in a row of sections (-1 for a row of one). */
  private rowOf = new Int32Array(0);
  private slotOf = new Int16Array(0);
  private readonly made = new Map<number, SearchDoc>();
  private readonly anchorAt: Map<string, number>;

  constructor(private readonly core: PackedCore) {
    this.anchorsPresent = new Uint8Array(core.anchors.length);
    this.anchorAt = new Map(core.anchors.map(([a], i) => [a, i]));
    this.append(core.docs);
  }

  /** Adds rows (the second file's), numbered on from the documents already here. */
  append(rows: readonly PackedDoc[]) {
    const from = this.length;
    const n = from + rows.reduce((k, p) => k + (p[0] === -1 ? p.length - 1 : 1), 0);
    const grow = <A extends Uint8Array | Int16Array | Int32Array | Float64Array>(old: A, make: (n: number) => A): A => {
      const next = make(n);
      next.set(old as never);
      return next;
    };
    this.type = grow(this.type, (k) => new Uint8Array(k));
    this.weight = grow(this.weight, (k) => new Float64Array(k));
    this.guide = grow(this.guide, (k) => new Int32Array(k));
    this.anchor = grow(this.anchor, (k) => new Int16Array(k));
    this.sharedTitle = grow(this.sharedTitle, (k) => new Uint8Array(k));
    this.rowOf = grow(this.rowOf, (k) => new Int32Array(k));
    this.slotOf = grow(this.slotOf, (k) => new Int16Array(k));
    let i = from;
    // The guide whose sections follow: the last guide before them, in the core or the second file.
    let guide = -1;
    for (let g = from - 1; g >= 0 && guide < 0; g--) if (this.type[g] === 0) guide = g;
    for (const p of rows) {
      const r = this.rows.push(p) - 1;
      if (p[0] === -1) {
        for (let k = 1; k < p.length; k++, i++) {
          const s = p[k] as PackedSection;
          const a = typeof s === 'number' ? s : s[0];
          this.type[i] = 1;
          this.weight[i] = this.core.anchors[a]![2] / 100;
          this.guide[i] = guide;
          this.anchor[i] = a;
          this.sharedTitle[i] = typeof s === 'number' ? 1 : 0;
          this.rowOf[i] = r;
          this.slotOf[i] = k;
          this.anchorsPresent[a] = 1;
        }
        this.typesPresent[1] = 1;
        continue;
      }
      this.rowOf[i] = r;
      this.slotOf[i] = -1;
      this.anchor[i] = -1;
      if (p.length === 5) {
        this.type[i] = 0;
        this.weight[i] = (p[4] as number) / 100;
        this.guide[i] = guide = i;
      } else {
        const [type, title, , url, , weight, g] = p as [number, string, string, string, string, number, number];
        this.type[i] = type;
        this.weight[i] = weight / 100;
        this.guide[i] = g;
        if (type === 0) guide = i;
        if (type === 1) {
          const a = this.anchorAt.get(url.split('#')[1] ?? '');
          if (a !== undefined) {
            this.anchor[i] = a;
            this.anchorsPresent[a] = 1;
            this.sharedTitle[i] = title === this.core.anchors[a]![1] ? 1 : 0;
          }
        }
      }
      this.typesPresent[this.type[i]!] = 1;
      i++;
    }
    this.length = n;
  }

  /** Document `i` as the index was built from (no body text: it never ships). */
  doc(i: number): SearchDoc {
    let d = this.made.get(i);
    if (!d) this.made.set(i, (d = this.make(i)));
    return d;
  }

  private make(i: number): SearchDoc {
    const p = this.rows[this.rowOf[i]!]!;
    const weight = this.weight[i]!;
    if (p[0] === -1) {
      const s = p[this.slotOf[i]!] as PackedSection;
      const [a, own] = typeof s === 'number' ? [s, undefined] : s;
      const [anchor, title] = this.core.anchors[a]!;
      const g = this.doc(this.guide[i]!);
      return { type: 'section', title: own ?? title, aka: '', text: '', url: `${g.url}#${anchor}`, context: g.title, keywords: '', occupation: g.occupation!, weight };
    }
    if (p.length === 5) {
      const [, title, aka, id] = p as [0, string, string, string, number];
      return { type: 'occupation', title, aka, text: '', url: guideUrl(id), context: GUIDE_CONTEXT, keywords: '', occupation: id, weight };
    }
    const [type, title, aka, url, context, , g, later] = p as [number, string, string, string, string, number, number, 1?];
    const doc: SearchDoc = { type: DOC_TYPES[type] as DocType, title, aka, text: '', url, context, keywords: '', weight };
    if (later) doc.later = true;
    const occupation = g === i ? url.replace(/^\/careers\/|\/$/g, '') : g >= 0 ? this.doc(g).occupation : undefined;
    if (occupation) doc.occupation = occupation;
    return doc;
  }
}

/** Documents back from their rows, numbered on from `into` (no body text: it never ships). */
export function unpackDocs(core: PackedCore, rows: readonly PackedDoc[] = core.docs, into: SearchDoc[] = []): SearchDoc[] {
  const table = new DocTable(core);
  if (rows !== core.docs) table.append(rows);
  for (let i = into.length; i < table.length; i++) into.push(table.doc(i));
  return into;
}

/**
 * What the index sends once for many documents, as postings (doc × 4 + field): the keywords
 * of an anchor or a type, and the title most sections with an anchor share. A key's postings
 * are made the first time a query asks for it, in one pass over the table's typed arrays.
 */
export class SharedPostings {
  /** For each key: the anchors whose shared title has it, the anchors and types whose keywords have it. */
  private readonly sources = new Map<string, { titles: Set<number>; anchors: Set<number>; types: Set<number> }>();
  private readonly made = new Map<string, Int32Array>();

  constructor(
    core: PackedCore,
    lex: Lexicon,
    private readonly table: DocTable,
  ) {
    const keysOf = (text: string) => new Set(terms(text, lex, false).filter((t) => !t.stop).map((t) => t.key));
    const source = (key: string) => {
      let s = this.sources.get(key);
      if (!s) this.sources.set(key, (s = { titles: new Set(), anchors: new Set(), types: new Set() }));
      return s;
    };
    core.anchors.forEach(([, title, , keywords], a) => {
      for (const k of keysOf(title)) source(k).titles.add(a);
      for (const k of keysOf(keywords)) source(k).anchors.add(a);
    });
    core.typeKeywords.forEach((keywords, t) => {
      for (const k of keysOf(keywords)) source(k).types.add(t);
    });
  }

  /** The documents added since the last call are posted too. */
  refresh() {
    this.made.clear();
  }

  /** Keys with at least one document here. */
  keys(): string[] {
    const { typesPresent, anchorsPresent } = this.table;
    const any = (set: Set<number>, present: Uint8Array) => [...set].some((x) => present[x]);
    return [...this.sources].filter(([, s]) => any(s.titles, anchorsPresent) || any(s.anchors, anchorsPresent) || any(s.types, typesPresent)).map(([k]) => k);
  }

  get(key: string): Int32Array | undefined {
    let list = this.made.get(key);
    if (list) return list.length ? list : undefined;
    const s = this.sources.get(key);
    if (!s) return undefined;
    const { type, anchor, sharedTitle, length } = this.table;
    const out: number[] = [];
    for (let i = 0; i < length; i++) {
      const a = anchor[i]!;
      if (a >= 0 && sharedTitle[i] && s.titles.has(a)) out.push(i * 4);
      else if (a >= 0 ? s.anchors.has(a) : s.types.has(type[i]!)) out.push(i * 4 + KEYWORDS_FIELD);
    }
    this.made.set(key, (list = Int32Array.from(out)));
    return list.length ? list : undefined;
  }
}
