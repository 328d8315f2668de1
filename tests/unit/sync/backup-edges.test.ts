/** What the Your data page tells a reader about a backup file, and what a restore writes. */
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { backupFileName, parseBackup, planRestore, withoutNotes } from '../../../src/lib/sync/backup';
import { MONDAY_9AM } from '../drill/fixtures';

const DRILL = 'csr-guide:v1:drill:teller';
const TYPING = 'csr-guide:v1:practice:typing';
const EPOCH = { id: 'restore1', at: '2025-03-04T10:00:00.000Z' };
const reviewed = recordReview(emptyProgress(), 'angry-customer', 3, MONDAY_9AM, 'drill');
const backup = (entries: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'csr-guide', kind: 'backup', version: 1, exportedAt: '2025-03-03T09:00:00.000Z', entries, ...extra });
const refusal = (text: string) => {
  const parsed = parseBackup(text);
  return parsed.ok ? null : parsed.error;
};

describe('a backup file', () => {
  it('is named after the day it was made', () => {
    expect(backupFileName(new Date('2025-03-03T23:30:00.000Z'))).toBe('csr-guide-backup-2025-03-03.json');
  });

  it('says when it was made, and leaves that blank when the file does not say', () => {
    const entries = { [TYPING]: { version: 1, savedAt: '2025-03-02T08:00:00.000Z', data: { bestWpm: 61 } } };
    const parsed = parseBackup(backup(entries));
    expect(parsed.ok && parsed.exportedAt).toBe('2025-03-03T09:00:00.000Z');
    expect(parsed.ok && parsed.items.map((i) => [i.key, i.savedAt])).toEqual([[TYPING, '2025-03-02T08:00:00.000Z']]);
    const undated = parseBackup(backup(entries, { exportedAt: 12 }));
    expect(undated.ok && undated.exportedAt).toBe('');
  });

  it('reads an old per-island export with the date it was exported', () => {
    const text = JSON.stringify({ app: 'csr-guide', kind: 'drill-progress', version: 1, occupation: 'teller', exportedAt: '2025-02-01T00:00:00.000Z', progress: reviewed });
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.items.map((i) => [i.key, i.savedAt])).toEqual([[DRILL, '2025-02-01T00:00:00.000Z']]);
    const undated = parseBackup(JSON.stringify({ app: 'csr-guide', kind: 'drill-progress', version: 1, occupation: 'teller', progress: reviewed }));
    expect(undated.ok && undated.items[0]!.savedAt).toBe('');
  });

  it('refuses an old export that names no occupation, or of a kind this site never made', () => {
    expect(refusal(JSON.stringify({ app: 'csr-guide', kind: 'drill-progress', version: 1, progress: reviewed }))).toMatch(/not a backup or progress file/);
    expect(refusal(JSON.stringify({ app: 'csr-guide', kind: 'typing-scores', version: 1, occupation: 'teller' }))).toMatch(/not a backup or progress file/);
  });

  it('refuses entries that are not a set of saved data, saying where', () => {
    for (const entries of [[], null, 'x'])
      expect(refusal(backup(entries))).toBe('This file is damaged, so nothing was restored. Problem at entries: must be a list of saved data.');
    expect(refusal(backup({ [DRILL]: 5 }))).toBe(`This file is damaged, so nothing was restored. Problem at entries › ${DRILL}: is not saved data.`);
    expect(refusal(backup({ [DRILL]: { version: 1, savedAt: '' } }))).toMatch(/entries › csr-guide:v1:drill:teller: is not saved data/);
  });

  it('names the field of a damaged entry, and cuts a long unknown name short', () => {
    const bad = { ...reviewed, log: [{ ...reviewed.log[0], rating: 9 }] };
    expect(refusal(backup({ [DRILL]: { version: 1, savedAt: '', data: bad } }))).toMatch(/^This file is damaged, so nothing was restored\. Problem at csr-guide:v1:drill:teller › log › item 1 › rating: /);
    const long = `evil:${'x'.repeat(200)}`;
    expect(refusal(backup({ [long]: { version: 1, savedAt: '', data: {} } }))).toBe(`This file is damaged, so nothing was restored. Problem at entries › ${long.slice(0, 80)}: is not a name this site stores data under.`);
  });
});

describe('restoring', () => {
  const typing = (wpm: number, savedAt: string) => ({ version: 1, savedAt, data: { bestWpm: wpm } });

  it('keeps the later copy of data this page cannot merge, whichever side it is on', () => {
    const older = typing(40, '2025-03-01T00:00:00.000Z');
    const newer = typing(61, '2025-03-02T00:00:00.000Z');
    expect(planRestore({ [TYPING]: older }, { [TYPING]: newer }, 'merge', EPOCH)[TYPING]).toEqual(newer);
    expect(planRestore({ [TYPING]: newer }, { [TYPING]: older }, 'merge', EPOCH)[TYPING]).toEqual(newer);
    // Saved at the same moment: what is here stays.
    expect(planRestore({ [TYPING]: newer }, { [TYPING]: typing(70, newer.savedAt) }, 'merge', EPOCH)[TYPING]).toEqual(newer);
  });

  it('replaces data it cannot merge with the file’s copy as it is, with no stamp added', () => {
    const plan = planRestore({ [TYPING]: typing(40, '2025-03-02T00:00:00.000Z') }, { [TYPING]: typing(61, '2025-03-01T00:00:00.000Z') }, 'replace', EPOCH);
    expect(plan[TYPING]).toEqual(typing(61, '2025-03-01T00:00:00.000Z'));
  });

  it('writes nothing for a name this site does not store under', () => {
    expect(planRestore({}, { 'evil:key': typing(1, '') }, 'merge', EPOCH)).toEqual({});
  });

  it('leaves out notes only from data it can read, and keeps the rest whole', () => {
    const damaged = { version: 1, savedAt: '', data: { log: 'not a log', notes: { q: { situation: 'mine' } } } };
    const other = { version: 1, savedAt: '', data: { notes: 'kept' } };
    expect(withoutNotes({ [DRILL]: damaged, 'evil:key': other })).toEqual({ [DRILL]: damaged, 'evil:key': other });
  });
});
