import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { attachStory, createStory, editNotes, editStory, notesFor, syncStoryLinks } from '../../../src/lib/drill/notes';
import { emptyProgress, PROGRESS_FILE, PROGRESS_VERSION, REVIEW_MODES, type Progress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { progressSchema } from '../../../src/lib/drill/progress-schema';
import { Rating, State } from '../../../src/lib/drill/schedule';
import { IMPORT_MESSAGES, mergeProgress, parseImport } from '../../../src/lib/drill/transfer';
import { exportFile, exportFileName, serialiseExport } from '../../../src/lib/transfer-file';
import { at, days, minutes, MONDAY_9AM } from './fixtures';

/** What the drill's Export button writes. */
const exportProgress = (progress: Progress, occupation: string, now: Date) => exportFile(PROGRESS_FILE, occupation, now, { progress });

const OCCUPATION = 'customer-service-representative';
const fileText = (progress: Progress, now = MONDAY_9AM) => serialiseExport(exportProgress(progress, OCCUPATION, now));

function sampleProgress(): Progress {
  let progress = emptyProgress();
  progress = recordReview(progress, 'angry-customer', Rating.Good, MONDAY_9AM, 'drill');
  progress = recordReview(progress, 'busy-queue', Rating.Again, at(MONDAY_9AM, minutes(1)), 'mock');
  progress = editNotes(progress, 'angry-customer', { situation: 'Double billed.' }, MONDAY_9AM);
  progress = createStory(progress, 'double-billing', { title: 'Double billing', action: 'Refunded.' }, MONDAY_9AM);
  return attachStory(progress, 'double-billing', 'said-no-to-customer', MONDAY_9AM);
}

describe('export', () => {
  it('wraps the progress with what it is, its format version, the occupation and the time', () => {
    const progress = sampleProgress();
    expect(exportProgress(progress, OCCUPATION, MONDAY_9AM)).toEqual({
      app: 'csr-guide',
      kind: 'drill-progress',
      version: PROGRESS_VERSION,
      occupation: OCCUPATION,
      exportedAt: MONDAY_9AM.toISOString(),
      progress,
    });
    expect(exportFileName(PROGRESS_FILE, OCCUPATION, MONDAY_9AM)).toBe('csr-guide-interview-practice-customer-service-representative-2025-03-03.json');
  });
});

describe('import', () => {
  it('describes what a valid file holds before anything is changed', () => {
    const result = parseImport(fileText(sampleProgress()));
    expect(result).toMatchObject({
      ok: true,
      summary: { occupation: OCCUPATION, exportedAt: MONDAY_9AM.toISOString(), cards: 2, reviews: 2, notes: 2, stories: 1 },
    });
  });

  it('refuses text that is not JSON', () => {
    expect(parseImport('cards: 12\nreviews: 40')).toEqual({ ok: false, error: IMPORT_MESSAGES.notJson });
    expect(parseImport('')).toEqual({ ok: false, error: IMPORT_MESSAGES.notJson });
  });

  it.each([
    ['a JSON list', '[1, 2, 3]'],
    ['another kind of export', JSON.stringify({ app: 'csr-guide', kind: 'skills-assessment', version: 1 })],
    ['another app', JSON.stringify({ app: 'anki', kind: 'drill-progress', version: 1 })],
    ['the raw storage envelope', JSON.stringify({ version: 1, savedAt: MONDAY_9AM.toISOString(), data: {} })],
  ])('refuses %s as the wrong kind of file', (_name, text) => {
    expect(parseImport(text)).toEqual({ ok: false, error: IMPORT_MESSAGES.wrongKind });
  });

  it('refuses a file from a newer version and says how to fix it', () => {
    const file = { ...exportProgress(sampleProgress(), OCCUPATION, MONDAY_9AM), version: PROGRESS_VERSION + 1 };
    const result = parseImport(JSON.stringify(file));
    expect(result).toEqual({ ok: false, error: IMPORT_MESSAGES.newer(PROGRESS_VERSION + 1) });
    expect(!result.ok && result.error).toMatch(/newer version.*Reload the page/);
  });

  it('names the field that is wrong in a damaged file', () => {
    const file = JSON.parse(fileText(sampleProgress()));
    file.progress.cards['angry-customer'].due = 'next Tuesday';
    expect(parseImport(JSON.stringify(file))).toEqual({
      ok: false,
      error: 'This file is damaged, so nothing was imported. Problem at progress › cards › angry-customer › due: must be a date and time.',
    });
  });

  it('counts list items from one in its messages', () => {
    const file = JSON.parse(fileText(sampleProgress()));
    file.progress.log[1].rating = 7;
    const result = parseImport(JSON.stringify(file));
    expect(!result.ok && result.error).toContain('progress › log › item 2 › rating');
  });

  it('fills defaults for fields an older export did not have', () => {
    const file = JSON.parse(fileText(sampleProgress()));
    delete file.progress.settings;
    delete file.progress.stories;
    const result = parseImport(JSON.stringify(file));
    expect(result.ok && result.progress.settings).toEqual({ newPerDay: 20, reviewsPerDay: 200, mockLength: 5, readAloud: true, speechRate: 1, countdownSeconds: 0 });
  });

  it('refuses a file far too large to be progress', () => {
    expect(parseImport(' '.repeat(5_000_001))).toEqual({ ok: false, error: IMPORT_MESSAGES.tooLarge });
  });
});

describe('merging imported progress', () => {
  const reviewed = (lastReview: Date, reps: number): StoredCard => ({
    due: at(lastReview, days(2)).toISOString(),
    stability: 2,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 2,
    learning_steps: 0,
    reps,
    lapses: 0,
    state: 2,
    last_review: lastReview.toISOString(),
  });

  it('keeps, for each card, the copy reviewed last', () => {
    const current = { ...emptyProgress(), cards: { a: reviewed(at(MONDAY_9AM, days(1)), 5), b: reviewed(MONDAY_9AM, 2) } };
    const incoming = { ...emptyProgress(), cards: { a: reviewed(MONDAY_9AM, 9), b: reviewed(at(MONDAY_9AM, days(1)), 3), c: reviewed(MONDAY_9AM, 1) } };
    const merged = mergeProgress(current, incoming);
    expect([merged.cards['a']?.reps, merged.cards['b']?.reps, merged.cards['c']?.reps]).toEqual([5, 3, 1]);
  });

  it('keeps this browser’s copy on a tie, and prefers any dated review over a card never reviewed', () => {
    const { last_review: _unset, ...neverReviewed } = reviewed(MONDAY_9AM, 7);
    const current = { ...emptyProgress(), cards: { tie: reviewed(MONDAY_9AM, 5), undated: neverReviewed, dated: reviewed(MONDAY_9AM, 4) } };
    const incoming = { ...emptyProgress(), cards: { tie: reviewed(MONDAY_9AM, 9), undated: reviewed(MONDAY_9AM, 1), dated: neverReviewed } };
    const merged = mergeProgress(current, incoming);
    expect([merged.cards['tie']?.reps, merged.cards['undated']?.reps, merged.cards['dated']?.reps]).toEqual([5, 1, 4]);
  });

  it('keeps this browser’s notes when both copies were edited at the same moment', () => {
    const current = editNotes(emptyProgress(), 'a', { situation: 'here' }, MONDAY_9AM);
    const incoming = editNotes(emptyProgress(), 'a', { situation: 'there' }, MONDAY_9AM);
    expect(notesFor(mergeProgress(current, incoming), 'a').star.situation).toBe('here');
  });

  it('treats the same review at the same moment as one, even written differently, and keeps different grades apart', () => {
    const base = recordReview(emptyProgress(), 'a', Rating.Good, MONDAY_9AM, 'drill');
    const rewritten = { ...base, log: base.log.map((e) => ({ ...e, reviewedAt: e.reviewedAt.replace('.000Z', 'Z') })) };
    expect(mergeProgress(base, rewritten).log).toHaveLength(1);
    const otherGrade = recordReview(emptyProgress(), 'a', Rating.Hard, MONDAY_9AM, 'drill');
    const otherMode = recordReview(emptyProgress(), 'a', Rating.Good, MONDAY_9AM, 'mock');
    expect(mergeProgress(mergeProgress(base, otherGrade), otherMode).log).toHaveLength(3);
  });

  it('joins both review logs in time order without counting a review twice', () => {
    const shared = recordReview(emptyProgress(), 'a', Rating.Good, MONDAY_9AM, 'drill');
    const current = recordReview(shared, 'b', Rating.Hard, at(MONDAY_9AM, minutes(5)), 'drill');
    const incoming = recordReview(shared, 'c', Rating.Easy, at(MONDAY_9AM, minutes(2)), 'mock');
    expect(mergeProgress(current, incoming).log.map((e) => e.questionId)).toEqual(['a', 'c', 'b']);
  });

  it('keeps current notes and stories unless the incoming copy was edited later', () => {
    let current = editNotes(emptyProgress(), 'a', { situation: 'here, older' }, MONDAY_9AM);
    current = editNotes(current, 'b', { situation: 'here, newer' }, at(MONDAY_9AM, days(2)));
    current = createStory(current, 's', { title: 'here' }, MONDAY_9AM);
    let incoming = editNotes(emptyProgress(), 'a', { situation: 'there, newer' }, at(MONDAY_9AM, days(1)));
    incoming = editNotes(incoming, 'b', { situation: 'there, older' }, at(MONDAY_9AM, days(1)));
    incoming = editNotes(incoming, 'c', { situation: 'only there' }, MONDAY_9AM);
    incoming = createStory(incoming, 's', { title: 'there' }, MONDAY_9AM);
    const merged = mergeProgress(current, incoming);
    expect(['a', 'b', 'c'].map((id) => notesFor(merged, id).star.situation)).toEqual(['there, newer', 'here, newer', 'only there']);
    expect(merged.stories['s']?.title).toBe('here');
  });

  it('keeps a shared story attached everywhere after the merge', () => {
    let current = createStory(emptyProgress(), 's', { title: 'Story' }, MONDAY_9AM);
    current = attachStory(current, 's', 'a', MONDAY_9AM);
    let incoming = createStory(emptyProgress(), 's', { title: 'Story' }, MONDAY_9AM);
    incoming = attachStory(incoming, 's', 'b', MONDAY_9AM);
    incoming = editStory(incoming, 's', { result: 'Better result' }, at(MONDAY_9AM, days(1)));
    const merged = mergeProgress(current, incoming);
    expect(merged.stories['s']?.questionIds).toEqual(['a', 'b']);
    expect(notesFor(merged, 'a').star.result).toBe('Better result');
  });

  it('keeps this browser’s settings and interview date, taking the incoming date only to fill a gap', () => {
    const current = { ...emptyProgress(), settings: { newPerDay: 3, reviewsPerDay: 50, mockLength: 10 as const, readAloud: false, speechRate: 1.25, countdownSeconds: 90 } };
    const incoming = { ...emptyProgress(), interviewDate: '2025-03-07T14:00:00.000Z' };
    const merged = mergeProgress(current, incoming);
    expect(merged.settings).toEqual(current.settings);
    expect(merged.interviewDate).toBe('2025-03-07T14:00:00.000Z');
    expect(mergeProgress({ ...current, interviewDate: '2025-04-01T14:00:00.000Z' }, incoming).interviewDate).toBe('2025-04-01T14:00:00.000Z');
  });
});

// Arbitrary valid progress states, shaped like what the drill writes.
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const id = fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2100-01-01T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const positive = fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0); // + 0 turns -0 into 0, as JSON does
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const star = { situation: text, task: text, action: text, result: text };

