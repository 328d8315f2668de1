import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupKey,
  clearState,
  hasStored,
  listBackups,
  loadState,
  saveState,
  STORAGE_MESSAGES,
  storageKey,
  type StorageLike,
} from '../../src/lib/storage';
import { emptyProgress, PROGRESS_VERSION } from '../../src/lib/drill/progress';
import { progressSchema } from '../../src/lib/drill/progress-schema';
import { bytesOf, FakeStorage, quotaError, securityError } from './fake-storage';

const NOW = new Date('2025-03-03T14:00:00.000Z');
const KEY = storageKey('drill', 'customer-service-representative');

const counterSchema = z.object({ count: z.number().int(), label: z.string().default('unnamed') });
type Counter = z.output<typeof counterSchema>;
const fallback = (): Counter => ({ count: 0, label: 'unnamed' });
const load = (source: Parameters<typeof loadState>[0], version = 1) =>
  loadState(source, KEY, counterSchema, version, { now: NOW, fallback });
const envelope = (data: unknown, version = 1) => JSON.stringify({ version, savedAt: '2025-03-01T10:00:00.000Z', data });

describe('storage keys', () => {
  it('carry the site, a key generation, the kind and the id', () => {
    // Called inside the test, not only at import, so a broken key function is caught here.
    expect(storageKey('drill', 'customer-service-representative')).toBe('csr-guide:v1:drill:customer-service-representative');
    expect(storageKey('assessment', 'teller')).toBe('csr-guide:v1:assessment:teller');
    expect(backupKey(KEY, NOW)).toBe('csr-guide:v1:drill:customer-service-representative:backup:2025-03-03T14:00:00.000Z');
  });
});

describe('loading and saving', () => {
  it('reports empty storage and hands back the fallback', () => {
    const result = load(new FakeStorage());
    expect(result).toEqual({ status: 'empty', value: { count: 0, label: 'unnamed' }, canSave: true });
  });

  it('reads back what it saved, in a versioned envelope', () => {
    const storage = new FakeStorage();
    expect(saveState(storage, KEY, { count: 3, label: 'x' }, 1, NOW)).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(KEY) ?? '')).toEqual({ version: 1, savedAt: NOW.toISOString(), data: { count: 3, label: 'x' } });
    expect(load(storage)).toEqual({ status: 'ok', value: { count: 3, label: 'x' }, canSave: true, savedAt: NOW.toISOString(), fromVersion: 1 });
  });

  it('fills fields missing from an older record with schema defaults instead of discarding it', () => {
    const storage = new FakeStorage({ [KEY]: envelope({ count: 7 }) });
    const result = load(storage);
    expect(result.status).toBe('ok');
    expect(result.value).toEqual({ count: 7, label: 'unnamed' });
  });

  it('fills a progress record that lacks settings, notes and a new ts-fsrs card field', () => {
    const old = {
      cards: {
        'angry-customer': { due: '2025-03-05T14:00:00.000Z', stability: 2.3, difficulty: 2.1, scheduled_days: 2, reps: 2, lapses: 0, state: 2, last_review: '2025-03-03T14:00:00.000Z' },
      },
      log: [{ questionId: 'angry-customer', rating: 3, reviewedAt: '2025-03-03T14:00:00.000Z' }],
    };
    const storage = new FakeStorage({ [KEY]: envelope(old) });
    const result = loadState(storage, KEY, progressSchema, PROGRESS_VERSION, { now: NOW, fallback: emptyProgress });
    expect(result.status).toBe('ok');
    expect(result.value.settings).toEqual({ newPerDay: 20, reviewsPerDay: 200, mockLength: 5, readAloud: true, speechRate: 1, countdownSeconds: 0 });
    expect(result.value.notes).toEqual({});
    expect(result.value.cards['angry-customer']?.learning_steps).toBe(0);
    expect(result.value.log[0]?.mode).toBe('drill');
  });

  it('migrates data of an older version before validating it', () => {
    const storage = new FakeStorage({ [KEY]: envelope({ total: 4 }, 1) });
    const result = loadState(storage, KEY, counterSchema, 2, {
      now: NOW,
      fallback,
      migrate: (data, from) => (from === 1 ? { count: (data as { total: number }).total } : data),
    });
    expect(result).toMatchObject({ status: 'ok', value: { count: 4, label: 'unnamed' }, fromVersion: 1 });
  });
});

