/**
 * Combining two copies of one occupation's drill progress: two tabs saving, an import, a device
 * transfer, a restored backup. No review is lost: the review log is a union keyed by each
 * review's identity (question, instant, grade, mode), and each card keeps the state of its
 * latest review. A reset or replace in one copy is an epoch (src/lib/sync/epoch.ts), so the
 * other copy cannot bring back what it removed; an undone review is remembered by its identity
 * (`undone`), so the other copy cannot bring that back either.
 */
import { after, compareEpochs, sameEpoch, type Epoch } from '../sync/epoch';
import type { StoredCard } from './card';
import { syncStoryLinks } from './notes';
import type { Progress, ReviewLogEntry } from './progress';

function lastReviewed(card: StoredCard): number {
  return card.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review);
}

/** A review's identity: two tabs never grade the same card the same way in the same millisecond. */
export function reviewId(entry: ReviewLogEntry): string {
  return `${entry.questionId}|${Date.parse(entry.reviewedAt)}|${entry.rating}|${entry.mode}`;
}

function updated(item: { updatedAt?: string }): number {
  return item.updatedAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(item.updatedAt);
}

/** Keeps `current` unless `incoming` was edited strictly later: ties and undated items favor what is here. */
function newer<T extends { updatedAt?: string }>(current: Record<string, T>, incoming: Record<string, T>): Record<string, T> {
  const merged: Record<string, T> = { ...current };
  for (const [id, item] of Object.entries(incoming)) {
    const here = Object.hasOwn(merged, id) ? merged[id] : undefined;
    if (!here || updated(item) > updated(here)) merged[id] = item;
  }
  return merged;
}

function pick<T>(record: Record<string, T>, keep: (item: T) => boolean): Record<string, T> {
  return pickEntries(record, (_id, item) => keep(item));
}

function pickEntries<T>(record: Record<string, T>, keep: (id: string, item: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([id, item]) => keep(id, item)));
}

/**
 * What of `older` outlives the epoch `progress` belongs to: reviews, cards, notes and stories
 * dated after it began. Settings and the interview date belong to the epoch and go with it.
 */
function since(older: Progress, newerCopy: Progress): Progress {
  const epoch = newerCopy.epoch;
  const kept: Progress = {
    ...older,
    cards: pick(older.cards, (card) => after(epoch, card.last_review)),
    log: older.log.filter((entry) => after(epoch, entry.reviewedAt)),
    custom: pick(older.custom, (question) => after(epoch, question.updatedAt)),
    notes: pick(older.notes, (note) => after(epoch, note.updatedAt)),
    stories: pick(older.stories, (story) => after(epoch, story.updatedAt)),
    settings: newerCopy.settings,
  };
  delete kept.interviewDate;
  return kept;
}

/** How many undone reviews a copy remembers: an undo older than the last 200 is not guarded. */
export const UNDONE_KEPT = 200;

/** `undone` with one more review taken back, newest last, at most UNDONE_KEPT. */
export function withUndone(progress: Progress, entry: ReviewLogEntry): Progress {
  const id = reviewId(entry);
  return { ...progress, undone: [...(progress.undone ?? []).filter((u) => u !== id), id].slice(-UNDONE_KEPT) };
}

/** "question|instant" of each undone review that moved a card: a card saved with that review as its last is stale. */
export function undoneCardStates(undone: readonly string[]): Set<string> {
  const states = new Set<string>();
  for (const id of undone) {
    const [questionId, at, , mode] = id.split('|');
    if (mode !== 'extra') states.add(`${questionId}|${at}`);
  }
  return states;
}

function union(current: Progress, incoming: Progress): Progress {
  const undone = [...new Set([...(current.undone ?? []), ...(incoming.undone ?? [])])].slice(-UNDONE_KEPT);
  const staleStates = undoneCardStates(undone);
  const live = (id: string, card: StoredCard) => !staleStates.has(`${id}|${lastReviewed(card)}`);
  const cards: Record<string, StoredCard> = pickEntries(current.cards, live);
  for (const [id, card] of Object.entries(incoming.cards)) {
    if (!live(id, card)) continue;
    const here = Object.hasOwn(cards, id) ? cards[id] : undefined;
    if (!here || lastReviewed(card) > lastReviewed(here)) cards[id] = card;
  }
  const gone = new Set(undone);
  const byId = new Map<string, ReviewLogEntry>();
  for (const entry of [...current.log, ...incoming.log]) {
    const id = reviewId(entry);
    if (!gone.has(id) && !byId.has(id)) byId.set(id, entry);
  }
  const log = [...byId.values()].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));

  // Fields this module does not know (added by later features) come from `current`, whole.
  const merged: Progress = {
    ...incoming,
    ...current,
    cards,
    log,
    custom: newer(current.custom, incoming.custom),
    notes: newer(current.notes, incoming.notes),
    stories: newer(current.stories, incoming.stories),
    settings: current.settings,
  };
  if (undone.length) merged.undone = undone;
  else delete merged.undone;
  const interviewDate = current.interviewDate ?? incoming.interviewDate;
  if (interviewDate !== undefined) merged.interviewDate = interviewDate;
  else delete merged.interviewDate;
  return syncStoryLinks(merged);
}

/**
 * Combines two copies. Within one epoch: cards by latest review (ties keep `current`), the
 * review log as a union in time order, own questions, notes and stories by latest edit, settings and interview
 * date from `current` (the incoming date fills a gap). Across epochs, the newer epoch's copy is
 * the base and the older one adds only what happened after the newer epoch began.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  if (sameEpoch(current.epoch, incoming.epoch)) return union(current, incoming);
  return compareEpochs(current.epoch, incoming.epoch) > 0 ? union(current, since(incoming, current)) : union(incoming, since(current, incoming));
}

/**
 * An import or a transfer the reader chose to merge: everything in it counts, whatever epoch it
 * came from, since choosing it is the reader's word that they want it back. What is here keeps
 * its epoch, so other tabs still cannot bring back what was reset here.
 */
export function mergeImported(current: Progress, incoming: Progress): Progress {
  // Without its epoch, the file merges as if it were from this one; `union` keeps `current`'s.
  const { epoch: _theirs, ...rest } = incoming;
  return union(current, rest);
}

/** What a reset leaves: nothing, in a new epoch (see src/lib/sync/epoch.ts). */
export function resetProgress(fresh: Progress, epoch: Epoch): Progress {
  return { ...fresh, epoch };
}

/** "Replace mine": the incoming copy, whole, in a new epoch, so no other tab merges the old one back. */
export function replaceProgress(incoming: Progress, epoch: Epoch): Progress {
  return { ...incoming, epoch };
}
