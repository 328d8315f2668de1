/**
 * Typing-test scoring: a keystroke log replayed into text, then counted the way employers count
 * (a word is 5 keystrokes, spaces and punctuation included) and scored under each named rule.
 * Pure: times are milliseconds since the test started, passed in.
 */

/** One change to the typing box: characters added at the end, or removed from it. */
export type Keystroke = { at: number; insert: string } | { at: number; remove: number };

export const KEYSTROKES_PER_WORD = 5;
const MINUTE_MS = 60_000;

/** The text a log leaves in the box. */
export function replay(log: readonly Keystroke[]): string {
  let text = '';
  for (const k of log) text = 'insert' in k ? text + k.insert : text.slice(0, Math.max(0, text.length - k.remove));
  return text;
}

/** The keystroke that turns `before` into `after` (an edit in the middle becomes remove + insert). */
export function diffInput(before: string, after: string, at: number): Keystroke[] {
  let same = 0;
  const max = Math.min(before.length, after.length);
  while (same < max && before.charCodeAt(same) === after.charCodeAt(same)) same += 1;
  const out: Keystroke[] = [];
  if (before.length > same) out.push({ at, remove: before.length - same });
  if (after.length > same) out.push({ at, insert: after.slice(same) });
  return out;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Typed words aligned with the passage by the fewest word edits: a wrong word, an extra word and
 * a skipped word each count as one error, so one slip does not make every later word wrong.
 * The passage is matched only as far as the typist got; a last word still being typed counts
 * as right while it is a correct start of its word.
 */
export function countErrors(target: readonly string[], typed: readonly string[], lastIsPartial: boolean): { errors: number; correct: number } {
  const n = typed.length;
  // Beyond n + errors target words nothing can be matched more cheaply, so n * 2 + 1 bounds the search.
  const m = Math.min(target.length, n * 2 + 1);
  const same = (i: number, j: number) => typed[i] === target[j] || (lastIsPartial && i === n - 1 && target[j]!.startsWith(typed[i]!));
  // cost[i][j]: fewest errors typing typed[0..i) against target[0..j); ok[i][j]: words right on that path.
  let prevCost = Array.from({ length: m + 1 }, (_, j) => j);
  let prevOk = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    const cost = new Array<number>(m + 1);
    const ok = new Array<number>(m + 1);
    cost[0] = i;
    ok[0] = 0;
    for (let j = 1; j <= m; j += 1) {
      const match = same(i - 1, j - 1);
      let best = prevCost[j - 1]! + (match ? 0 : 1);
      let bestOk = prevOk[j - 1]! + (match ? 1 : 0);
      const extra = prevCost[j]! + 1;
      if (extra < best || (extra === best && prevOk[j]! > bestOk)) [best, bestOk] = [extra, prevOk[j]!];
      const skipped = cost[j - 1]! + 1;
      if (skipped < best || (skipped === best && ok[j - 1]! > bestOk)) [best, bestOk] = [skipped, ok[j - 1]!];
      cost[j] = best;
      ok[j] = bestOk;
    }
    prevCost = cost;
    prevOk = ok;
  }
  let errors = prevCost[0]!;
  let correct = prevOk[0]!;
  for (let j = 1; j <= m; j += 1) {
    if (prevCost[j]! < errors || (prevCost[j] === errors && prevOk[j]! > correct)) [errors, correct] = [prevCost[j]!, prevOk[j]!];
  }
  return { errors, correct };
}

export interface TypingResult {
  /** Keystrokes left in the box (corrections removed), spaces included. */
  characters: number;
  minutes: number;
  gross: number;
  errors: number;
  /** Gross WPM less errors per minute, never below zero. */
  net: number;
  /** Words right out of words scored (right + errors), 0–1. */
  accuracy: number;
  /** Gross WPM in each minute of the test; the last may be part of a minute. */
  perMinute: number[];
}

/** Scores a test of `durationMs` (the time allowed, or less when stopped early). */
export function scoreTyping(passage: string, log: readonly Keystroke[], durationMs: number): TypingResult {
  const kept = log.filter((k) => k.at <= durationMs);
  const typed = replay(kept);
  const minutes = durationMs / MINUTE_MS;
  const typedWords = words(typed);
  const lastIsPartial = typed.length > 0 && !/\s$/.test(typed);
  const { errors, correct } = countErrors(words(passage), typedWords, lastIsPartial);
  const gross = minutes > 0 ? typed.length / KEYSTROKES_PER_WORD / minutes : 0;
  const net = Math.max(0, gross - (minutes > 0 ? errors / minutes : 0));
  const scored = correct + errors;
  return {
    characters: typed.length,
    minutes,
    gross,
    errors,
    net,
    accuracy: scored === 0 ? 0 : correct / scored,
    perMinute: perMinute(kept, durationMs),
  };
}

function perMinute(log: readonly Keystroke[], durationMs: number): number[] {
  const out: number[] = [];
  let length = 0;
  let index = 0;
  for (let start = 0; start < durationMs; start += MINUTE_MS) {
    const end = Math.min(start + MINUTE_MS, durationMs);
    const before = length;
    while (index < log.length && log[index]!.at <= end) {
      const k = log[index]!;
      length = 'insert' in k ? length + k.insert.length : Math.max(0, length - k.remove);
      index += 1;
    }
    out.push(Math.max(0, length - before) / KEYSTROKES_PER_WORD / ((end - start) / MINUTE_MS));
  }
  return out;
}

/** Where the typist is: the word being typed, and which typed words differ from the passage. */
export function typingProgress(passageWords: readonly string[], typed: string): { current: number; wrong: Set<number>; currentWrong: boolean } {
  const typedWords = typed.split(/\s+/);
  if (typedWords[0] === '') typedWords.shift();
  const endsWithSpace = typed.length > 0 && /\s$/.test(typed);
  const done = endsWithSpace ? typedWords.filter((w) => w !== '') : typedWords.slice(0, -1);
  const inProgress = endsWithSpace ? '' : (typedWords.at(-1) ?? '');
  const wrong = new Set<number>();
  done.forEach((w, i) => {
    if (w !== passageWords[i]) wrong.add(i);
  });
  const current = done.length;
  const target = passageWords[current] ?? '';
  return { current, wrong, currentWrong: inProgress !== '' && !target.startsWith(inProgress) };
}

/**
 * The passages of a test: the chosen one, then the occupation's others, then the rest, so a
 * fast typist never runs out before the time does.
 */
export function testPassages<P extends { id: string; occupations: readonly string[] }>(passages: readonly P[], chosen: string, occupation: string): P[] {
  const first = passages.filter((p) => p.id === chosen);
  const same = passages.filter((p) => p.id !== chosen && p.occupations.includes(occupation));
  const rest = passages.filter((p) => p.id !== chosen && !p.occupations.includes(occupation));
  return [...first, ...same, ...rest];
}

export function testText(passages: readonly { text: string }[]): string {
  return passages.map((p) => p.text.trim()).join(' ');
}

/** The first word of each passage in the test's word list, so the page shows one passage at a time. */
export function passageStarts(passages: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of passages) {
    starts.push(at);
    at += words(p.text).length;
  }
  return starts;
}