describe('storage that is missing or blocked', () => {
  it.each([
    ['no storage at all', null],
    ['undefined storage', undefined],
    ['a getter returning nothing', () => null],
  ])('works in memory with %s, and says progress will not be kept', (_name, source) => {
    const result = load(source);
    expect(result).toEqual({ status: 'unavailable', value: fallback(), canSave: false, message: STORAGE_MESSAGES.unavailable });
    expect(saveState(source, KEY, { count: 1 }, 1, NOW)).toEqual({ ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable });
  });

  it('survives a getter that throws SecurityError (site data blocked)', () => {
    const blocked = (): StorageLike => {
      throw securityError();
    };
    expect(load(blocked).status).toBe('unavailable');
    expect(saveState(blocked, KEY, { count: 1 }, 1, NOW)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(clearState(blocked, KEY, 1, NOW)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(listBackups(blocked, KEY)).toEqual([]);
  });

  it('survives getItem throwing SecurityError', () => {
    const storage = new FakeStorage();
    storage.getError = securityError();
    expect(load(storage)).toEqual({ status: 'unavailable', value: fallback(), canSave: false, message: STORAGE_MESSAGES.unavailable });
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('reports a SecurityError on setItem as unavailable, not as full', () => {
    const storage = new FakeStorage();
    storage.setError = securityError();
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('full storage', () => {
  it('catches QuotaExceededError, reports it, and leaves the previous save intact', () => {
    const storage = new FakeStorage();
    saveState(storage, KEY, { count: 1, label: 'before' }, 1, NOW);
    storage.setError = quotaError();
    const result = saveState(storage, KEY, { count: 2, label: 'after' }, 1, NOW);
    expect(result).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(load(storage).value).toEqual({ count: 1, label: 'before' });
  });

  it('recognises the legacy quota error codes of older engines', () => {
    const storage = new FakeStorage();
    storage.setError = Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toMatchObject({ reason: 'quota' });
    storage.setError = Object.assign(new Error('full'), { code: 22 });
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toMatchObject({ reason: 'quota' });
  });
});

describe('unreadable data', () => {
  it.each([
    ['corrupt JSON', '{"version":1,"savedAt":"2025-03-01T10:00:00.000Z","data":{"count":'],
    ['JSON without an envelope', '[1,2,3]'],
    ['an envelope whose data fails the schema', envelope({ count: 'many' })],
    ['an envelope without data', JSON.stringify({ version: 1, savedAt: 'x' })],
  ])('keeps %s aside under a backup key, byte for byte, and starts fresh', (_name, raw) => {
    const storage = new FakeStorage({ [KEY]: raw });
    const result = load(storage);
    const expectedBackup = backupKey(KEY, NOW);
    expect(result).toEqual({ status: 'recovered', value: fallback(), canSave: true, backupKey: expectedBackup, message: STORAGE_MESSAGES.recovered });
    expect(storage.items.get(expectedBackup)).toBe(raw);
    expect(listBackups(storage, KEY)).toEqual([expectedBackup]);
    // The original went only after its copy was verified, so the next visit does not warn again.
    expect(storage.items.has(KEY)).toBe(false);
    expect(load(storage).status).toBe('empty');
  });

  it('leaves unreadable data untouched and refuses to save when no backup can be made', () => {
    const raw = 'not json at all';
    const storage = new FakeStorage({ [KEY]: raw });
    storage.setError = quotaError();
    const result = load(storage);
    expect(result).toMatchObject({ status: 'recovered', canSave: false, backupKey: null, message: STORAGE_MESSAGES.recoveredNoBackup });
    expect(storage.items.get(KEY)).toBe(raw);
    storage.setError = null;
    // Space has been freed: saving now backs the text up before replacing it.
    const later = new Date(NOW.getTime() + 60_000);
    expect(saveState(storage, KEY, { count: 1 }, 1, later)).toEqual({ ok: true });
    expect(storage.items.get(backupKey(KEY, later))).toBe(raw);
  });

  it('backs up unreadable text it finds when saving, even without a load first', () => {
    const storage = new FakeStorage({ [KEY]: '%%%' });
    expect(saveState(storage, KEY, { count: 5 }, 1, NOW)).toEqual({ ok: true });
    expect(storage.items.get(backupKey(KEY, NOW))).toBe('%%%');
    expect(load(storage).value).toEqual({ count: 5, label: 'unnamed' });
  });
});

describe('data from a newer version', () => {
  it('is not used, is never overwritten or cleared, and the user is told why', () => {
    const raw = envelope({ count: 99, shiny: true }, 2);
    const storage = new FakeStorage({ [KEY]: raw });
    const result = load(storage, 1);
    expect(result).toEqual({ status: 'newer', value: fallback(), canSave: false, storedVersion: 2, message: STORAGE_MESSAGES.newer });
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toEqual({ ok: false, reason: 'newer', message: STORAGE_MESSAGES.newer });
    expect(clearState(storage, KEY, 1, NOW)).toMatchObject({ ok: false, reason: 'newer' });
    expect(storage.items.get(KEY)).toBe(raw);
    expect(listBackups(storage, KEY)).toEqual([]);
  });
});

describe('reset', () => {
  it('removes the saved state', () => {
    const storage = new FakeStorage();
    saveState(storage, KEY, { count: 1 }, 1, NOW);
    expect(clearState(storage, KEY, 1, NOW)).toEqual({ ok: true });
    expect(load(storage).status).toBe('empty');
  });
});

/*
 * Data-loss guards. Each test below fails when the guard it names is removed from storage.ts:
 * the fake fails the way browsers do (a byte quota, writes dropped without an error, a throwing
 * removeItem), and every test ends by checking the user's original bytes still exist somewhere.
 */
describe('data-loss guards', () => {
  const LATER = new Date(NOW.getTime() + 60_000);
  const isBackup = (k: string) => k.startsWith(`${KEY}:backup:`);
  /** Loads as version 2 with a migration from version 1 that always throws. */
  const loadWithFailingMigration = (storage: FakeStorage) =>
    loadState(storage, KEY, counterSchema, 2, {
      now: NOW,
      fallback,
      migrate: () => {
        throw new Error('cannot lift this record');
      },
    });
  /** Every stored copy of `raw`: the original key or any backup. */
  const copiesOf = (storage: FakeStorage, raw: string) => [...storage.items].filter(([, v]) => v === raw).map(([k]) => k);

  it('a backup write the browser silently dropped is not trusted: the original stays and saving is refused', () => {
    // Guard: keepAside reads the copy back before it counts as a copy.
    const raw = 'unreadable {';
    const storage = new FakeStorage({ [KEY]: raw });
    storage.dropWrite = (k) => isBackup(k);
    const result = load(storage);
    expect(result).toEqual({ status: 'recovered', value: fallback(), canSave: false, backupKey: null, message: STORAGE_MESSAGES.recoveredNoBackup });
    expect(storage.items.get(KEY)).toBe(raw);
    expect(saveState(storage, KEY, { count: 1 }, 1, LATER)).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(clearState(storage, KEY, 1, LATER)).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(storage.items.get(KEY)).toBe(raw);
  });

  it('a backup that does not fit the quota is not taken as made, even though the smaller save would fit', () => {
    // Guard: the save refuses when the backup before it failed (guard() in storage.ts).
    const raw = `{"broken": "${'x'.repeat(400)}`;
    // Room for the original plus a little: a small envelope fits in place of it, a full copy does not.
    const storage = new FakeStorage({ [KEY]: raw }, { quotaBytes: bytesOf(KEY, raw) + 200 });
    expect(load(storage)).toMatchObject({ status: 'recovered', canSave: false, backupKey: null });
    expect(storage.items.get(KEY)).toBe(raw);
    const saved = saveState(storage, KEY, { count: 1 }, 1, LATER);
    expect(saved).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(storage.items.get(KEY)).toBe(raw);
    expect(storage.writes.filter((k) => k === KEY)).toEqual([]);
  });

  it('with room for the copy, the save keeps the unreadable text aside and then writes', () => {
    const raw = `{"broken": "${'x'.repeat(400)}`;
    const storage = new FakeStorage({ [KEY]: raw }, { quotaBytes: 3 * bytesOf(KEY, raw) });
    expect(saveState(storage, KEY, { count: 1 }, 1, LATER)).toEqual({ ok: true });
    expect(copiesOf(storage, raw)).toEqual([backupKey(KEY, LATER)]);
    expect(load(storage).value).toEqual({ count: 1, label: 'unnamed' });
  });

  it('a migration that throws keeps the stored data aside instead of treating it as empty', () => {
    // Guard: a throwing migrate goes through recovery (backup first), not to "empty" or "ok".
    const raw = envelope({ total: 4 }, 1);
    const storage = new FakeStorage({ [KEY]: raw });
    const result = loadWithFailingMigration(storage);
    expect(result).toEqual({ status: 'recovered', value: fallback(), canSave: true, backupKey: backupKey(KEY, NOW), message: STORAGE_MESSAGES.recovered });
    expect(copiesOf(storage, raw)).toEqual([backupKey(KEY, NOW)]);
  });

  it('a throwing migration with no room for a backup leaves the data where it is', () => {
    const raw = envelope({ total: 4 }, 1);
    const storage = new FakeStorage({ [KEY]: raw });
    storage.setError = quotaError();
    const result = loadWithFailingMigration(storage);
    expect(result).toMatchObject({ status: 'recovered', canSave: false, backupKey: null });
    expect(storage.items.get(KEY)).toBe(raw);
  });

  it('a migrated record that still fails the schema is kept aside, byte for byte', () => {
    const raw = envelope({ total: 'four' }, 1);
    const storage = new FakeStorage({ [KEY]: raw });
    const result = loadState(storage, KEY, counterSchema, 2, { now: NOW, fallback, migrate: (data) => data });
    expect(result).toMatchObject({ status: 'recovered', canSave: true, backupKey: backupKey(KEY, NOW) });
    expect(storage.items.get(backupKey(KEY, NOW))).toBe(raw);
  });

  it('a migration that throws on data the schema would accept as it is still keeps it aside', () => {
    const raw = envelope({ count: 2 }, 1);
    const storage = new FakeStorage({ [KEY]: raw });
    const result = loadWithFailingMigration(storage);
    expect(result).toMatchObject({ status: 'recovered', backupKey: backupKey(KEY, NOW) });
    expect(storage.items.get(backupKey(KEY, NOW))).toBe(raw);
  });

  it('an envelope without data is unreadable, even for a schema that accepts nothing', () => {
    const raw = JSON.stringify({ version: 1, savedAt: 'x' });
    const storage = new FakeStorage({ [KEY]: raw });
    const result = loadState(storage, KEY, z.number().optional(), 1, { now: NOW, fallback: () => 0 });
    expect(result).toMatchObject({ status: 'recovered', backupKey: backupKey(KEY, NOW) });
    expect(storage.items.get(backupKey(KEY, NOW))).toBe(raw);
  });

  it('migrates only records older than the current version', () => {
    const calls: number[] = [];
    const migrate = (data: unknown, from: number) => {
      calls.push(from);
      return data;
    };
    const current = new FakeStorage({ [KEY]: envelope({ count: 2 }, 2) });
    expect(loadState(current, KEY, counterSchema, 2, { now: NOW, fallback, migrate })).toMatchObject({ status: 'ok', fromVersion: 2 });
    expect(calls).toEqual([]);
    const old = new FakeStorage({ [KEY]: envelope({ count: 2 }, 1) });
    expect(loadState(old, KEY, counterSchema, 2, { now: NOW, fallback, migrate })).toMatchObject({ status: 'ok', value: { count: 2 }, fromVersion: 1 });
    expect(calls).toEqual([1]);
    // Without a migration an older record is validated as it is.
    expect(loadState(old, KEY, counterSchema, 2, { now: NOW, fallback })).toMatchObject({ status: 'ok', value: { count: 2 }, fromVersion: 1 });
  });

  it('a removeItem that throws after a verified backup still lets the visit save, and the text survives', () => {
    // Guard: the removal of the original is wrapped, so a failing remove neither crashes nor loses data.
    const raw = '%%% not json';
    const storage = new FakeStorage({ [KEY]: raw });
    storage.removeError = new DOMException('Removal failed.', 'InvalidStateError');
    const result = load(storage);
    expect(result).toEqual({ status: 'recovered', value: fallback(), canSave: true, backupKey: backupKey(KEY, NOW), message: STORAGE_MESSAGES.recovered });
    expect(storage.items.get(KEY)).toBe(raw);
    expect(saveState(storage, KEY, { count: 3 }, 1, LATER)).toEqual({ ok: true });
    expect(copiesOf(storage, raw).sort()).toEqual([backupKey(KEY, NOW), backupKey(KEY, LATER)]);
    expect(load(storage).value).toEqual({ count: 3, label: 'unnamed' });
  });

  it('reset backs up unreadable text before removing it, and refuses when the copy fails', () => {
    const raw = 'garbled';
    const storage = new FakeStorage({ [KEY]: raw });
    expect(clearState(storage, KEY, 1, NOW)).toEqual({ ok: true });
    expect(storage.items.has(KEY)).toBe(false);
    expect(storage.items.get(backupKey(KEY, NOW))).toBe(raw);

    const full = new FakeStorage({ [KEY]: raw }, { quotaBytes: bytesOf(KEY, raw) });
    expect(clearState(full, KEY, 1, NOW)).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(full.items.get(KEY)).toBe(raw);
  });

  it('a reset whose removeItem throws says so, and the saved state is still there', () => {
    const storage = new FakeStorage();
    saveState(storage, KEY, { count: 4 }, 1, NOW);
    storage.removeError = new DOMException('The operation is insecure.', 'SecurityError');
    expect(clearState(storage, KEY, 1, NOW)).toEqual({ ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable });
    expect(load(storage).value).toEqual({ count: 4, label: 'unnamed' });
  });

  it('a save larger than the space left fails as "full" and keeps the previous save', () => {
    const storage = new FakeStorage({}, { quotaBytes: 400 });
    expect(saveState(storage, KEY, { count: 1, label: 'small' }, 1, NOW)).toEqual({ ok: true });
    const big = { count: 2, label: 'y'.repeat(400) };
    expect(saveState(storage, KEY, big, 1, LATER)).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
    expect(load(storage)).toMatchObject({ status: 'ok', value: { count: 1, label: 'small' }, savedAt: NOW.toISOString() });
  });

  it('data from a newer version is refused even when the new save would fit and nothing else is wrong', () => {
    const raw = envelope({ count: 9 }, 3);
    const storage = new FakeStorage({ [KEY]: raw });
    expect(load(storage, 2)).toMatchObject({ status: 'newer', storedVersion: 3, canSave: false });
    expect(saveState(storage, KEY, { count: 1 }, 2, NOW)).toMatchObject({ ok: false, reason: 'newer' });
    expect(storage.writes).toEqual([]);
    // The same version is ours to read and replace.
    expect(load(storage, 3)).toMatchObject({ status: 'ok', value: { count: 9 } });
    expect(saveState(storage, KEY, { count: 1 }, 3, NOW)).toEqual({ ok: true });
  });
});

describe('what counts as a saved record', () => {
  it.each([
    ['version 0', JSON.stringify({ version: 0, savedAt: 'x', data: { count: 1 } })],
    ['a fractional version', JSON.stringify({ version: 1.5, savedAt: 'x', data: { count: 1 } })],
    ['a version given as text', JSON.stringify({ version: '1', savedAt: 'x', data: { count: 1 } })],
    ['no savedAt', JSON.stringify({ version: 1, data: { count: 1 } })],
    ['JSON null', 'null'],
  ])('treats %s as unreadable and keeps it aside', (_name, raw) => {
    const storage = new FakeStorage({ [KEY]: raw });
    expect(load(storage)).toMatchObject({ status: 'recovered', backupKey: backupKey(KEY, NOW) });
    expect(storage.items.get(backupKey(KEY, NOW))).toBe(raw);
  });

  it('accepts null as stored data when the schema allows it', () => {
    const storage = new FakeStorage({ [KEY]: envelope(null) });
    const result = loadState(storage, KEY, z.null(), 1, { now: NOW, fallback: () => null });
    expect(result).toMatchObject({ status: 'ok', value: null });
  });

  it('works with a storage getter as well as a storage object', () => {
    const storage = new FakeStorage();
    expect(saveState(() => storage, KEY, { count: 6 }, 1, NOW)).toEqual({ ok: true });
    expect(load(() => storage).value).toEqual({ count: 6, label: 'unnamed' });
    expect(clearState(() => storage, KEY, 1, NOW)).toEqual({ ok: true });
    expect(storage.items.size).toBe(0);
  });
});

describe('what counts as a full storage', () => {
  it.each([
    ['QuotaExceededError', quotaError()],
    ['Firefox’s NS_ERROR_DOM_QUOTA_REACHED', Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['legacy code 22', Object.assign(new Error('full'), { code: 22 })],
    ['legacy code 1014', Object.assign(new Error('full'), { code: 1014 })],
    ['an error named QuotaExceededError without the legacy code', Object.assign(new Error('full'), { name: 'QuotaExceededError' })],
  ])('%s is reported as full', (_name, error) => {
    const storage = new FakeStorage();
    storage.setError = error;
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toEqual({ ok: false, reason: 'quota', message: STORAGE_MESSAGES.quota });
  });

  it.each([
    ['a SecurityError', securityError()],
    ['an error with another code', Object.assign(new Error('odd'), { code: 18 })],
    ['a thrown string', 'QuotaExceededError'],
    ['a thrown null', null],
  ])('%s is reported as unavailable, not as full', (_name, error) => {
    const storage = new FakeStorage();
    storage.setItem = () => {
      throw error;
    };
    expect(saveState(storage, KEY, { count: 1 }, 1, NOW)).toEqual({ ok: false, reason: 'unavailable', message: STORAGE_MESSAGES.unavailable });
  });
});

describe('listing backups', () => {
  it('lists only this key’s backups, oldest first', () => {
    const other = storageKey('drill', 'retail-sales-worker');
    const storage = new FakeStorage({
      [backupKey(KEY, LATER_THAN(NOW, 2))]: 'b',
      [KEY]: envelope({ count: 1 }),
      [backupKey(other, NOW)]: 'other',
      [`${KEY}:backupish`]: 'not a backup',
      [backupKey(KEY, NOW)]: 'a',
    });
    expect(listBackups(storage, KEY)).toEqual([backupKey(KEY, NOW), backupKey(KEY, LATER_THAN(NOW, 2))]);
    expect(listBackups(new FakeStorage(), KEY)).toEqual([]);
  });

  it('returns nothing rather than throwing when the browser refuses to list keys', () => {
    const storage = new FakeStorage({ [backupKey(KEY, NOW)]: 'a' });
    storage.keyError = securityError();
    expect(listBackups(storage, KEY)).toEqual([]);
    // A listing that fails half-way gives nothing rather than a list that looks complete.
    const halfway = new FakeStorage({ [backupKey(KEY, NOW)]: 'a', other: 'b' });
    const realKey = halfway.key.bind(halfway);
    halfway.key = (i) => {
      if (i > 0) throw securityError();
      return realKey(i);
    };
    expect(listBackups(halfway, KEY)).toEqual([]);
    expect(listBackups(null, KEY)).toEqual([]);
  });
});

describe('whether anything is stored (a first visit skips the validator)', () => {
  it('says yes for any text under the key, readable or not, and no for other keys', () => {
    const storage = new FakeStorage({ [KEY]: 'not JSON at all', other: envelope({ count: 1 }) });
    expect(hasStored(storage, KEY)).toBe(true);
    expect(hasStored(storage, storageKey('drill', 'teller'))).toBe(false);
    expect(hasStored(new FakeStorage({ [KEY]: '' }), KEY)).toBe(true);
  });

  it('sees a save made a moment ago, and nothing after a reset', () => {
    const storage = new FakeStorage();
    expect(hasStored(() => storage, KEY)).toBe(false);
    saveState(storage, KEY, { count: 2 }, 1, NOW);
    expect(hasStored(() => storage, KEY)).toBe(true);
    clearState(storage, KEY, 1, NOW);
    expect(hasStored(storage, KEY)).toBe(false);
  });

  it('says no, without throwing, when storage is missing, blocked or refuses to read', () => {
    expect(hasStored(null, KEY)).toBe(false);
    expect(hasStored(() => null, KEY)).toBe(false);
    const blocked = (): StorageLike => {
      throw securityError();
    };
    expect(hasStored(blocked, KEY)).toBe(false);
    const refusing = new FakeStorage({ [KEY]: envelope({ count: 1 }) });
    refusing.getError = securityError();
    expect(hasStored(refusing, KEY)).toBe(false);
  });
});

function LATER_THAN(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