const cardArb = fc.record(
  {
    due: iso,
    stability: positive,
    difficulty: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
    elapsed_days: fc.nat(400),
    scheduled_days: fc.nat(400),
    learning_steps: fc.nat(3),
    reps: fc.nat(100),
    lapses: fc.nat(20),
    state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
    last_review: iso,
  },
  { requiredKeys: ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] },
);

const progressArb: fc.Arbitrary<Progress> = fc
  .record(
    {
      cards: fc.dictionary(id, cardArb, { maxKeys: 6 }),
      log: fc.array(
        fc.record({ questionId: id, rating: fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), reviewedAt: iso, mode: fc.constantFrom(...REVIEW_MODES) }),
        { maxLength: 10 },
      ),
      notes: fc.dictionary(id, fc.record({ ...star, storyId: id, updatedAt: iso }, { requiredKeys: ['situation', 'task', 'action', 'result'] }), { maxKeys: 4 }),
      stories: fc.dictionary(id, fc.record({ title: text, ...star, questionIds: fc.constant<string[]>([]), updatedAt: iso }, { requiredKeys: ['title', 'situation', 'task', 'action', 'result', 'questionIds'] }), { maxKeys: 3 }),
      interviewDate: iso,
      custom: fc.dictionary(
        id,
        fc.record({
          text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t.length > 0),
          purpose: text,
          category: fc.constantFrom('behavioral' as const, 'situational' as const, 'technical' as const),
          skills: fc.array(id, { maxLength: 3 }),
          strongAnswer: fc.array(text, { maxLength: 3 }),
          pitfalls: fc.array(text, { maxLength: 3 }),
          followUps: fc.array(text, { maxLength: 2 }),
          createdAt: iso,
          updatedAt: iso,
        }),
        { maxKeys: 3 },
      ),
      settings: fc.record({ newPerDay: fc.nat(1000), reviewsPerDay: fc.integer({ min: 1, max: 10_000 }), mockLength: fc.constantFrom(5 as const, 10 as const), readAloud: fc.boolean(), speechRate: fc.constantFrom(0.75, 1, 1.5), countdownSeconds: fc.nat(3600) }),
    },
    { requiredKeys: ['cards', 'custom', 'log', 'notes', 'stories', 'settings'] },
  )
  // Story links are derived from the notes; a canonical state has them in step.
  .map((p) => syncStoryLinks(p));

