/**
 * Finding what a job seeker means, fast at any size. Three stages:
 *
 * 1. Understand the query (text.ts, lexicon.ts): stop words out, spellings and synonyms
 *    to one key, "how much … make" read as pay.
 * 2. Find candidates in the prebuilt inverted index (pack.ts): exact keys, the last word as
 *    a prefix while it is being typed, and for a word the index does not know, its nearest
 *    words by Fuse.js. Fuse ranks those fuzzy matches over the index's vocabulary, a few
 *    thousand short words, where its Bitap scoring is the right tool; a bigram filter
 *    (typos.ts) hands it only the words it could accept, so it costs little at any size;
 *    running it over every document's text grows with the site (811 ms p95 at 1,000
 *    occupations) and scores a query as one pattern, blind to synonyms and fields.
 * 3. Score the candidates: field strength × match quality × how rare the word is, the share
 *    of the query matched, the document's weight, and an occupation named in the query
 *    lifts its own guide and sections (in "teller pay", a Teller section needs only "pay").
 *
 * Pure: no DOM; the dialog and the tests drive it the same way.
 */
import type Fuse from 'fuse.js/basic';
import type { SearchDoc } from './documents';
import { compileLexicon, type Lexicon } from './lexicon';
import { decodePostings, DocTable, SharedPostings, type PackedCore, type PackedText } from './pack';
import type { Segment } from './query';
import { terms, type Term } from './text';
import { TypoIndex } from './typos';

/** Field strength: title, other names, keywords, body text. */
const FIELD_WEIGHT = [3, 2, 1.5, 1];
/** What a guide's name counts for in its own sections, which do not repeat it. */
const GUIDE_NAME = 1.5;
const PREFIX = 0.75;
const FUZZY = 0.6;
const STEM = 0.6;
/** The first guide (the site's own occupation) wins ties when no occupation is named. */
const HOME = 1.15;
const NAMED = 1.6;
const MAX_PREFIX_KEYS = 12;
const MAX_PREFIX_SCAN = 400;
const MAX_FUZZY_KEYS = 4;

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** The title, with the words that matched marked (whole words only). */
  title: Segment[];
  /** Every word of the query found here, or through its guide. */
  complete: boolean;
}

export interface Understood {
  /** The keys searched for, in query order: words, or group keys such as "~pay". */
  keys: string[];
  /** Words dropped as stop words. */
  dropped: string[];
  /** Guides named in the query (ids). */
  occupations: string[];
}

export interface SearchResult {
  hits: Hit[];
  understood: Understood;
  /** False when nothing matches the whole query: the dialog says so and offers the A–Z list. */
  good: boolean;
}

interface Match {
  key: string;
  quality: number;
  /** A word still being typed is matched against titles, other names and keywords, not body text. */
  strongOnly?: boolean;
}

export class SearchEngine {
  /** The documents, read on demand: ranking reads typed arrays, results make their documents. */
  readonly table: DocTable;
  readonly lexicon: Lexicon;
  /** Postings as shipped (differences), decoded the first time a query asks for a key. */
  private readonly corePacked: Record<string, string>;
  private textPacked: Record<string, string> = {};
  private readonly decoded = new Map<string, Int32Array | undefined>();
  private readonly decodedText = new Map<string, Int32Array | undefined>();
  private readonly keywords: SharedPostings;
  private hasTextFile = false;
  /** Every word key, sorted, for prefix look-ups. */
  private vocabulary: string[];
  private fuzzy: TypoIndex | undefined;
  private FuseClass: typeof Fuse | undefined;
  private readonly home: number;
  private readonly titleTerms = new Map<number, Term[]>();
  private readonly matchCache = new Map<string, Match[]>();
  private scores = new Float32Array(0);
  private seen = new Uint8Array(0);

  constructor(core: PackedCore) {
    this.table = new DocTable(core);
    this.lexicon = compileLexicon(core.lexicon);
    this.corePacked = core.postings;
    this.keywords = new SharedPostings(core, this.lexicon, this.table);
    this.home = this.table.type.indexOf(0);
    this.vocabulary = this.words();
  }

  /** Adds the interview questions and the body text's words; until then, the core answers. */
  addText(text: PackedText) {
    this.table.append(text.docs);
    this.textPacked = text.postings;
    this.hasTextFile = true;
    this.decodedText.clear();
    this.keywords.refresh();
    this.vocabulary = this.words();
    this.fuzzy = undefined;
    this.matchCache.clear();
  }

  get size() {
    return this.table.length;
  }

  doc(i: number): SearchDoc {
    return this.table.doc(i);
  }

  /** Typos are forgiven once Fuse.js is here: it is loaded next to the second file, not before first results. */
  useFuzzy(FuseClass: typeof Fuse) {
    this.FuseClass = FuseClass;
    this.fuzzy = undefined;
    this.matchCache.clear();
  }

