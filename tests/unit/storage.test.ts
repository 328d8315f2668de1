import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupKey,
  clearState,
  listBackups,
  loadState,
  saveState,
  STORAGE_MESSAGES,
  storageKey,
  type StorageLike,
} from '../../src/lib/storage';
import { emptyProgress, PROGRESS_VERSION } from '../../src/lib/drill/progress';
import { progressSchema } from '../../src/lib/drill/progress-schema';
import { FakeStorage, quotaError, securityError } from './fake-storage';

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
    expect(KEY).toBe('csr-guide:v1:drill:customer-service-representative');
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
    expect(result.status === 'unavailable' && result.message).toMatch(/will not be kept/);
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
    expect(load(storage).status).toBe('unavailable');
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
    expect(STORAGE_MESSAGES.newer).toMatch(/newer version/);
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
