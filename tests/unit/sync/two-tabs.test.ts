/**
 * Two tabs, one truth: whatever order two tabs grade, save, reset and hear each other's storage
 * events in, the saved progress holds every review given since the last reset, and none from
 * before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade } from 'ts-fsrs';
import { mergeAssessmentState, resetAssessmentState } from '../../../src/lib/assessment/merge';
import { emptyState, type AssessmentState } from '../../../src/lib/assessment/schema';
import { mergeImported, mergeProgress, replaceProgress, resetProgress, reviewId } from '../../../src/lib/drill/merge';
import { emptyProgress, type Progress } from '../../../src/lib/drill/progress';
import { mergeSettled } from '../../../src/lib/drill/merge-settled';
import { recordReview } from '../../../src/lib/drill/review';
import { gradeUndoable, undoGrade, type GradeReceipt } from '../../../src/lib/drill/undo';
import { startEpoch } from '../../../src/lib/sync/epoch';
import { MONDAY_9AM } from '../drill/fixtures';

const QUESTIONS = ['angry-customer', 'busy-queue', 'mistake-you-made'] as const;
type Tab = 0 | 1;
type Step =
  | { kind: 'grade'; tab: Tab; question: number; rating: Grade }
  | { kind: 'save'; tab: Tab }
  | { kind: 'hear'; tab: Tab }
  | { kind: 'reset'; tab: Tab };

const tab = fc.constantFrom<Tab>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('grade' as const), tab, question: fc.nat(QUESTIONS.length - 1), rating: fc.constantFrom<Grade>(1, 2, 3, 4) }),
  fc.record({ kind: fc.constant('save' as const), tab }),
  fc.record({ kind: fc.constant('hear' as const), tab }),
);
const withResets: fc.Arbitrary<Step> = fc.oneof({ weight: 6, arbitrary: step }, { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), tab }) });

/** Plays the steps as the islands do: a save merges with storage, a storage event merges storage in. */
function play(steps: readonly Step[]) {
  let stored: Progress | null = null;
  const tabs: [Progress, Progress] = [emptyProgress(), emptyProgress()];
  const given: { id: string; at: number }[] = [];
  let lastReset = Number.NEGATIVE_INFINITY;
  let clock = MONDAY_9AM.getTime();
  const save = (t: Tab) => {
    stored = stored === null ? tabs[t] : mergeProgress(tabs[t], stored);
    tabs[t] = stored;
  };
  steps.forEach((s, i) => {
    clock += 1000;
    const now = new Date(clock);
    if (s.kind === 'grade') {
      tabs[s.tab] = recordReview(tabs[s.tab], QUESTIONS[s.question]!, s.rating, now, 'drill');
      given.push({ id: reviewId(tabs[s.tab].log.at(-1)!), at: clock });
    } else if (s.kind === 'save') save(s.tab);
    else if (s.kind === 'hear') {
      if (stored !== null) tabs[s.tab] = mergeProgress(tabs[s.tab], stored);
    } else {
      tabs[s.tab] = resetProgress(emptyProgress(), startEpoch(now, `r${i}`));
      lastReset = clock;
      save(s.tab);
    }
  });
  // Each tab saves what it has before the test looks, as the islands do after every change.
  save(0);
  save(1);
  return { stored: stored as Progress | null, given, lastReset, tabs };
}

describe('two tabs saving drill progress', () => {
  it('never lose a review, whatever the order of grades, saves and storage events', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { stored, given } = play(steps);
        const kept = new Set((stored?.log ?? []).map(reviewId));
        for (const review of given) expect(kept.has(review.id)).toBe(true);
        expect(stored?.log.length ?? 0).toBe(given.length);
      }),
      { numRuns: 300 },
    );
  });

  it('let no tab bring back what a reset removed, and keep every review given after it', () => {
    fc.assert(
      fc.property(fc.array(withResets, { maxLength: 40 }), (steps) => {
        const { stored, given, lastReset } = play(steps);
        const kept = new Set((stored?.log ?? []).map(reviewId));
        for (const review of given) expect(kept.has(review.id)).toBe(review.at > lastReset);
      }),
      { numRuns: 300 },
    );
  });

  it('keep for each card the state of its latest review', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { stored } = play(steps);
        for (const [id, card] of Object.entries(stored?.cards ?? {})) {
          const latest = stored!.log.filter((e) => e.questionId === id).at(-1);
          expect(card.last_review).toBe(latest?.reviewedAt);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('end with both tabs showing what storage holds once each has heard the other', () => {
    fc.assert(
      fc.property(fc.array(withResets, { maxLength: 30 }), (steps) => {
        const { stored, tabs } = play(steps);
        const heard = mergeProgress(tabs[0], stored ?? tabs[0]);
        expect(heard.log.map(reviewId)).toEqual((stored?.log ?? []).map(reviewId));
      }),
      { numRuns: 200 },
    );
  });
});

type UndoStep = Step | { kind: 'undo'; tab: Tab };
const withUndos: fc.Arbitrary<UndoStep> = fc.oneof({ weight: 4, arbitrary: step }, { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), tab }) });

