/**
 * Combining two copies of one occupation's self-assessment: two tabs saving, an import, a
 * transfer, a restored backup. Completed assessments are a union by the instant they were
 * completed; nothing local is ever dropped without the reader choosing it. A reset or replace is
 * an epoch (src/lib/sync/epoch.ts), so another copy cannot bring back what it removed.
 */
import { after, compareEpochs, sameEpoch, type Epoch } from '../sync/epoch';
import { capHistory, normaliseHistory } from './history';
import { HISTORY_CAP, type AssessmentHistory, type AssessmentState, type CompletedAssessment } from './schema';

export interface HistoryMerge {
  /** Every assessment from both, oldest first: nothing dropped. */
  all: AssessmentHistory;
  /** How many more than the cap `all` holds; 0 when everything fits. */
  over: number;
  /** The newest `cap`, from both. */
  newest: AssessmentHistory;
  /** Every local one, and as many of the newest incoming ones as still fit. */
  mineFirst: AssessmentHistory;
}

/**
 * Both histories in one, without duplicates: an assessment completed at the same instant is the
 * same assessment, and the copy already here wins. When the two hold more than `cap`, the
 * reader picks `newest` or `mineFirst`; `all` is never silently cut.
 */
export function mergeHistory(current: readonly CompletedAssessment[], incoming: readonly CompletedAssessment[], cap: number = HISTORY_CAP): HistoryMerge {
  const all = normaliseHistory([...current, ...incoming]);
  const over = Math.max(0, all.length - cap);
  const mine = normaliseHistory(current);
  const here = new Set(mine.map((entry) => Date.parse(entry.completedAt)));
  const room = Math.max(0, cap - mine.length);
  const theirs = normaliseHistory(incoming).filter((entry) => !here.has(Date.parse(entry.completedAt)));
  const mineFirst = normaliseHistory([...mine, ...(room > 0 ? theirs.slice(-room) : [])]);
  return { all, over, newest: capHistory(all, cap), mineFirst };
}

function union(current: AssessmentState, incoming: AssessmentState): AssessmentState {
  // Two tabs of one reader: both copies are theirs, so the cap that adding one applies holds here too.
  const merged: AssessmentState = { ...incoming, ...current, draft: current.draft, history: capHistory(normaliseHistory([...current.history, ...incoming.history])) };
  return merged;
}

/** What of `older` outlives the newer copy's epoch: assessments completed after it began. */
function since(older: AssessmentState, newer: AssessmentState): AssessmentState {
  return { ...older, draft: newer.draft, history: older.history.filter((entry) => after(newer.epoch, entry.completedAt)) };
}

/**
 * Combines two copies: history by instant (ties keep `current`), the draft from `current`.
 * Across epochs, the newer epoch's copy is the base and the older adds only what came after.
 */
export function mergeAssessmentState(current: AssessmentState, incoming: AssessmentState): AssessmentState {
  if (sameEpoch(current.epoch, incoming.epoch)) return union(current, incoming);
  return compareEpochs(current.epoch, incoming.epoch) > 0 ? union(current, since(incoming, current)) : union(incoming, since(current, incoming));
}

/** What a reset leaves: nothing, in a new epoch. */
export function resetAssessmentState(epoch: Epoch): AssessmentState {
  return { draft: { ratings: {}, notes: {} }, history: [], epoch };
}
