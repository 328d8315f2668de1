/**
 * Versioned, fault-tolerant browser storage for user state (drill progress, self-assessment).
 *
 * Nothing here throws: storage can be missing, blocked (SecurityError), full (QuotaExceededError),
 * hold text we cannot read, or hold data written by a newer version of the site. Each case comes
 * back as a result with a plain-English message for the user, so an island can always render.
 */
import type { z } from 'zod/mini';

/** The parts of the Web Storage API we use, so tests and islands can pass any look-alike. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * A storage object, or a function returning one: `() => window.localStorage` can itself throw
 * SecurityError when the browser blocks site data, so the lookup must happen inside our guard.
 */
export type StorageSource = StorageLike | null | undefined | (() => StorageLike | null | undefined);

export const STORAGE_NAMESPACE = 'csr-guide';
/** The generation of the key scheme; the data format has its own version inside the envelope. */
export const KEY_GENERATION = 'v1';

/** `csr-guide:v1:drill:customer-service-representative` */
export function storageKey(kind: string, id: string): string {
  return `${STORAGE_NAMESPACE}:${KEY_GENERATION}:${kind}:${id}`;
}

/** Where unreadable text is kept aside: the time makes every backup unique and sortable. */
export function backupKey(key: string, now: Date): string {
  return `${key}:backup:${now.toISOString()}`;
}

export const STORAGE_MESSAGES = {
  recovered:
    'Your saved progress could not be read, so you are starting fresh. ' +
    'A copy of the old data has been kept in this browser; nothing was deleted.',
  recoveredNoBackup:
    'Your saved progress could not be read, and there was no room to keep a copy of it, ' +
    'so it has been left untouched. Progress from this visit will not be saved.',
  newer:
    'Your progress was saved by a newer version of this site. To keep it safe, this page will not ' +
    'change it: reload the page to get the latest version. Progress from this visit will not be saved.',
  unavailable:
    'This browser is not letting the site store data (storage is turned off, blocked or missing), ' +
    'so your progress will not be kept after you leave this page.',
  quota:
    'Your browser’s storage for this site is full, so your latest progress was not saved. ' +
    'Export your progress to keep a copy, or free some space and try again.',
  failed: 'Your progress could not be saved in this browser. Export your progress to keep a copy.',
} as const;

export interface Envelope<T = unknown> {
  version: number;
  savedAt: string;
  data: T;
}

/**
 * The envelope is checked by hand, not with a schema: saving and "is anything stored?" then need
 * no validator, so a first visit never downloads one (the data inside is checked with Zod).
 */
function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'data')) return false;
  const { version, savedAt, data } = value as Record<string, unknown>;
  return Number.isInteger(version) && (version as number) > 0 && typeof savedAt === 'string' && data !== undefined;
}

export type LoadResult<T> =
  /** Nothing stored yet. */
  | { status: 'empty'; value: T; canSave: true }
  /** Stored data read and validated; `fromVersion` below the current one means it was migrated. */
  | { status: 'ok'; value: T; canSave: true; savedAt: string; fromVersion: number }
  /** Unreadable data was kept aside under `backupKey` (null when even that failed). */
  | { status: 'recovered'; value: T; canSave: boolean; backupKey: string | null; message: string }
  /** Written by newer code: never overwrite it. */
  | { status: 'newer'; value: T; canSave: false; storedVersion: number; message: string }
  /** No usable storage: the caller works in memory. */
  | { status: 'unavailable'; value: T; canSave: false; message: string };

export interface LoadOptions<T> {
  /** Names the backup key, should the stored text be unreadable. */
  now: Date;
  /** The value to work with when nothing usable is stored. */
  fallback: () => T;
  /** Lifts data of an older version to the current shape before validation; may throw. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
}

export type SaveResult =
  | { ok: true }
  | { ok: false; reason: 'quota' | 'unavailable' | 'newer'; message: string };

function resolve(source: StorageSource): StorageLike | null {
  try {
    const storage = typeof source === 'function' ? source() : source;
    return storage ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Firefox used its own name, and older engines only set the legacy code (22, or 1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

type Stored = { kind: 'none' } | { kind: 'unreadable'; raw: string } | { kind: 'envelope'; raw: string; envelope: Envelope };

function inspect(raw: string | null): Stored {
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  if (!isEnvelope(json)) return { kind: 'unreadable', raw };
  return { kind: 'envelope', raw, envelope: { version: json.version, savedAt: json.savedAt, data: json.data } };
}

/** Copies text aside and reads it back, because a copy we have not verified is not a copy. */
function keepAside(storage: StorageLike, key: string, raw: string, now: Date): string | null {
  const target = backupKey(key, now);
  try {
    storage.setItem(target, raw);
    return storage.getItem(target) === raw ? target : null;
  } catch {
    return null;
  }
}

/**
 * Reads `key`, checks its envelope and version, and validates the data with `schema`. Schema
 * defaults fill fields missing from older records, so partial data is kept rather than discarded.
 */
export function loadState<T>(
  source: StorageSource,
  key: string,
  schema: z.ZodMiniType<T>,
  version: number,
  options: LoadOptions<T>,
): LoadResult<T> {
  const storage = resolve(source);
  if (!storage) return { status: 'unavailable', value: options.fallback(), canSave: false, message: STORAGE_MESSAGES.unavailable };

  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable', value: options.fallback(), canSave: false, message: STORAGE_MESSAGES.unavailable };
  }

