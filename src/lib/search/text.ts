/**
 * Reading text the way search does, the same at build time and in the browser: words
 * (with where they sit in the text, for highlighting), lower-cased, without accents,
 * spelled the US way, singular; then phrases a job seeker means as one thing ("work from
 * home") read as their group's key.
 */
import type { Lexicon } from './lexicon';

export interface Word {
  /** The normalized word. */
  norm: string;
  start: number;
  /** Exclusive. */
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Plural to singular, by rule: enough for search, where both sides go through it. */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.length > 4 && /(?:x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Content repeats its words: each is normalized once per set of variants. */
const cache = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

export function normalizeWord(raw: string, variants: ReadonlyMap<string, string>): string {
  let seen = cache.get(variants);
  if (!seen) cache.set(variants, (seen = new Map()));
  let norm = seen.get(raw);
  if (norm === undefined) seen.set(raw, (norm = normalizeOnce(raw, variants)));
  return norm;
}

function normalizeOnce(raw: string, variants: ReadonlyMap<string, string>): string {
  const plain = raw.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '');
  const spelled = variants.get(plain) ?? plain;
  const one = singular(spelled);
  return variants.get(one) ?? one;
}

export function words(text: string, variants: ReadonlyMap<string, string>): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ norm: normalizeWord(m[0], variants), start, end: start + m[0].length });
  }
  return out;
}

/** A thing to look up: a normalized word, or a group's key ("~pay") for a word or phrase in a group. */
export interface Term {
  key: string;
  start: number;
  end: number;
  /** A word the lexicon lists as a stop word. */
  stop: boolean;
}

/**
 * The terms of a text. For content (`query: false`) every word is a term, and a word or
 * phrase in a group adds its group's key too, so "Working from home" is found by "remote".
 * For a query, a phrase in a group (or asked as one, like "how much") stands for the group
 * alone, longest phrase first.
 */
export function terms(text: string, lex: Lexicon, query: boolean): Term[] {
  const ws = words(text, lex.variants);
  const out: Term[] = [];
  for (let i = 0; i < ws.length; ) {
    let matched = 0;
    // Only a word that starts some phrase is worth trying longer phrases from.
    const longest = lex.starts.has(ws[i]!.norm) ? Math.min(lex.longest, ws.length - i) : 1;
    for (let n = longest; n >= 1 && !matched; n--) {
      let phrase = ws[i]!.norm;
      for (let k = 1; k < n; k++) phrase += ` ${ws[i + k]!.norm}`;
      const key = lex.phrases.get(phrase) ?? (query ? lex.asked.get(phrase) : undefined);
      if (!key) continue;
      out.push({ key, start: ws[i]!.start, end: ws[i + n - 1]!.end, stop: false });
      matched = n;
    }
    if (query && matched) {
      i += matched;
      continue;
    }
    const w = ws[i]!;
    out.push({ key: w.norm, start: w.start, end: w.end, stop: lex.stop.has(w.norm) });
    i++;
  }
  return out;
}
