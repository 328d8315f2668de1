/**
 * The words search knows (content/search-synonyms.yaml): spelling variants, groups of
 * words that mean the same thing, words that mean a group only in a question, and stop
 * words. Checked at build time (lexicon-source.ts); compiled here into lookups that the
 * index and the query share, so a word is read the same way on both sides.
 */
import { words } from './text';

/** The file as written; also what the index ships, so the browser compiles the same lookups. */
export interface LexiconSource {
  variants: Record<string, string>;
  groups: string[][];
  askedAs: Record<string, string>;
  stopWords: string[];
}

export interface Lexicon {
  variants: ReadonlyMap<string, string>;
  /** A word or phrase (normalized words joined by spaces) → its group's key, e.g. "~pay". */
  phrases: ReadonlyMap<string, string>;
  /** The same, for words that mean a group only in a query ("make" → pay). */
  asked: ReadonlyMap<string, string>;
  stop: ReadonlySet<string>;
  /** The longest phrase, in words. */
  longest: number;
  /** First words of phrases of two words or more. */
  starts: ReadonlySet<string>;
}

/** A group's key: its first member, so results and tests can name it ("~pay"). */
export const groupKey = (first: string) => `~${first.replace(/ /g, '_')}`;

const NONE = new Map<string, string>();

export function compileLexicon(source: LexiconSource): Lexicon {
  const variants = new Map<string, string>();
  for (const [from, to] of Object.entries(source.variants)) {
    variants.set(words(from, NONE).map((w) => w.norm).join(' '), words(to, NONE).map((w) => w.norm).join(' '));
  }
  let longest = 1;
  const key = (text: string) => {
    const ws = words(text, variants);
    longest = Math.max(longest, ws.length);
    return ws.map((w) => w.norm).join(' ');
  };
  const phrases = new Map<string, string>();
  for (const group of source.groups) {
    const id = groupKey(key(group[0]!));
    for (const member of group) if (!phrases.has(key(member))) phrases.set(key(member), id);
  }
  const asked = new Map<string, string>();
  for (const [from, to] of Object.entries(source.askedAs)) {
    const id = phrases.get(key(to));
    if (!id) throw new Error(`Search synonyms are invalid:\n  content/search-synonyms.yaml: askedAs.${from}: "${to}" is not a word of any group`);
    asked.set(key(from), id);
  }
  const stop = new Set(source.stopWords.map(key));
  const starts = new Set([...phrases.keys(), ...asked.keys()].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
  return { variants, phrases, asked, stop, longest, starts };
}
