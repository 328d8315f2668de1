import { describe, expect, it } from 'vitest';
import { addCustom, checkDraft, customId, deleteCustom, draftOf, EMPTY_DRAFT, updateCustom } from '../../../src/lib/drill/custom';
import { customDeck } from '../../../src/lib/drill/custom-deck';
import { emptyProgress, PROGRESS_FILE, type Progress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { Rating } from '../../../src/lib/drill/schedule';
import { parseImport } from '../../../src/lib/drill/transfer';
import { exportFile, serialiseExport } from '../../../src/lib/transfer-file';
import { at, minutes, MONDAY_9AM } from './fixtures';

/** What the drill's Export button writes. */
const exportProgress = (progress: Progress, occupation: string, now: Date) => exportFile(PROGRESS_FILE, occupation, now, { progress });

const draft = { ...EMPTY_DRAFT, text: 'How would you handle a refund you cannot give?', purpose: 'Saying no kindly.', strongAnswer: '- Explain why\n- Offer what you can\n\n', skills: ['empathy', 'empathy'] };

describe('your own questions', () => {
  it('become drill cards with the same fields as the bank’s, lists read one per line', () => {
    const saved = addCustom(emptyProgress(), draft, MONDAY_9AM);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.id).toBe('my-how-would-you-handle-a-refund');
    expect(customDeck(saved.progress)).toEqual([
      {
        id: saved.id,
        text: draft.text,
        purpose: 'Saying no kindly.',
        category: 'behavioral',
        skills: ['empathy'],
        strongAnswer: ['Explain why', 'Offer what you can'],
        pitfalls: [],
        followUps: [],
      },
    ]);
  });

  it('say what to fix, field by field, and change nothing', () => {
    const progress = emptyProgress();
    const result = addCustom(progress, { ...EMPTY_DRAFT, text: '   ', pitfalls: 'x'.repeat(600) }, MONDAY_9AM);
    expect(result).toEqual({ ok: false, errors: { text: 'Write the question.', pitfalls: 'Keep each line under 500 characters.' } });
    expect(progress.custom).toEqual({});
    expect(checkDraft({ ...EMPTY_DRAFT, text: 'q'.repeat(501) })).toMatchObject({ ok: false, errors: { text: expect.stringContaining('(it has 501)') } });
  });

  it('get ids that never collide with the bank or each other', () => {
    expect(customId('Tell me about yourself', new Set())).toBe('my-tell-me-about-yourself');
    expect(customId('Tell me about yourself!', new Set(['my-tell-me-about-yourself']))).toBe('my-tell-me-about-yourself-2');
    expect(customId('¿¡!!', new Set())).toBe('my-question');
  });

  it('keep their card and notes when edited, and lose them when deleted', () => {
    const saved = addCustom(emptyProgress(), draft, MONDAY_9AM);
    if (!saved.ok) throw new Error('not saved');
    const graded = recordReview(saved.progress, saved.id, Rating.Good, at(MONDAY_9AM, minutes(1)), 'drill');
    const edited = updateCustom(graded, saved.id, { ...draftOf(graded.custom[saved.id]!), text: 'A better wording?' }, at(MONDAY_9AM, minutes(2)));
    if (!edited.ok) throw new Error('not edited');
    expect(edited.progress.custom[saved.id]).toMatchObject({ text: 'A better wording?', createdAt: MONDAY_9AM.toISOString() });
    expect(edited.progress.cards[saved.id]).toEqual(graded.cards[saved.id]);
    const gone = deleteCustom(edited.progress, saved.id);
    expect(gone.custom).toEqual({});
    expect(gone.cards[saved.id]).toBeUndefined();
    expect(updateCustom(gone, saved.id, draft, MONDAY_9AM).ok).toBe(false);
  });

  it('travel in the export file and come back on import', () => {
    const saved = addCustom(emptyProgress(), draft, MONDAY_9AM);
    if (!saved.ok) throw new Error('not saved');
    const text = serialiseExport(exportProgress(saved.progress, 'customer-service-representative', MONDAY_9AM));
    const imported = parseImport(text);
    expect(imported.ok && imported.summary.custom).toBe(1);
    expect(imported.ok && customDeck(imported.progress)).toEqual(customDeck(saved.progress));
  });
});

describe('your own questions on import', () => {
  it('keep their cards and reviews when the import drops questions the deck lacks', () => {
    const saved = addCustom(emptyProgress(), draft, MONDAY_9AM);
    if (!saved.ok) throw new Error('not saved');
    const graded = recordReview(saved.progress, saved.id, Rating.Good, at(MONDAY_9AM, minutes(1)), 'drill');
    const text = serialiseExport(exportProgress(graded, 'customer-service-representative', MONDAY_9AM));
    const imported = parseImport(text, { now: at(MONDAY_9AM, minutes(5)), knownIds: new Set(['tell-me-about-yourself']) });
    expect(imported.ok && imported.summary).toMatchObject({ dropped: 0, custom: 1, cards: 1, reviews: 1 });
  });
});