/** As `play`, with Ctrl+Z: a tab takes back its own last grade, when nothing graded that card since. The drill's tabs merge with `mergeSettled`. */
function playWithUndo(steps: readonly UndoStep[]) {
  let stored: Progress | null = null;
  const tabs: [Progress, Progress] = [emptyProgress(), emptyProgress()];
  const receipts: [GradeReceipt | null, GradeReceipt | null] = [null, null];
  const given = new Set<string>();
  const undone = new Set<string>();
  let clock = MONDAY_9AM.getTime();
  const save = (t: Tab) => {
    stored = stored === null ? tabs[t] : mergeSettled(tabs[t], stored);
    tabs[t] = stored;
  };
  for (const s of steps) {
    clock += 1000;
    if (s.kind === 'grade') {
      const graded = gradeUndoable(tabs[s.tab], QUESTIONS[s.question]!, s.rating, new Date(clock), 'drill');
      tabs[s.tab] = graded.progress;
      receipts[s.tab] = graded.receipt;
      given.add(reviewId(graded.receipt.entry));
    } else if (s.kind === 'undo') {
      const receipt = receipts[s.tab];
      if (!receipt) continue;
      const result = undoGrade(tabs[s.tab], receipt);
      receipts[s.tab] = null;
      if (result.ok) {
        tabs[s.tab] = result.progress;
        undone.add(reviewId(receipt.entry));
      }
    } else if (s.kind === 'save') save(s.tab);
    else if (s.kind === 'hear' && stored !== null) tabs[s.tab] = mergeSettled(tabs[s.tab], stored);
  }
  save(0);
  save(1);
  return { stored: stored as Progress | null, given, undone };
}

describe('two tabs with undo', () => {
  it('never bring back an undone grade, and keep every other review', () => {
    fc.assert(
      fc.property(fc.array(withUndos, { maxLength: 40 }), (steps) => {
        const { stored, given, undone } = playWithUndo(steps);
        const kept = new Set((stored?.log ?? []).map(reviewId));
        for (const id of given) expect(kept.has(id), id).toBe(!undone.has(id));
      }),
      { numRuns: 300 },
    );
  });

  it('keep each card at its latest review still in the log', () => {
    fc.assert(
      fc.property(fc.array(withUndos, { maxLength: 30 }), (steps) => {
        const { stored } = playWithUndo(steps);
        for (const id of QUESTIONS) {
          const latest = stored?.log.filter((e) => e.questionId === id).at(-1);
          expect(stored?.cards[id]?.last_review, id).toBe(latest?.reviewedAt);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('merging drill progress', () => {
  const graded = (base: Progress, question: string, minute: number) => recordReview(base, question, 3, new Date(MONDAY_9AM.getTime() + minute * 60_000), 'drill');

  it('is order-free for the review log: A with B holds the same reviews as B with A', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(QUESTIONS.length - 1)), { maxLength: 20 }), (grades) => {
        let a = emptyProgress();
        let b = emptyProgress();
        grades.forEach(([inA, q], i) => {
          if (inA) a = graded(a, QUESTIONS[q]!, i);
          else b = graded(b, QUESTIONS[q]!, i);
        });
        expect(mergeProgress(a, b).log).toEqual(mergeProgress(b, a).log);
        expect(mergeProgress(a, mergeProgress(a, b)).log).toEqual(mergeProgress(a, b).log);
      }),
    );
  });

  it('keeps a replace: the other tab’s older reviews do not come back, its later ones do', () => {
    const old = graded(graded(emptyProgress(), 'angry-customer', 0), 'busy-queue', 1);
    const file = graded(emptyProgress(), 'mistake-you-made', -60);
    const replaced = replaceProgress(file, startEpoch(new Date(MONDAY_9AM.getTime() + 2 * 60_000), 'replace1'));
    const otherTab = graded(old, 'angry-customer', 3);
    const merged = mergeProgress(otherTab, replaced);
    expect(merged.log.map((e) => e.questionId)).toEqual(['mistake-you-made', 'angry-customer']);
    expect(merged.epoch?.id).toBe('replace1');
  });

  it('takes in everything from a file the reader chose to merge, even one made before a reset here', () => {
    const file = graded(emptyProgress(), 'angry-customer', 0);
    const reset = resetProgress(emptyProgress(), startEpoch(new Date(MONDAY_9AM.getTime() + 60_000), 'reset1'));
    const merged = mergeImported(reset, file);
    expect(merged.log).toHaveLength(1);
    expect(merged.epoch?.id).toBe('reset1');
  });
});

describe('two tabs saving self-assessments', () => {
  it('never lose a completed assessment given after the last reset', () => {
    type A = { kind: 'finish' | 'save' | 'hear' | 'reset'; tab: Tab };
    const steps = fc.array(fc.record({ kind: fc.constantFrom<A['kind']>('finish', 'finish', 'save', 'hear', 'reset'), tab }), { maxLength: 40 });
    fc.assert(
      fc.property(steps, (list) => {
        let stored: AssessmentState | null = null;
        const tabs: [AssessmentState, AssessmentState] = [emptyState(), emptyState()];
        const given: { at: string; time: number }[] = [];
        let lastReset = Number.NEGATIVE_INFINITY;
        let clock = MONDAY_9AM.getTime();
        const save = (t: Tab) => {
          stored = stored === null ? tabs[t] : mergeAssessmentState(tabs[t], stored);
          tabs[t] = stored;
        };
        list.forEach((s, i) => {
          clock += 1000;
          const at = new Date(clock).toISOString();
          if (s.kind === 'finish') {
            tabs[s.tab] = { ...tabs[s.tab], history: [...tabs[s.tab].history, { occupation: 'teller', ratings: { empathy: 3 }, completedAt: at }] };
            given.push({ at, time: clock });
          } else if (s.kind === 'save') save(s.tab);
          else if (s.kind === 'hear') {
            if (stored !== null) tabs[s.tab] = mergeAssessmentState(tabs[s.tab], stored);
          } else {
            tabs[s.tab] = resetAssessmentState(startEpoch(new Date(clock), `r${i}`));
            lastReset = clock;
            save(s.tab);
          }
        });
        save(0);
        save(1);
        const kept = new Set(((stored as AssessmentState | null)?.history ?? []).map((e) => e.completedAt));
        for (const g of given) expect(kept.has(g.at)).toBe(g.time > lastReset);
      }),
      { numRuns: 300 },
    );
  });
});
