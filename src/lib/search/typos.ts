/**
 * The words a misspelt query word may be, found fast at any size: a bigram index over the
 * vocabulary picks the words that could be within Fuse.js's reach, and Fuse.js scores only those.
 *
 * The filter is lossless. Fuse scores a word by the fewest edits (k) that turn the query word (L
 * letters) into part of it, as k / L, and keeps those at or under the threshold, so k ≤ ⌊t·L⌋.
 * Each edit breaks at most two of the query word's L − 1 bigrams, so a word Fuse keeps contains
 * at least L − 1 − 2k of them (fewer only when the query word repeats a bigram), and is at least
 * L − k letters long. Words that fail either bound are words Fuse would reject; Fuse sees the
 * rest in the vocabulary's order, so scores and ties come out exactly as over the whole list.
 */
import type Fuse from 'fuse.js/basic';

export const TYPO_THRESHOLD = 0.34;
const FUSE_OPTIONS = { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 } as const;
/** Fuse.js splits patterns longer than this into pieces; the bound above holds for one piece. */
const MAX_PATTERN = 32;

export interface TypoMatch {
  item: string;
  score: number;
}

const bigrams = (w: string) => Array.from({ length: Math.max(0, w.length - 1) }, (_, i) => w.slice(i, i + 2));

export class TypoIndex {
  private readonly grams = new Map<string, number[]>();
  private readonly counts: Uint16Array;
  private whole: Fuse<string> | undefined;

  /** `words` in the order Fuse should see them (ties go to the earlier word). */
  constructor(
    private readonly words: readonly string[],
    private readonly FuseClass: typeof Fuse,
  ) {
    words.forEach((w, i) => {
      for (const g of new Set(bigrams(w))) {
        let list = this.grams.get(g);
        if (!list) this.grams.set(g, (list = []));
        list.push(i);
      }
    });
    this.counts = new Uint16Array(words.length);
  }

  /** The words Fuse.js would find for `word`, best first, at most `limit`: the same as Fuse over every word. */
  search(word: string, limit: number): TypoMatch[] {
    const fuse = this.candidates(word);
    return fuse.search(word, { limit }).map((r) => ({ item: r.item, score: r.score ?? 0 }));
  }

  private candidates(word: string): Fuse<string> {
    const L = word.length;
    if (L > MAX_PATTERN) return (this.whole ??= new this.FuseClass([...this.words], FUSE_OPTIONS));
    const k = Math.floor(TYPO_THRESHOLD * L);
    const all = bigrams(word);
    const distinct = [...new Set(all)];
    const need = L - 1 - 2 * k - (all.length - distinct.length);
    if (need <= 0) return (this.whole ??= new this.FuseClass([...this.words], FUSE_OPTIONS));
    const { counts } = this;
    const touched: number[] = [];
    for (const g of distinct) {
      for (const i of this.grams.get(g) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i]!++;
      }
    }
    const chosen = touched.filter((i) => counts[i]! >= need && this.words[i]!.length >= L - k).sort((a, b) => a - b);
    for (const i of touched) counts[i] = 0;
    return new this.FuseClass(
      chosen.map((i) => this.words[i]!),
      FUSE_OPTIONS,
    );
  }
}
