import { describe, expect, it } from 'vitest';
import { dismissReminder, noteBackup, noteFirstSave, readDeviceMeta, shouldRemind } from '../../../src/lib/sync/device';

const day = (n: number) => new Date(Date.UTC(2025, 2, 3 + n, 14));

describe('the weekly backup reminder', () => {
  it('appears after a week of practice without a backup, and not before', () => {
    const meta = noteFirstSave({}, day(0));
    expect(shouldRemind(meta, day(6))).toBe(false);
    expect(shouldRemind(meta, day(7))).toBe(true);
    expect(shouldRemind({}, day(30))).toBe(false);
  });

  it('goes away for a week when dismissed, and for a week after a backup', () => {
    const meta = noteFirstSave({}, day(0));
    expect(shouldRemind(dismissReminder(meta, day(8)), day(14))).toBe(false);
    expect(shouldRemind(dismissReminder(meta, day(8)), day(15))).toBe(true);
    expect(shouldRemind(noteBackup(meta, day(9)), day(15))).toBe(false);
    expect(shouldRemind(noteBackup(meta, day(9)), day(16))).toBe(true);
  });

  it('treats unreadable or future dates as nothing remembered', () => {
    expect(readDeviceMeta('{', day(0))).toEqual({});
    expect(readDeviceMeta(JSON.stringify({ firstSavedAt: day(0).toISOString(), lastBackupAt: day(400).toISOString(), __proto__: 1 }), day(10))).toEqual({
      firstSavedAt: day(0).toISOString(),
    });
  });
});