  get hasText() {
    return this.hasTextFile;
  }

  private words(): string[] {
    const all = new Set(Object.keys(this.corePacked));
    for (const k of this.keywords.keys()) all.add(k);
    for (const k of Object.keys(this.textPacked)) all.add(k);
    // The files send their keys sorted (but for number-like keys, which JSON objects put first): sorting is a near-linear pass.
    return [...all].filter((k) => !k.startsWith('~')).sort();
  }

  /** The query as search reads it: its keys, in order, without repeats or stop words. */
  understand(query: string): { keys: Array<Term & { last: boolean }>; dropped: string[] } {
    const all = terms(query, this.lexicon, true).filter((t) => t.key.length > 1);
    const kept = all.some((t) => !t.stop) ? all.filter((t) => !t.stop) : all;
    const dropped = all.filter((t) => !kept.includes(t)).map((t) => query.slice(t.start, t.end));
    const seen = new Set<string>();
    const unique = kept.filter((t) => !seen.has(t.key) && seen.add(t.key));
    // The last word is still being typed unless a space follows it.
    const open = !/\s$/.test(query);
    return { keys: unique.map((t, i) => ({ ...t, last: open && i === unique.length - 1 && t.end === query.trimEnd().length })), dropped };
  }

  private static decode(from: Record<string, string>, cache: Map<string, Int32Array | undefined>, key: string): Int32Array | undefined {
    if (cache.has(key)) return cache.get(key);
    const packed = Object.hasOwn(from, key) ? from[key] : undefined;
    const list = packed ? decodePostings(packed) : undefined;
    cache.set(key, list);
    return list;
  }

  private postings(key: string, strongOnly = false): Int32Array[] {
    const out: Int32Array[] = [];
    const core = SearchEngine.decode(this.corePacked, this.decoded, key);
    if (core) out.push(core);
    const shared = this.keywords.get(key);
    if (shared) out.push(shared);
    if (!strongOnly) {
      const text = SearchEngine.decode(this.textPacked, this.decodedText, key);
      if (text) out.push(text);
    }
    return out;
  }

  private df(key: string): number {
    return this.postings(key).reduce((n, p) => n + p.length, 0);
  }