  const stored = inspect(raw);
  if (stored.kind === 'none') return { status: 'empty', value: options.fallback(), canSave: true };

  const recover = (text: string): LoadResult<T> => {
    const kept = keepAside(storage, key, text, options.now);
    if (kept === null) {
      return { status: 'recovered', value: options.fallback(), canSave: false, backupKey: null, message: STORAGE_MESSAGES.recoveredNoBackup };
    }
    // The copy is verified, so the unreadable original can go: otherwise every visit would
    // report it again and leave yet another backup behind.
    try {
      storage.removeItem(key);
    } catch {
      // Harmless: saving later backs up whatever unreadable text it finds before overwriting it.
    }
    return { status: 'recovered', value: options.fallback(), canSave: true, backupKey: kept, message: STORAGE_MESSAGES.recovered };
  };

  if (stored.kind === 'unreadable') return recover(stored.raw);

  const { envelope } = stored;
  if (envelope.version > version) {
    return { status: 'newer', value: options.fallback(), canSave: false, storedVersion: envelope.version, message: STORAGE_MESSAGES.newer };
  }

  let data = envelope.data;
  if (envelope.version < version && options.migrate) {
    try {
      data = options.migrate(data, envelope.version);
    } catch {
      return recover(stored.raw);
    }
  }

  const parsed = schema.safeParse(data);
  if (!parsed.success) return recover(stored.raw);
  return { status: 'ok', value: parsed.data, canSave: true, savedAt: envelope.savedAt, fromVersion: envelope.version };
}

/**
 * Guards the key before writing to it: data from a newer version is refused, and text we cannot
 * read is kept aside first, so a save never destroys what it does not understand.
 */
function guard(storage: StorageLike, key: string, version: number, now: Date): SaveResult {
  const stored = inspect(storage.getItem(key));
  if (stored.kind === 'envelope' && stored.envelope.version > version) {
    return { ok: false, reason: 'newer', message: STORAGE_MESSAGES.newer };
  }
  if (stored.kind === 'unreadable' && keepAside(storage, key, stored.raw, now) === null) {
    return { ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota };
  }
  return { ok: true };
}

function failure(error: unknown): SaveResult {
  if (isQuotaError(error)) return { ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota };
  return { ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable };
}

/** True when `key` holds anything at all, so a first visit can skip loading the validator. Never throws. */
export function hasStored(source: StorageSource, key: string): boolean {
  const storage = resolve(source);
  if (!storage) return false;
  try {
    return storage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** Writes `{ version, savedAt, data }` under `key`. Never throws. */
export function saveState(source: StorageSource, key: string, value: unknown, version: number, now: Date): SaveResult {
  const storage = resolve(source);
  if (!storage) return { ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable };
  try {
    const guarded = guard(storage, key, version, now);
    if (!guarded.ok) return guarded;
    const envelope: Envelope = { version, savedAt: now.toISOString(), data: value };
    storage.setItem(key, JSON.stringify(envelope));
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** Removes `key` (for "Reset"), under the same guard as saving. Never throws. */
export function clearState(source: StorageSource, key: string, version: number, now: Date): SaveResult {
  const storage = resolve(source);
  if (!storage) return { ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable };
  try {
    const guarded = guard(storage, key, version, now);
    if (!guarded.ok) return guarded;
    storage.removeItem(key);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** Backup keys kept for `key`, oldest first, so the user can be offered their old data. */
export function listBackups(source: StorageSource, key: string): string[] {
  const storage = resolve(source);
  if (!storage) return [];
  const prefix = `${key}:backup:`;
  const found: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const name = storage.key(i);
      if (name !== null && name.startsWith(prefix)) found.push(name);
    }
  } catch {
    return [];
  }
  return found.sort();
}
