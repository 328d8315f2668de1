import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile, serialiseExport } from '../../../src/lib/transfer-file';
import { notesFor } from '../../../src/lib/drill/notes';
import { PROGRESS_FILE, type Progress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { progressSchema } from '../../../src/lib/drill/progress-schema';
import { nextCard } from '../../../src/lib/drill/queue';
import { FUTURE_DATES_MESSAGE, repairProgress } from '../../../src/lib/drill/repair';
import { newCard, previewIntervals, Rating, retrievability, State } from '../../../src/lib/drill/schedule';
import { coverage } from '../../../src/lib/drill/interview-date';
import { parseImport } from '../../../src/lib/drill/transfer';
import { at, days, deck, MONDAY_9AM } from './fixtures';

/** What the drill's Export button writes. */
const exportProgress = (progress: Progress, occupation: string, now: Date) => exportFile(PROGRESS_FILE, occupation, now, { progress });

const OCCUPATION = 'customer-service-representative';
const known = new Set(deck.map((q) => q.id));
const fileOf = (progress: Progress) => serialiseExport(exportProgress(progress, OCCUPATION, MONDAY_9AM));

/** A card graded a year after "now": what clock skew or another device's file leaves behind. */
function futureReviewed(): Progress {
  const card = { ...newCard(MONDAY_9AM), state: State.Review, reps: 3, stability: 5, difficulty: 5, due: at(MONDAY_9AM, days(400)).toISOString(), last_review: at(MONDAY_9AM, days(365)).toISOString() };
  return progressSchema.parse({ cards: { 'angry-customer': card } });
}

describe('a last review in the future', () => {
  it('still grades, previews and queues the card instead of throwing', () => {
    const progress = futureReviewed();
    expect(() => recordReview(progress, 'angry-customer', Rating.Good, MONDAY_9AM, 'drill')).not.toThrow();
    expect(previewIntervals(progress.cards['angry-customer'], MONDAY_9AM)).toHaveLength(4);
    expect(() => nextCard(deck, progress.cards, MONDAY_9AM, { log: [], newPerDay: 10 })).not.toThrow();
  });

  it('is clamped to now when loaded, and the user is told how many dates moved', () => {
    const repaired = repairProgress(futureReviewed(), MONDAY_9AM);
    expect(repaired.progress.cards['angry-customer']?.last_review).toBe(MONDAY_9AM.toISOString());
    expect(repaired.clamped).toBe(1);
    expect(FUTURE_DATES_MESSAGE(repaired.clamped)).toBe(
      'One date in your saved progress was later than this device’s clock, so it was set to now. Check the date and time on this device if this keeps happening.',
    );
  });

  it('is clamped at import, and the summary says so', () => {
    const result = parseImport(fileOf(futureReviewed()), { now: MONDAY_9AM, knownIds: known });
    expect(result.ok && result.summary.clamped).toBe(1);
    expect(result.ok && result.progress.cards['angry-customer']?.last_review).toBe(MONDAY_9AM.toISOString());
  });

  it('any future timestamp anywhere in progress is clamped to now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 365 * 86_400_000 }), (ahead) => {
        const when = at(MONDAY_9AM, ahead).toISOString();
        const progress = progressSchema.parse({
          cards: { 'angry-customer': { ...newCard(MONDAY_9AM), state: State.Review, reps: 1, stability: 2, difficulty: 5, last_review: when } },
          log: [{ questionId: 'angry-customer', rating: Rating.Good, reviewedAt: when }],
          notes: { 'busy-queue': { situation: 'x', updatedAt: when } },
        });
        const { progress: safe } = repairProgress(progress, MONDAY_9AM);
        const times = [safe.cards['angry-customer']?.last_review, safe.log[0]?.reviewedAt, safe.notes['busy-queue']?.updatedAt];
        expect(times.every((t) => t !== undefined && Date.parse(t) <= MONDAY_9AM.getTime())).toBe(true);
        expect(() => recordReview(safe, 'angry-customer', Rating.Again, MONDAY_9AM, 'drill')).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('a note whose story id is a name Object.prototype has', () => {
  it('shows the note’s own text instead of reaching Object.prototype', () => {
    const progress = progressSchema.parse({ notes: { 'angry-customer': { situation: 'My own words', storyId: 'constructor' } } });
    expect(notesFor(progress, 'angry-customer')).toEqual({ star: { situation: 'My own words', task: '', action: '', result: '' } });
  });
});

describe('an import full of questions this deck does not have', () => {
  it('keeps only this deck’s questions and says how many were left out', () => {
    const cards: Record<string, ReturnType<typeof newCard>> = { 'angry-customer': newCard(MONDAY_9AM) };
    for (let i = 0; i < 10_000; i += 1) cards[`unknown-${i}`] = newCard(MONDAY_9AM);
    const result = parseImport(fileOf(progressSchema.parse({ cards })), { now: MONDAY_9AM, knownIds: known });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.progress.cards)).toEqual(['angry-customer']);
    expect(result.summary).toMatchObject({ cards: 1, dropped: 10_000 });
  }, 30_000);
});

describe('a card with a memory state ts-fsrs refuses', () => {
  it('is graded as a new card instead of throwing', () => {
    const broken = { ...newCard(MONDAY_9AM), state: State.Review, reps: 2, stability: 3, difficulty: 0 };
    const progress = progressSchema.parse({ cards: { 'angry-customer': broken } });
    expect(() => recordReview(progress, 'angry-customer', Rating.Good, MONDAY_9AM, 'drill')).not.toThrow();
    expect(previewIntervals(progress.cards['angry-customer'], MONDAY_9AM)).toHaveLength(4);
  });

  it('seen but never reviewed (no last review): recall is 0, so the interview countdown still shows', () => {
    // Found by tests/unit/islands-render.test.tsx: ts-fsrs threw "Invalid date" and blanked the panel.
    const seen = { due: MONDAY_9AM.toISOString(), stability: 0, difficulty: 0, reps: 0, state: State.Learning };
    const progress = progressSchema.parse({ cards: { 'angry-customer': seen } });
    expect(retrievability(progress.cards['angry-customer'], at(MONDAY_9AM, days(3)))).toBe(0);
    const interview = at(MONDAY_9AM, days(3));
    expect(coverage(deck, progress.cards, interview, MONDAY_9AM, retrievability)).toMatchObject({ seen: 1, expectedRecall: 0, likelyRecalled: 0 });
  });
});

describe('any valid stored progress', () => {
  it('can be repaired, queued and graded at any now without throwing (property)', () => {
    const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    const card = fc.record({ due: iso, stability: fc.double({ min: 0.1, max: 1000, noNaN: true }), difficulty: fc.double({ min: 1, max: 10, noNaN: true }), reps: fc.nat(50), state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning), last_review: iso });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...known), card), fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (cards, now) => {
        const parsed = progressSchema.safeParse({ cards });
        if (!parsed.success) return;
        const { progress } = repairProgress(parsed.data, now);
        const item = nextCard(deck, progress.cards, now, { log: progress.log, newPerDay: 10 });
        if (item) expect(() => recordReview(progress, item.question.id, Rating.Hard, now, 'drill')).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
