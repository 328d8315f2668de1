/**
 * Grading a card into progress: the state change that needs the scheduler (ts-fsrs). It lives
 * apart from ./progress so the first view, which only shows a card, never loads ts-fsrs; the
 * island loads this module with the first answer shown, or at once when saved progress has cards
 * whose recall orders the queue (`retrievability`, re-exported for that).
 */
import { own } from '../own';
import type { Grade } from './grades';
import { isExtraPractice, type Progress, type ReviewLogEntry, type ReviewMode } from './progress';
import { grade } from './schedule';

export { retrievability } from './schedule';

/**
 * Applies one self-grade. In 'drill' and 'mock' the card is graded by FSRS; in 'extra' the card
 * is left exactly as it was, so practicing ahead cannot disturb the schedule.
 */
export function recordReview(progress: Progress, questionId: string, rating: Grade, now: Date, mode: ReviewMode): Progress {
  const entry: ReviewLogEntry = { questionId, rating, reviewedAt: now.toISOString(), mode };
  const log = [...progress.log, entry];
  if (isExtraPractice(mode)) return { ...progress, log };
  const { card } = grade(own(progress.cards, questionId), rating, now);
  return { ...progress, cards: { ...progress.cards, [questionId]: card }, log };
}