describe('properties', () => {
  it('export then import gives back exactly the progress exported', () => {
    fc.assert(
      fc.property(progressArb, iso, (progress, exportedAt) => {
        // Imported as of the last instant a Date can hold, so no time in the file is in the future.
        const result = parseImport(fileText(progress, new Date(exportedAt)), { now: new Date(8.64e15) });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.progress).toEqual(progress);
          expect(result.summary).toMatchObject({ cards: Object.keys(progress.cards).length, reviews: progress.log.length, exportedAt });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says which part of a damaged file is wrong, and never calls JSON "not JSON"', () => {
    // parseImport catches everything, so "does not throw" proves nothing. What a user notices is the
    // message: JSON input must get a specific reason (kind, newer, or where the damage is), because a
    // bug that throws inside validation would otherwise surface as the catch-all "not JSON".
    const header = ['app', 'kind', 'version'] as const;
    const damagedExport = fc
      .tuple(progressArb, fc.constantFrom('app', 'kind', 'version', 'occupation', 'exportedAt', 'progress'), fc.jsonValue())
      .map(([progress, key, value]) => ({ key, text: JSON.stringify({ ...exportProgress(progress, OCCUPATION, MONDAY_9AM), [key]: value }) }));
    const damagedProgress = fc
      .tuple(progressArb, fc.constantFrom('cards', 'custom', 'log', 'notes', 'stories', 'interviewDate', 'settings'), fc.jsonValue())
      .map(([progress, key, value]) => ({ key: `progress › ${key}`, text: JSON.stringify(exportProgress({ ...progress, [key]: value } as Progress, OCCUPATION, MONDAY_9AM)) }));
    fc.assert(
      fc.property(fc.oneof(damagedExport, damagedProgress), ({ key, text }) => {
        const result = parseImport(text);
        if (result.ok) {
          // Accepted only when the replacement still is valid progress.
          expect(progressSchema.safeParse(result.progress).success).toBe(true);
          return;
        }
        expect(result.error).not.toBe(IMPORT_MESSAGES.notJson);
        if ((header as readonly string[]).includes(key)) {
          expect(result.error === IMPORT_MESSAGES.wrongKind || result.error.startsWith('This file was exported by a newer version')).toBe(true);
        } else {
          expect(result.error).toContain(`Problem at ${key}`);
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseImport(text);
        let isJson = true;
        try {
          JSON.parse(text);
        } catch {
          isJson = false;
        }
        if (!isJson) expect(result).toEqual({ ok: false, error: IMPORT_MESSAGES.notJson });
        else expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('merging keeps every review of both sides exactly once', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (current, incoming) => {
        const merged = mergeProgress(current, incoming);
        const key = (e: Progress['log'][number]) => `${e.questionId}|${e.reviewedAt}|${e.rating}|${e.mode}`;
        const expected = new Set([...current.log, ...incoming.log].map(key));
        expect(merged.log.map(key).sort()).toEqual([...expected].sort());
        expect(Object.keys(merged.cards).sort()).toEqual([...new Set([...Object.keys(current.cards), ...Object.keys(incoming.cards)])].sort());
      }),
    );
  });
});
