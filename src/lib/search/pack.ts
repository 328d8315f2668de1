/**
 * The search index as shipped, in two files: the core (every result's title and link, the
 * words of titles, other names and keywords, and the lexicon), fetched when search opens,
 * and the text (the words of the body text), fetched next. Results show from the core alone;
 * the text only adds matches deeper in the content.
 *
 * A posting is doc × 4 + field, sorted, sent as differences: small numbers that gzip well.
 */
import { DOC_TYPES, type DocType, type SearchDoc } from './documents';
import { compileLexicon, type LexiconSource } from './lexicon';
import { terms } from './text';

export const INDEX_VERSION = 2;
/** Fields in order of strength; a word counts once per document, in its strongest field. */
export const FIELDS = ['title', 'aka', 'keywords', 'text'] as const;
export const TEXT_FIELD = 3;

/**
 * A document: a section in the common case is [1, its guide's position, anchor, weight]
 * (title and context taken from the guide and the anchor); anything else is written out.
 */
export type PackedDoc =
  | [type: 1, guide: number, anchor: number, weight: number]
  | [type: 1, guide: number, anchor: number, weight: number, title: string]
  | [type: number, title: string, aka: string, url: string, context: string, weight: number, guide: number];

export interface PackedCore {
  v: typeof INDEX_VERSION;
  lexicon: LexiconSource;
  /** Section anchors, and the title most sections with that anchor have. */
  anchors: Array<[anchor: string, title: string]>;
  docs: PackedDoc[];
  postings: Record<string, number[]>;
}

export interface PackedText {
  v: typeof INDEX_VERSION;
  postings: Record<string, number[]>;
}

const w100 = (w: number) => Math.round(w * 100);

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

export function packIndex(docs: readonly SearchDoc[], lexicon: LexiconSource): { core: PackedCore; text: PackedText } {
  const lex = compileLexicon(lexicon);
  const guideAt = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.type === 'occupation' && d.occupation) guideAt.set(d.occupation, i);
    // unpackDocs reads a guide before anything that belongs to it.
    else if (d.occupation && !guideAt.has(d.occupation)) throw new Error(`search: ${d.url} comes before its guide`);
  });

  // The most common title per anchor, so most sections need no title of their own.
  const titleCounts = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const anchor = d.type === 'section' ? d.url.split('#')[1] : undefined;
    if (!anchor) continue;
    const counts = titleCounts.get(anchor) ?? new Map<string, number>();
    counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
    titleCounts.set(anchor, counts);
  }
  const anchors: Array<[string, string]> = [...titleCounts].map(([a, counts]) => [a, [...counts].sort((x, y) => y[1] - x[1])[0]![0]]);
  const anchorAt = new Map(anchors.map(([a], i) => [a, i]));

  const packed: PackedDoc[] = docs.map((d) => {
    const guide = d.occupation ? (guideAt.get(d.occupation) ?? -1) : -1;
    const [path, anchor] = d.url.split('#');
    const g = docs[guide];
    if (d.type === 'section' && g && anchor && path === g.url && d.context === g.title && !d.aka) {
      const a = anchorAt.get(anchor)!;
      return d.title === anchors[a]![1] ? [1, guide, a, w100(d.weight)] : [1, guide, a, w100(d.weight), d.title];
    }
    return [DOC_TYPES.indexOf(d.type), d.title, d.aka, d.url, d.context, w100(d.weight), guide];
  });

  const core = new Map<string, number[]>();
  const text = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const best = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      for (const t of terms(d[field], lex, false)) if (!best.has(t.key)) best.set(t.key, f);
    });
    for (const [key, f] of best) {
      const into = f === TEXT_FIELD ? text : core;
      const list = into.get(key) ?? [];
      list.push(i * 4 + f);
      into.set(key, list);
    }
  });
  return {
    core: { v: INDEX_VERSION, lexicon, anchors, docs: packed, postings: encodePostings(core) },
    text: { v: INDEX_VERSION, postings: encodePostings(text) },
  };
}

/** The documents back from the core, as the dialog shows them (no body text: it never ships). */
export function unpackDocs(core: PackedCore): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (const p of core.docs) {
    if (p.length <= 5) {
      const [, guide, a, weight, title] = p as [1, number, number, number, string?];
      const g = out[guide]!;
      const [anchor, common] = core.anchors[a]!;
      out.push({ type: 'section', title: title ?? common, aka: '', text: '', url: `${g.url}#${anchor}`, context: g.title, keywords: '', occupation: g.occupation!, weight: weight / 100 });
      continue;
    }
    const [type, title, aka, url, context, weight, guide] = p as [number, string, string, string, string, number, number];
    const doc: SearchDoc = { type: DOC_TYPES[type] as DocType, title, aka, text: '', url, context, keywords: '', weight: weight / 100 };
    const occupation = guide === out.length ? url.replace(/^\/careers\/|\/$/g, '') : out[guide]?.occupation;
    if (occupation) doc.occupation = occupation;
    out.push(doc);
  }
  return out;
}
