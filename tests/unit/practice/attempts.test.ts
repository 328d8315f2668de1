import { describe, expect, it } from 'vitest';
import { addAttempt, emptyPractice, exportPractice, mergeAttempts, PRACTICE_KEY, type Attempt } from '../../../src/lib/practice/attempts';
import { parsePracticeImport, practiceSchema } from '../../../src/lib/practice/attempts-schema';

const typing = (at: string, net: number): Attempt => ({
  test: 'typing', at, occupation: 'customer-service-representative', passage: 'delayed-order-email', minutes: 5, characters: 1000,
  gross: 40, net, errors: 2, accuracy: 0.98, perMinute: [40, 40, 40, 40, 40], sanDiego: 39.2, iowa: 38,
});
const sjt: Attempt = { test: 'sjt', at: '2026-11-02T10:00:00.000Z', occupation: 'teller', total: 30, max: 40, answered: 10, weak: ['empathy'] };

describe('practice attempts', () => {
  it('are kept under one versioned key', () => {
    expect(PRACTICE_KEY).toBe('csr-guide:v1:practice');
  });

  it('are kept oldest first, and the same attempt twice is kept once', () => {
    let state = addAttempt(emptyPractice(), typing('2026-11-03T10:00:00.000Z', 38));
    state = addAttempt(state, sjt);
    state = addAttempt(state, typing('2026-11-03T10:00:00.000Z', 38));
    expect(state.attempts.map((a) => a.test)).toEqual(['sjt', 'typing']);
  });

  it('survive an export and an import, merged without duplicates', () => {
    const mine = addAttempt(emptyPractice(), typing('2026-11-03T10:00:00.000Z', 38));
    const file = exportPractice(addAttempt(mine, sjt), new Date('2026-11-04T00:00:00Z'));
    const read = parsePracticeImport(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(mergeAttempts(mine.attempts, read.attempts).attempts).toHaveLength(2);
  });

  it('refuse a damaged file with the place of the damage, and a file of another kind', () => {
    const file = JSON.parse(exportPractice({ attempts: [sjt] }, new Date('2026-11-04T00:00:00Z')));
    file.attempts[0].total = -1;
    const damaged = parsePracticeImport(JSON.stringify(file));
    expect(damaged).toEqual({ ok: false, error: expect.stringContaining('Problem at attempts › item 1 › total') });
    expect(parsePracticeImport('{"app":"csr-guide","kind":"drill","version":1}')).toEqual({ ok: false, error: expect.stringContaining('not a practice results file') });
    expect(parsePracticeImport('not json')).toMatchObject({ ok: false });
  });

  it('check what storage returns, filling a missing list', () => {
    expect(practiceSchema.safeParse({}).data).toEqual({ attempts: [] });
    expect(practiceSchema.safeParse({ attempts: [{ test: 'typing' }] }).success).toBe(false);
  });
});
