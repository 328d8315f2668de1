/**
 * Scoring a customer record typed from a call: numbers must be exact (separators such as spaces,
 * dashes and brackets are formatting, not digits), names and addresses forgive case and spacing,
 * and a note is judged by the facts it keeps.
 */

export type FieldKind = 'digits' | 'name' | 'address' | 'choice' | 'note';

export interface FieldCheck {
  correct: boolean;
  /** For a note: the share of key facts found, 0–1; otherwise 0 or 1. */
  share: number;
  /** What was missed, for the review ("Expected 4471 0092, got 4417 0092"). */
  missing: string[];
}

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ');

export function normaliseDigits(s: string): string {
  return s.replace(/[\s().+-]/g, '');
}
export function normaliseName(s: string): string {
  return collapse(s).toLowerCase().replace(/\s*([-'’])\s*/g, (_, mark: string) => (mark === '’' ? "'" : mark));
}
export function normaliseAddress(s: string): string {
  return collapse(normaliseName(s).replace(/[.,#]/g, ' '));
}

/** `expected` for a note is its list of key facts, one per line; each must appear in the note. */
export function scoreField(kind: FieldKind, expected: string, given: string): FieldCheck {
  const exact = (a: string, b: string): FieldCheck => (a === b ? { correct: true, share: 1, missing: [] } : { correct: false, share: 0, missing: [expected] });
  switch (kind) {
    case 'digits':
      return exact(normaliseDigits(expected), normaliseDigits(given));
    case 'name':
      return exact(normaliseName(expected), normaliseName(given));
    case 'address':
      return exact(normaliseAddress(expected), normaliseAddress(given));
    case 'choice':
      return exact(expected, given);
    case 'note': {
      const facts = expected.split('\n').map((f) => f.trim()).filter(Boolean);
      const note = normaliseAddress(given);
      const missing = facts.filter((f) => !note.includes(normaliseAddress(f)));
      const share = facts.length === 0 ? 1 : (facts.length - missing.length) / facts.length;
      return { correct: missing.length === 0, share, missing };
    }
  }
}

/** Keystrokes per hour, the unit data-entry tests report. */
export function keystrokesPerHour(keystrokes: number, ms: number): number {
  return ms <= 0 ? 0 : Math.round((keystrokes * 3_600_000) / ms);
}

/** Script text for speech: digits read one by one ("4 4 7 1"), as a caller reads an account number. */
export function speakable(script: string): string {
  return script.replace(/\d+/g, (run) => run.split('').join(' '));
}

/** Numbers for the 10-key drill, the same for the same seed (a small, well-known PRNG: mulberry32). */
export function tenKeyNumbers(seed: number, count: number): string[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const digits = 4 + Math.floor(next() * 4);
    let s = String(1 + Math.floor(next() * 9));
    while (s.length < digits) s += String(Math.floor(next() * 10));
    return s;
  });
}
