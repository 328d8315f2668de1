/**
 * Figures for a written reply, computed in the page: words, sentences, the Flesch–Kincaid grade
 * level, and sentences long enough to lose a reader. Syllables are counted by a rule of thumb
 * (vowel groups, less a silent final e), which is how readability tools count them too.
 */

export const LONG_SENTENCE_WORDS = 25;

export function wordList(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g) ?? [];
}

/** Sentences end at . ! or ? followed by a space or the end; a line break also ends one. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => wordList(s).length > 0);
}

export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface ReplyFigures {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level, one decimal; null without a sentence to judge. */
  grade: number | null;
  /** Sentences over the long-sentence limit, with their word counts. */
  long: { text: string; words: number }[];
}

export function replyFigures(text: string): ReplyFigures {
  const all = wordList(text);
  const list = sentences(text);
  const syll = all.reduce((sum, w) => sum + syllables(w), 0);
  const grade = all.length === 0 || list.length === 0 ? null : Math.round((0.39 * (all.length / list.length) + 11.8 * (syll / all.length) - 15.59) * 10) / 10;
  return {
    words: all.length,
    sentences: list.length,
    grade,
    long: list.map((s) => ({ text: s, words: wordList(s).length })).filter((s) => s.words > LONG_SENTENCE_WORDS),
  };
}
