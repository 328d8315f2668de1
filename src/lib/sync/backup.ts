/**
 * "Back up everything": one file with every piece of progress this site keeps in the browser
 * (every `csr-guide:v1:…` key: each occupation's drill and self-assessment, and whatever later
 * features store there), and the one restore that reads it, or any older per-island export.
 * Never throws: every problem comes back as a message, and nothing changes until the reader
 * confirms.
 */
import { z } from 'zod/mini';
import { KEY_GENERATION, STORAGE_NAMESPACE, type Envelope, type StorageLike } from '../storage';
import { describePath, serialiseExport } from '../transfer-file';
import { kindOf } from './kinds';

export const BACKUP_APP = 'csr-guide';
export const BACKUP_KIND = 'backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup; refusing early keeps a stray file from freezing the page. */
export const MAX_BACKUP_CHARS = 10_000_000;

const PREFIX = `${STORAGE_NAMESPACE}:${KEY_GENERATION}:`;
/** Kept per device, never carried across: when this browser last backed up, half-received transfers. */
export const LOCAL_ONLY_KINDS = new Set(['meta', 'transfer-parts']);
/** `csr-guide:v1:<kind>:<id>`, lower-case words; `:backup:` copies of unreadable data stay here. */
const KEY = /^csr-guide:v1:([a-z][a-z0-9-]{0,40})(?::[a-z0-9][a-z0-9-]{0,120})*$/;

/** `{ kind, id }` of a key this backup carries, or null for one it leaves alone. */
export function parseKey(key: string): { kind: string; id: string } | null {
  if (key.length > 300 || key.includes(':backup:')) return null;
  const match = KEY.exec(key);
  if (!match?.[1] || LOCAL_ONLY_KINDS.has(match[1])) return null;
  return { kind: match[1], id: key.slice(PREFIX.length + match[1].length + 1) };
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  version: number;
  exportedAt: string;
  /** Stored values as they are kept, by storage key. */
  entries: Record<string, Envelope>;
}

const envelopeSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  savedAt: z.string().check(z.maxLength(40)),
  data: z.unknown(),
});

/** Every key this site keeps, read from storage; values that are not our envelope are left out. */
export function collectEntries(storage: StorageLike): Record<string, Envelope> {
  const entries: Record<string, Envelope> = {};
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && parseKey(key)) keys.push(key);
  }
  for (const key of keys.sort()) {
    const raw = storage.getItem(key);
    if (raw === null) continue;
    try {
      const parsed = envelopeSchema.safeParse(JSON.parse(raw));
      if (parsed.success && parsed.data.data !== undefined) entries[key] = parsed.data as Envelope;
    } catch {
      // Unreadable text is the island's to keep aside and report; a backup carries what it can read.
    }
  }
  return entries;
}

export function makeBackup(entries: Record<string, Envelope>, now: Date): BackupFile {
  return { app: BACKUP_APP, kind: BACKUP_KIND, version: BACKUP_VERSION, exportedAt: now.toISOString(), entries };
}

export function serialiseBackup(file: BackupFile): string {
  return serialiseExport(file);
}

