/**
 * Undo of the last grade, as in Anki: a grade returns a receipt holding the card as it was, and
 * undoing puts that card back and takes the review out of the log, so every count is as before.
 * The review is also remembered as undone, so another tab's older copy cannot merge it back.
 */
import type { Grade } from 'ts-fsrs';
import type { StoredCard } from './card';
import { type Progress, type ReviewLogEntry, type ReviewMode } from './progress';
import { withUndone } from './merge';
import { recordReview } from './review';
import { grade } from './schedule';

export interface GradeReceipt {
  questionId: string;
  /** The card before the grade; undefined for a question seen for the first time. */
  before: StoredCard | undefined;
  entry: ReviewLogEntry;
}

/** `recordReview`, plus what `undoGrade` needs to take it back. */
export function gradeUndoable(
  progress: Progress,
  questionId: string,
  rating: Grade,
  now: Date,
  mode: ReviewMode,
): { progress: Progress; receipt: GradeReceipt } {
  const before = Object.hasOwn(progress.cards, questionId) ? progress.cards[questionId] : undefined;
  const next = recordReview(progress, questionId, rating, now, mode);
  const entry = next.log[next.log.length - 1] as ReviewLogEntry;
  return { progress: next, receipt: { questionId, before, entry } };
}

function sameEntry(a: ReviewLogEntry, b: ReviewLogEntry): boolean {
  return a.questionId === b.questionId && a.reviewedAt === b.reviewedAt && a.rating === b.rating && a.mode === b.mode;
}

/**
 * Takes the graded review back. When the card was graded again since (in another tab, say), the
 * undo is refused rather than throwing that later review away: `ok` is false and nothing changes.
 */
export function undoGrade(progress: Progress, receipt: GradeReceipt): { ok: boolean; progress: Progress } {
  const index = progress.log.findLastIndex((e) => sameEntry(e, receipt.entry));
  if (index === -1) return { ok: false, progress };
  const laterReview = progress.log.slice(index + 1).some((e) => e.questionId === receipt.questionId && e.mode !== 'extra');
  if (laterReview) return { ok: false, progress };
  const log = [...progress.log.slice(0, index), ...progress.log.slice(index + 1)];
  const taken = withUndone({ ...progress, log }, receipt.entry);
  if (receipt.entry.mode === 'extra') return { ok: true, progress: taken };
  const { [receipt.questionId]: _graded, ...others } = progress.cards;
  const card = cardWithout(receipt, log);
  const cards = card === undefined ? others : { ...others, [receipt.questionId]: card };
  return { ok: true, progress: { ...taken, cards } };
}

/**
 * The card once the review is taken back. Usually the card from before the grade; but when this
 * tab graded without yet knowing of another tab's earlier review of the same card (both reviews
 * are in the log now, merged at a save), that card misses the other review. The reviews it misses
 * are then graded again onto it, in order, so the card matches the reviews that remain.
 */
function cardWithout(receipt: GradeReceipt, log: readonly ReviewLogEntry[]): StoredCard | undefined {
  const since = receipt.before?.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(receipt.before.last_review);
  const missed = log
    .filter((e) => e.questionId === receipt.questionId && e.mode !== 'extra' && Date.parse(e.reviewedAt) > since)
    .sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));
  return missed.reduce<StoredCard | undefined>((card, e) => grade(card, e.rating, new Date(e.reviewedAt)).card, receipt.before);
}