  /** Vocabulary words that start with `prefix` (binary search, then a short scan). */
  private withPrefix(prefix: string, except: string, quality: number, out: Match[]) {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.vocabulary.length && found.length < MAX_PREFIX_SCAN && this.vocabulary[i]!.startsWith(prefix); i++) {
      if (this.vocabulary[i] !== except) found.push(this.vocabulary[i]!);
    }
    // Two letters start hundreds of words: the shortest completions are the likeliest.
    found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const key of found.slice(0, MAX_PREFIX_KEYS)) if (!out.some((m) => m.key === key)) out.push({ key, quality, strongOnly: true });
  }

  /** The index keys a query key stands for, with how well each matches; remembered, as typing repeats them. */
  private matches(term: Term & { last: boolean }): Match[] {
    const id = `${term.last ? '…' : ''}${term.key}`;
    let found = this.matchCache.get(id);
    if (!found) {
      if (this.matchCache.size > 500) this.matchCache.clear();
      this.matchCache.set(id, (found = this.match(term)));
    }
    return found;
  }

  private match(term: Term & { last: boolean }): Match[] {
    const out: Match[] = [];
    if (this.df(term.key) > 0) out.push({ key: term.key, quality: 1 });
    if (term.key.startsWith('~')) return out;
    if (term.last) this.withPrefix(term.key, term.key, PREFIX, out);
    // Other endings of a long word: "telemarketing" finds "telemarketer", "certification" "certified".
    if (term.key.length >= 8) this.withPrefix(term.key.slice(0, term.key.length - 3), term.key, STEM, out);
    if (out.length === 0 && this.FuseClass && term.key.length >= 4 && !/^\d+$/.test(term.key)) {
      this.fuzzy ??= new TypoIndex(
        this.vocabulary.filter((w) => w.length >= 3 && !/\d/.test(w)),
        this.FuseClass,
      );
      const found = this.fuzzy.search(term.key, MAX_FUZZY_KEYS);
      // Only the nearest: "salery" is "salary", not also "sales".
      const best = found[0]?.score ?? 0;
      for (const r of found.filter((f) => f.score <= best + 0.05)) {
        const quality = FUZZY * (1 - r.score);
        out.push({ key: r.item, quality });
        // A misspelt word of a group ("salery") finds the whole group.
        const group = this.lexicon.phrases.get(r.item);
        if (group) out.push({ key: group, quality });
      }
    }
    return out;
  }

  search(query: string, limit = 12): SearchResult {
    const { keys, dropped } = this.understand(query);
    const n = this.table.length;
    const { type, weight, guide: guideOf } = this.table;
    const T = keys.length;
    const empty = { hits: [], understood: { keys: keys.map((k) => k.key), dropped, occupations: [] }, good: false };
    if (T === 0) return empty;
    if (this.scores.length < n * T) this.scores = new Float32Array(n * T);
    if (this.seen.length < n) this.seen = new Uint8Array(n);
    const m = this.scores;
    const seen = this.seen;
    m.fill(0, 0, n * T);
    const touched: number[] = [];
    const idf = new Float32Array(T);
    const matchedKeys: Array<Set<string>> = keys.map(() => new Set());

    keys.forEach((term, i) => {
      const found = this.matches(term);
      let df = 0;
      for (const { key, quality, strongOnly } of found) {
        matchedKeys[i]!.add(key);
        for (const list of this.postings(key, strongOnly)) {
          df += list.length;
          for (let j = 0; j < list.length; j++) {
            const p = list[j]!;
            const doc = p >> 2;
            const v = FIELD_WEIGHT[p & 3]! * quality;
            const at = doc * T + i;
            if (!seen[doc]) {
              seen[doc] = 1;
              touched.push(doc);
            }
            if (v > m[at]!) m[at] = v;
          }
        }
      }
      idf[i] = Math.log(1 + n / (1 + df));
    });

    // Guides named in the query: those whose title or other names match the most query words.
    const named = new Map<number, number[]>();
    let most = 0;
    for (const doc of touched) {
      if (type[doc] !== 0) continue;
      const byName: number[] = [];
      for (let i = 0; i < T; i++) if (m[doc * T + i]! >= FIELD_WEIGHT[1]! * FUZZY) byName.push(i);
      if (byName.length > most) {
        most = byName.length;
        named.clear();
      }
      if (byName.length && byName.length === most) named.set(doc, byName);
    }
    const idfSum = idf.reduce((a, b) => a + b, 0);
    // Only the best `limit` are kept, in order: no sort over thousands of candidates.
    const hits: Array<{ doc: number; score: number; complete: boolean; covered: number }> = [];
    const keep = (h: { doc: number; score: number; complete: boolean; covered: number }) => {
      if (hits.length >= limit && h.score <= hits[hits.length - 1]!.score) return;
      let at = hits.length;
      while (at > 0 && (hits[at - 1]!.score < h.score || (hits[at - 1]!.score === h.score && hits[at - 1]!.doc > h.doc))) at--;
      hits.splice(at, 0, h);
      if (hits.length > limit) hits.pop();
    };
    for (const doc of touched) {
      const guide = guideOf[doc]!;
      const byName = guide !== doc ? named.get(guide) : undefined;
      let sum = 0;
      let covered = 0;
      for (let i = 0; i < T; i++) {
        let v = m[doc * T + i]!;
        if (byName?.includes(i)) v = Math.max(v, GUIDE_NAME);
        if (v > 0) {
          covered++;
          sum += v * idf[i]!;
        }
      }
      const share = covered / T;
      let score = (sum / (idfSum || 1)) * share * share * weight[doc]!;
      if (named.size ? named.has(guide) : guide === this.home) score *= named.size ? NAMED : HOME;
      if (hits.length < limit || score > hits[hits.length - 1]!.score) keep({ doc, score, complete: covered === T, covered });
    }
    for (const doc of touched) seen[doc] = 0;
    // A guide named in the query follows its own best section ("teller pay": Pay, then the Teller guide).
    for (const g of named.keys()) {
      const first = hits.findIndex((h) => guideOf[h.doc] === g && h.doc !== g);
      const own = hits.findIndex((h) => h.doc === g);
      if (first >= 0 && own > first + 1) hits.splice(first + 1, 0, ...hits.splice(own, 1));
    }
    const top = hits;
    const allKeys = new Set(matchedKeys.flatMap((s) => [...s]));
    return {
      hits: top.map((h) => ({ doc: this.doc(h.doc), score: h.score, complete: h.complete, title: this.mark(h.doc, allKeys) })),
      understood: { keys: keys.map((k) => k.key), dropped, occupations: [...named.keys()].map((g) => this.doc(g).occupation!) },
      good: top.length > 0 && (top[0]!.complete || (T >= 3 && top[0]!.covered >= T - 1)),
    };
  }

  /** Marks the title's whole words (or phrases) whose key matched. */
  private mark(doc: number, keys: ReadonlySet<string>): Segment[] {
    const title = this.doc(doc).title;
    let ts = this.titleTerms.get(doc);
    if (!ts) this.titleTerms.set(doc, (ts = terms(title, this.lexicon, false)));
    const out: Segment[] = [];
    let at = 0;
    for (const t of ts) {
      if (!keys.has(t.key) || t.end <= at) continue;
      const start = Math.max(t.start, at);
      if (start > at) out.push({ text: title.slice(at, start), match: false });
      out.push({ text: title.slice(start, t.end), match: true });
      at = t.end;
    }
    if (at < title.length) out.push({ text: title.slice(at), match: false });
    return out;
  }
}
