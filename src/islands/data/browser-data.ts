/**
 * Reading and writing every piece of progress this site keeps, for the backup and the device
 * transfer (rules in src/lib/sync). Never throws: a problem is a message, and what could not be
 * written is named.
 */
import { collectEntries, planRestore, type RestoreMode } from '../../lib/sync/backup';
import { randomEpochId, startEpoch } from '../../lib/sync/epoch';
import { saveState, storageKey, type Envelope } from '../../lib/storage';

export function allEntries(): Record<string, Envelope> {
  try {
    return collectEntries(window.localStorage);
  } catch {
    return {};
  }
}

export type RestoreResult = { ok: true; written: number } | { ok: false; message: string; written: number };

/** Writes a restore key by key; other tabs hear each write as a `storage` event and merge it in. */
export function restore(incoming: Record<string, Envelope>, mode: RestoreMode): RestoreResult {
  const now = new Date();
  const plan = planRestore(allEntries(), incoming, mode, startEpoch(now, randomEpochId()));
  let written = 0;
  for (const [key, envelope] of Object.entries(plan)) {
    const saved = saveState(() => window.localStorage, key, envelope.data, envelope.version, now);
    if (!saved.ok) return { ok: false, message: `${saved.message} ${written} of ${Object.keys(plan).length} parts were restored before this.`, written };
    written += 1;
  }
  return { ok: true, written };
}

/** Parts of a split transfer read so far, kept until the last one arrives (never backed up). */
export function partsKey(check: string): string {
  return storageKey('transfer-parts', check);
}
