/**
 * What this browser remembers about looking after the reader's data: when they last backed up,
 * when they first saved progress, when they put the backup reminder off. Kept under its own key
 * (`csr-guide:v1:meta:device`), never carried to another device by a backup or a transfer.
 */
import { storageKey } from '../storage';

export const DEVICE_KEY = storageKey('meta', 'device');
export const REMINDER_AFTER_DAYS = 7;
const DAY = 86_400_000;

export interface DeviceMeta {
  /** First save of a review or an assessment in this browser. */
  firstSavedAt?: string;
  /** Last export, backup or transfer link made here. */
  lastBackupAt?: string;
  /** When the reader last dismissed the backup reminder. */
  reminderDismissedAt?: string;
}

function isoOrUndefined(value: unknown, now: Date): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const time = Date.parse(value);
  // A date from the future (a clock set wrong, a hand edit) would silence the reminder for ever.
  return Number.isFinite(time) && time <= now.getTime() + DAY ? new Date(time).toISOString() : undefined;
}

/** Reads the stored text; anything unreadable counts as nothing remembered. */
export function readDeviceMeta(raw: string | null, now: Date): DeviceMeta {
  if (raw === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null) return {};
  const record = json as Record<string, unknown>;
  const meta: DeviceMeta = {};
  for (const field of ['firstSavedAt', 'lastBackupAt', 'reminderDismissedAt'] as const) {
    const value = Object.hasOwn(record, field) ? isoOrUndefined(record[field], now) : undefined;
    if (value !== undefined) meta[field] = value;
  }
  return meta;
}

/** Practicing for a week without a backup since, and the reminder not put off in that week. */
export function shouldRemind(meta: DeviceMeta, now: Date): boolean {
  const since = (iso: string | undefined) => (iso === undefined ? Number.POSITIVE_INFINITY : (now.getTime() - Date.parse(iso)) / DAY);
  if (meta.firstSavedAt === undefined || since(meta.firstSavedAt) < REMINDER_AFTER_DAYS) return false;
  if (since(meta.lastBackupAt) < REMINDER_AFTER_DAYS) return false;
  return since(meta.reminderDismissedAt) >= REMINDER_AFTER_DAYS;
}

export function noteFirstSave(meta: DeviceMeta, now: Date): DeviceMeta {
  return meta.firstSavedAt === undefined ? { ...meta, firstSavedAt: now.toISOString() } : meta;
}

export function noteBackup(meta: DeviceMeta, now: Date): DeviceMeta {
  return { ...meta, lastBackupAt: now.toISOString() };
}

export function dismissReminder(meta: DeviceMeta, now: Date): DeviceMeta {
  return { ...meta, reminderDismissedAt: now.toISOString() };
}

export type Persistence = 'persisted' | 'may-clear' | 'unknown';

/** What "Your data" says about how long this browser keeps the data. */
export function persistenceText(state: Persistence): { label: string; advice: string | null } {
  if (state === 'persisted') return { label: 'Kept until you delete it', advice: null };
  if (state === 'may-clear') {
    return {
      label: 'The browser may clear this',
      advice:
        'Browsers may delete site data to free space, and Safari deletes it after 7 days without a visit unless the site is installed. Install the site (Add to Home Screen) or back up everything now and then.',
    };
  }
  return { label: 'The browser may clear this', advice: 'This browser does not say how long it keeps site data. Back up everything now and then to be safe.' };
}
