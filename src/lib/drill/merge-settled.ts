/**
 * The merge the drill's tabs use: `mergeProgress`, then each card an undone review left out of
 * step with the reviews that remain is graded again from them. Two tabs can each grade a card;
 * when one takes its grade back, the card it had saved is dropped, and the other tab's review may
 * be the only one left with no card of its own (or an older one). Without this the card would
 * come back as new although its review is in the log. It needs the scheduler (ts-fsrs), so it
 * lives apart from ./merge, which the data page loads without it.
 */
import type { StoredCard } from './card';
import { mergeProgress, reviewId, undoneCardStates } from './merge';
import { isExtraPractice, type Progress, type ReviewLogEntry } from './progress';
import { grade } from './schedule';

const time = (iso: string | undefined) => (iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso));

export function mergeSettled(current: Progress, incoming: Progress): Progress {
  return settleCards(mergeProgress(current, incoming), [current, incoming]);
}

/**
 * Regrades the cards whose reviews outran them: a card missing although the question has reviews
 * in the log, or one older than its latest review after a stale card was dropped. The newest card
 * state still backed by the log (from `sources`, or none) is the start.
 */
export function settleCards(progress: Progress, sources: readonly Progress[]): Progress {
  const undone = new Set(progress.undone ?? []);
  const undoneAt = undoneCardStates(progress.undone ?? []);
  const byQuestion = new Map<string, ReviewLogEntry[]>();
  for (const entry of progress.log) {
    if (isExtraPractice(entry.mode)) continue;
    const list = byQuestion.get(entry.questionId);
    if (list) list.push(entry);
    else byQuestion.set(entry.questionId, [entry]);
  }
  let cards: Record<string, StoredCard> | null = null;
  for (const [id, entries] of byQuestion) {
    const latest = Math.max(...entries.map((e) => time(e.reviewedAt)));
    const card = Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined;
    if (card && time(card.last_review) >= latest) continue;
    const droppedStale = sources.some((s) => Object.hasOwn(s.cards, id) && undoneAt.has(`${id}|${time(s.cards[id]!.last_review)}`));
    if (card && !droppedStale) continue;
    const reviewedAt = new Set(entries.map((e) => time(e.reviewedAt)));
    const backed = [card, ...sources.map((s) => (Object.hasOwn(s.cards, id) ? s.cards[id] : undefined))].filter(
      (c): c is StoredCard => c !== undefined && c.last_review !== undefined && reviewedAt.has(time(c.last_review)),
    );
    const base = backed.reduce<StoredCard | undefined>((best, c) => (best === undefined || time(c.last_review) > time(best.last_review) ? c : best), undefined);
    const since = time(base?.last_review);
    const rebuilt = entries
      .filter((e) => time(e.reviewedAt) > since && !undone.has(reviewId(e)))
      .sort((a, b) => time(a.reviewedAt) - time(b.reviewedAt))
      .reduce<StoredCard | undefined>((c, e) => grade(c, e.rating, new Date(e.reviewedAt)).card, base);
    if (rebuilt === undefined) continue;
    cards ??= { ...progress.cards };
    cards[id] = rebuilt;
  }
  return cards ? { ...progress, cards } : progress;
}