/** `csr-guide-backup-2025-03-03.json` */
export function backupFileName(now: Date): string {
  return `${BACKUP_APP}-${BACKUP_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

export const BACKUP_MESSAGES = {
  tooLarge: 'This file is too large to be a backup from this site.',
  notJson: 'This file could not be read: it is not a backup or progress file exported from this site (it is not JSON).',
  wrongKind: 'This file is not a backup or progress file exported from this site.',
  newer: (version: number) =>
    `This file was made by a newer version of this site (format ${version}). Reload the page to get the latest version, then try again.`,
  empty: 'This backup holds no progress, so there is nothing to restore.',
  invalid: (where: string, problem: string) => `This file is damaged, so nothing was restored. Problem at ${where}: ${problem}.`,
} as const;

export interface BackupItem {
  key: string;
  kind: string;
  /** The occupation, for the drill and the self-assessment. */
  id: string;
  /** "12 reviews, 3 notes"; "saved data" for a kind this page does not know. */
  description: string;
  savedAt: string;
}

export type ParsedBackup = { ok: true; exportedAt: string; items: BackupItem[]; entries: Record<string, Envelope> } | { ok: false; error: string };

const headerSchema = z.object({ app: z.literal(BACKUP_APP), kind: z.string(), version: z.number().check(z.int(), z.positive()) });

/** The per-island files older versions wrote, read as backups of one key each. */
function legacyEntries(json: Record<string, unknown>): Record<string, unknown> | null {
  const occupation = typeof json['occupation'] === 'string' ? json['occupation'] : null;
  const savedAt = typeof json['exportedAt'] === 'string' ? json['exportedAt'] : '';
  if (occupation === null) return null;
  if (json['kind'] === 'drill-progress') return { [`${PREFIX}drill:${occupation}`]: { version: json['version'], savedAt, data: json['progress'] } };
  if (json['kind'] === 'skills-assessment') {
    return { [`${PREFIX}assessment:${occupation}`]: { version: json['version'], savedAt, data: { history: json['history'] } } };
  }
  return null;
}

/**
 * Reads a backup file, or an interview-practice or self-assessment export, checks every entry
 * against its kind's schema, and describes it. Nothing is written.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: BACKUP_MESSAGES.tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: BACKUP_MESSAGES.notJson };
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, error: BACKUP_MESSAGES.wrongKind };
  const top = json as Record<string, unknown>;
  let raw: unknown;
  if (header.data.kind === BACKUP_KIND) {
    if (header.data.version > BACKUP_VERSION) return { ok: false, error: BACKUP_MESSAGES.newer(header.data.version) };
    raw = top['entries'];
  } else {
    raw = legacyEntries(top);
    if (raw === null) return { ok: false, error: BACKUP_MESSAGES.wrongKind };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: BACKUP_MESSAGES.invalid('entries', 'must be a list of saved data') };
  const exportedAt = typeof top['exportedAt'] === 'string' ? top['exportedAt'] : '';

  const items: BackupItem[] = [];
  const entries: Record<string, Envelope> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsedKey = parseKey(key);
    if (!parsedKey) return { ok: false, error: BACKUP_MESSAGES.invalid(`entries › ${key.slice(0, 80)}`, 'is not a name this site stores data under') };
    const envelope = envelopeSchema.safeParse(value);
    if (!envelope.success || envelope.data.data === undefined) return { ok: false, error: BACKUP_MESSAGES.invalid(`entries › ${key}`, 'is not saved data') };
    const kind = kindOf(parsedKey.kind);
    let data: unknown = envelope.data.data;
    let description = 'saved data';
    if (kind) {
      if (envelope.data.version > kind.version) return { ok: false, error: BACKUP_MESSAGES.newer(envelope.data.version) };
      const checked = kind.schema.safeParse(data);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return { ok: false, error: BACKUP_MESSAGES.invalid(describePath([key, ...(issue?.path ?? [])]), issue?.message ?? 'unexpected content') };
      }
      data = checked.data;
      description = kind.describe(checked.data);
    }
    entries[key] = { version: envelope.data.version, savedAt: envelope.data.savedAt, data };
    items.push({ key, kind: parsedKey.kind, id: parsedKey.id, description, savedAt: envelope.data.savedAt });
  }
  if (items.length === 0) return { ok: false, error: BACKUP_MESSAGES.empty };
  return { ok: true, exportedAt, items, entries };
}

export type RestoreMode = 'merge' | 'replace';

/**
 * What to write for each restored key. Merge: known kinds merge with what is here (nothing here
 * is lost); a kind this page does not know keeps whichever copy was saved later. Replace: the
 * file's copy. `replaceEpoch` stamps a replaced value so other tabs cannot merge the old one back.
 */
export function planRestore(
  current: Readonly<Record<string, Envelope | undefined>>,
  incoming: Readonly<Record<string, Envelope>>,
  mode: RestoreMode,
  replaceEpoch: { id: string; at: string },
): Record<string, Envelope> {
  const plan: Record<string, Envelope> = {};
  for (const [key, theirs] of Object.entries(incoming)) {
    const parsedKey = parseKey(key);
    if (!parsedKey) continue;
    const kind = kindOf(parsedKey.kind);
    const here = Object.hasOwn(current, key) ? current[key] : undefined;
    if (mode === 'replace' || !here) {
      const data = kind && mode === 'replace' && typeof theirs.data === 'object' && theirs.data !== null ? { ...theirs.data, epoch: replaceEpoch } : theirs.data;
      plan[key] = { version: kind?.version ?? theirs.version, savedAt: theirs.savedAt, data };
      continue;
    }
    if (kind) {
      const mine = kind.schema.safeParse(here.data);
      plan[key] = { version: kind.version, savedAt: here.savedAt, data: mine.success ? kind.merge(mine.data, theirs.data) : theirs.data };
    } else {
      plan[key] = Date.parse(theirs.savedAt) > Date.parse(here.savedAt) ? theirs : here;
    }
  }
  return plan;
}

/** The same entries without the reader's own words (STAR notes, stories, assessment notes). */
export function withoutNotes(entries: Readonly<Record<string, Envelope>>): Record<string, Envelope> {
  const out: Record<string, Envelope> = {};
  for (const [key, envelope] of Object.entries(entries)) {
    const kind = kindOf(parseKey(key)?.kind ?? '');
    const checked = kind?.schema.safeParse(envelope.data);
    out[key] = kind && checked?.success ? { ...envelope, data: kind.withoutNotes(checked.data) } : envelope;
  }
  return out;
}
