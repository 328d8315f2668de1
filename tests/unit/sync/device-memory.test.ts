/** What this browser remembers about backups, read back from storage, and what Your data says about keeping it. */
import { describe, expect, it } from 'vitest';
import { noteFirstSave, persistenceText, readDeviceMeta, shouldRemind } from '../../../src/lib/sync/device';

const NOW = new Date('2025-03-10T12:00:00.000Z');

describe('reading what this browser remembers', () => {
  it('remembers nothing when nothing or something other than a record was stored', () => {
    for (const raw of [null, 'null', '42', '"text"', '[]', 'not json']) expect(readDeviceMeta(raw, NOW), String(raw)).toEqual({});
  });

  it('reads each date it knows, written the same way whatever way it was stored', () => {
    const raw = JSON.stringify({ firstSavedAt: '2025-03-01T12:00:00Z', lastBackupAt: '2025-03-05T08:30:00.000+01:00', reminderDismissedAt: '2025-03-09T00:00:00.000Z', other: 'x' });
    expect(readDeviceMeta(raw, NOW)).toEqual({ firstSavedAt: '2025-03-01T12:00:00.000Z', lastBackupAt: '2025-03-05T07:30:00.000Z', reminderDismissedAt: '2025-03-09T00:00:00.000Z' });
  });

  it('drops a date that is not a date, too long to be one, or more than a day ahead of this clock', () => {
    const raw = (v: unknown) => JSON.stringify({ firstSavedAt: '2025-03-01T12:00:00.000Z', lastBackupAt: v });
    for (const bad of [5, 'soon', `2025-03-05T08:30:00.000Z${' '.repeat(30)}`, '2025-03-11T12:00:01.000Z'])
      expect(readDeviceMeta(raw(bad), NOW), String(bad)).toEqual({ firstSavedAt: '2025-03-01T12:00:00.000Z' });
    // Up to a day ahead is a clock a little off, and kept.
    expect(readDeviceMeta(raw('2025-03-11T12:00:00.000Z'), NOW).lastBackupAt).toBe('2025-03-11T12:00:00.000Z');
  });

  it('keeps the first save’s date once it has one', () => {
    const meta = noteFirstSave({}, new Date('2025-03-01T12:00:00.000Z'));
    expect(noteFirstSave(meta, NOW)).toEqual({ firstSavedAt: '2025-03-01T12:00:00.000Z' });
    expect(shouldRemind(noteFirstSave(meta, NOW), NOW)).toBe(true);
  });
});

describe('how long this browser keeps the data', () => {
  it('says it is kept, may be cleared, or that the browser does not say, with advice where it may be lost', () => {
    expect(persistenceText('persisted')).toEqual({ label: 'Kept until you delete it', advice: null });
    const mayClear = persistenceText('may-clear');
    expect(mayClear.label).toBe('The browser may clear this');
    expect(mayClear.advice).toMatch(/Safari deletes it after 7 days.*back up everything/);
    const unknown = persistenceText('unknown');
    expect(unknown.label).toBe('The browser may clear this');
    expect(unknown.advice).toMatch(/does not say how long/);
    expect(unknown.advice).not.toBe(mayClear.advice);
  });
});
