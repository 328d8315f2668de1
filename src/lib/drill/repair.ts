/**
 * Makes progress from storage or a file safe to schedule: no time after `now` (a clock set wrong,
 * or a file from a device that was), and nothing for a question this occupation's deck lacks.
 * ts-fsrs refuses a card reviewed in the future, so an unclamped date would stop grading.
 */
import type { StoredCard } from './card';
import type { Progress } from './progress';

export interface Repair {
  progress: Progress;
  /** How many times after `now` were brought back to `now`. */
  clamped: number;
  /** How many cards, reviews and notes named a question not in the deck, and were dropped. */
  dropped: number;
}

export const FUTURE_DATES_MESSAGE = (count: number) =>
  `${count === 1 ? 'One date' : `${count} dates`} in your saved progress ${count === 1 ? 'was' : 'were'} later than this device’s clock, so ${count === 1 ? 'it was' : 'they were'} set to now. Check the date and time on this device if this keeps happening.`;

function clampIso(iso: string, now: Date, count: () => void): string {
  if (Date.parse(iso) <= now.getTime()) return iso;
  count();
  return now.toISOString();
}

/** A card as ts-fsrs can take it at `now`: a last review after `now` is moved to `now`. */
export function clampCard(card: StoredCard, now: Date): StoredCard {
  if (card.last_review === undefined || Date.parse(card.last_review) <= now.getTime()) return card;
  return { ...card, last_review: now.toISOString() };
}

function stampNotAfter<T extends { updatedAt?: string }>(item: T, now: Date, count: () => void): T {
  return item.updatedAt === undefined ? item : { ...item, updatedAt: clampIso(item.updatedAt, now, count) };
}

/**
 * Clamps every stored time to `now` and, when `knownIds` is given, drops what belongs to other
 * questions. Pure: the same input and `now` give the same output.
 */
export function repairProgress(progress: Progress, now: Date, knownIds?: ReadonlySet<string>): Repair {
  let clamped = 0;
  let dropped = 0;
  const count = () => {
    clamped += 1;
  };
  // The learner's own questions belong to the deck as much as the site's.
  const own = Object.keys(progress.custom);
  const allowed = knownIds && own.length ? new Set([...knownIds, ...own]) : knownIds;
  const known = (id: string) => {
    if (!allowed || allowed.has(id)) return true;
    dropped += 1;
    return false;
  };
  const cards: Record<string, StoredCard> = {};
  for (const [id, card] of Object.entries(progress.cards)) {
    if (!known(id)) continue;
    const safe = clampCard(card, now);
    if (safe !== card) count();
    cards[id] = safe;
  }
  const log = progress.log.filter((entry) => known(entry.questionId)).map((entry) => ({ ...entry, reviewedAt: clampIso(entry.reviewedAt, now, count) }));
  const notes: Progress['notes'] = {};
  for (const [id, note] of Object.entries(progress.notes)) {
    if (!known(id)) continue;
    // A story link that leads nowhere is kept: own-property lookups show the note's own text.
    notes[id] = stampNotAfter(note, now, count);
  }
  const stories: Progress['stories'] = {};
  for (const [id, story] of Object.entries(progress.stories)) {
    const questionIds = allowed ? story.questionIds.filter((q) => allowed.has(q)) : story.questionIds;
    stories[id] = stampNotAfter({ ...story, questionIds }, now, count);
  }
  const custom: Progress['custom'] = {};
  for (const [id, question] of Object.entries(progress.custom)) {
    custom[id] = { ...question, createdAt: clampIso(question.createdAt, now, count), updatedAt: clampIso(question.updatedAt, now, count) };
  }
  return { progress: { ...progress, cards, custom, log, notes, stories }, clamped, dropped };
}
