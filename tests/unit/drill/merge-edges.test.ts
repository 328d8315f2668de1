/**
 * Merging two copies of drill progress at the edges: notes saved before dates were kept, what
 * an older copy adds after a reset (cards, own questions, notes, stories), a review undone twice,
 * a long list of undone reviews, and fields neither copy has staying absent.
 */
import { describe, expect, it } from 'vitest';
import { mergeImported, mergeProgress, UNDONE_KEPT, withUndone } from '../../../src/lib/drill/merge';
import { emptyProgress, type Progress, type ReviewLogEntry } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating } from '../../../src/lib/drill/schedule';
import { startEpoch } from '../../../src/lib/sync/epoch';
import { at, minutes, MONDAY_9AM } from './fixtures';

const blankStar = { situation: '', task: '', action: '', result: '' };
const iso = (ms: number) => at(MONDAY_9AM, ms).toISOString();

describe('merging notes', () => {
  it('takes a dated note over one saved before notes carried a date', () => {
    const here: Progress = { ...emptyProgress(), notes: { q1: { ...blankStar, situation: 'Old, undated' } } };
    const there: Progress = { ...emptyProgress(), notes: { q1: { ...blankStar, situation: 'Newer', updatedAt: iso(minutes(1)) } } };
    expect(mergeProgress(here, there).notes.q1?.situation).toBe('Newer');
    expect(mergeProgress(there, here).notes.q1?.situation).toBe('Newer');
  });
});

describe('merging across a reset', () => {
  it('keeps from the older copy the card, own question, note and story changed after the reset', () => {
    const epoch = startEpoch(at(MONDAY_9AM, minutes(10)), 'reset-1');
    const reset: Progress = { ...emptyProgress(), epoch };
    let older = recordReview(emptyProgress(), 'q-before', Rating.Good, MONDAY_9AM, 'drill');
    older = recordReview(older, 'q-after', Rating.Good, at(MONDAY_9AM, minutes(20)), 'drill');
    older = {
      ...older,
      custom: {
        'my-after': { text: 'Mine?', purpose: '', category: 'behavioral', skills: [], strongAnswer: [], pitfalls: [], followUps: [], createdAt: iso(minutes(20)), updatedAt: iso(minutes(20)) },
        'my-before': { text: 'Old?', purpose: '', category: 'behavioral', skills: [], strongAnswer: [], pitfalls: [], followUps: [], createdAt: iso(0), updatedAt: iso(0) },
      },
      notes: { 'q-after': { ...blankStar, action: 'Kept', updatedAt: iso(minutes(21)) }, 'q-before': { ...blankStar, action: 'Gone', updatedAt: iso(minutes(1)) } },
      stories: {
        's-after': { title: 'Kept story', ...blankStar, questionIds: [], updatedAt: iso(minutes(22)) },
        's-before': { title: 'Gone story', ...blankStar, questionIds: [], updatedAt: iso(minutes(2)) },
      },
    };
    const merged = mergeProgress(reset, older);
    expect(Object.keys(merged.cards)).toEqual(['q-after']);
    expect(Object.keys(merged.custom)).toEqual(['my-after']);
    expect(Object.keys(merged.notes)).toEqual(['q-after']);
    expect(Object.keys(merged.stories)).toEqual(['s-after']);
    expect(merged.epoch).toEqual(epoch);
  });
});

describe('undone reviews', () => {
  const entry: ReviewLogEntry = { questionId: 'q1', rating: Rating.Good, reviewedAt: iso(0), mode: 'drill' };

  it('are remembered once, however often the same review is undone', () => {
    const twice = withUndone(withUndone(emptyProgress(), entry), entry);
    expect(twice.undone).toHaveLength(1);
  });

  it('keep only the latest ones when two copies together remember too many', () => {
    const many = (from: number, n: number) => Array.from({ length: n }, (_, i) => `q${from + i}|${MONDAY_9AM.getTime()}|3|drill`);
    const here: Progress = { ...emptyProgress(), undone: many(0, 150) };
    const there: Progress = { ...emptyProgress(), undone: many(150, 100) };
    const merged = mergeProgress(here, there);
    expect(merged.undone).toHaveLength(UNDONE_KEPT);
    expect(merged.undone?.at(-1)).toBe(`q249|${MONDAY_9AM.getTime()}|3|drill`);
    expect(merged.undone?.[0]).toBe(`q50|${MONDAY_9AM.getTime()}|3|drill`);
  });

  it('take back no card when the undone review was extra practice at the same moment', () => {
    const graded = recordReview(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const undoneExtra: Progress = { ...emptyProgress(), undone: [`q1|${MONDAY_9AM.getTime()}|${Rating.Good}|extra`] };
    expect(Object.keys(mergeProgress(graded, undoneExtra).cards)).toEqual(['q1']);
    const undoneDrill: Progress = { ...emptyProgress(), undone: [`q1|${MONDAY_9AM.getTime()}|${Rating.Good}|drill`] };
    expect(Object.keys(mergeProgress(graded, undoneDrill).cards)).toEqual([]);
  });
});

describe('fields neither copy has', () => {
  it('stay absent: no undone list, no interview date, no epoch', () => {
    const a = recordReview(emptyProgress(), 'q1', Rating.Good, MONDAY_9AM, 'drill');
    const b = recordReview(emptyProgress(), 'q2', Rating.Good, MONDAY_9AM, 'drill');
    for (const merged of [mergeProgress(a, b), mergeImported(a, b)]) {
      expect(Object.hasOwn(merged, 'undone')).toBe(false);
      expect(Object.hasOwn(merged, 'interviewDate')).toBe(false);
      expect(Object.hasOwn(merged, 'epoch')).toBe(false);
    }
  });

  it('an imported file takes this copy’s epoch, not its own', () => {
    const mine: Progress = { ...emptyProgress(), epoch: startEpoch(MONDAY_9AM, 'here') };
    const theirs: Progress = { ...emptyProgress(), epoch: startEpoch(at(MONDAY_9AM, minutes(5)), 'there') };
    expect(mergeImported(mine, theirs).epoch).toEqual(mine.epoch);
  });
});
