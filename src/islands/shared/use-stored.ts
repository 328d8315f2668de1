/**
 * A value kept in localStorage through src/lib/storage.ts. The first render uses the fallback
 * and reads nothing (the server rendered the same), storage is read in an effect, and every
 * change after that is saved. Faults become a notice; they never throw.
 *
 * The schema comes from a loader: a first visit has nothing saved and never downloads Zod; a
 * returning visitor's saved data is checked once the validator arrives (the service worker has
 * it cached by then).
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod/mini';
import { clearState, hasStored, loadState, saveState, STORAGE_MESSAGES } from '../../lib/storage';
// The device notes (first-save date, persistent storage) load at the first save, not with the first view.
const onFirstSave = () => void import('./device').then((m) => m.onFirstSave());

export interface Notice {
  /** 'alert' for something that went wrong with the user's data; 'status' for how things are. */
  role: 'alert' | 'status';
  message: string;
}

export interface Stored<T> {
  ready: boolean;
  value: T;
  notice: Notice | null;
  /** Replaces the value through a function of the current one, then saves. */
  update: (change: (current: T) => T) => void;
  /** Removes the stored value ("Reset") and goes back to the fallback. */
  reset: () => void;
}

/**
 * Two tabs, one truth: every save merges with what storage holds (another tab may have saved
 * since), and a `storage` event from another tab merges its save into this one's view.
 */
export interface SyncRules<T> {
  /** `mine` is this tab's value, `stored` what storage holds now; nothing either holds is lost. */
  merge: (mine: T, stored: T) => T;
  /** What "Reset" leaves: an empty value in a new epoch, so no other tab can bring the old back. */
  resetTo: (now: Date) => T;
}

/**
 * The merge rules load on first need, like the validator: with saved data to check, or with this
 * tab's first save. A first visit's first view never waits for them.
 */
export interface Sync<T> {
  load: () => Promise<SyncRules<T>>;
}

const browserStorage = () => window.localStorage;

export type SchemaLoader<T> = () => Promise<z.ZodMiniType<T>>;

/** Stands in for the schema when nothing is stored: loadState then returns before validating. */
const NOTHING_TO_CHECK = { safeParse: () => ({ success: false }) } as unknown as z.ZodMiniType<never>;

/** Loads the schema only when `key` holds something to check. */
async function schemaFor<T>(key: string, load: SchemaLoader<T>): Promise<z.ZodMiniType<T>> {
  if (!hasStored(browserStorage, key)) return NOTHING_TO_CHECK;
  return load();
}

/**
 * Makes a loaded value safe to use at `now` (dates after it clamped, say). A message means
 * something was changed: the user is told, and the repaired value is saved so it is told once.
 */
export type Repairer<T> = (value: T, now: Date) => { value: T; message: string | null };

export function useStored<T>(key: string, loadSchema: SchemaLoader<T>, version: number, fallback: () => T, repair?: Repairer<T>, sync?: Sync<T>): Stored<T> {
  const [value, setValue] = useState<T>(fallback);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canSave = useRef(false);
  const dirty = useRef(false);
  const latest = useRef(value);
  latest.current = value;
  /** The real validator, once fetched: needed to read what another tab saved. */
  const schema = useRef<z.ZodMiniType<T> | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const realSchema = useCallback(async () => (schema.current ??= await loadSchema()), [loadSchema]);
  /** The merge rules, once fetched. */
  const rules = useRef<SyncRules<T> | null>(null);
  const loadRules = useCallback(async (): Promise<SyncRules<T>> => {
    if (!sync) throw new Error('no merge rules for an unsynced value');
    return (rules.current ??= await sync.load());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** What storage holds now, checked; null when there is nothing there or it cannot be read. */
  const readStored = useCallback(async (): Promise<T | null> => {
    if (!hasStored(browserStorage, key)) return null;
    const result = loadState(browserStorage, key, await realSchema(), version, { now: new Date(), fallback });
    return result.status === 'ok' ? result.value : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, realSchema]);

  useEffect(() => {
    let live = true;
    const apply = (checked: z.ZodMiniType<T>) => {
      if (!live) return;
      if (checked !== NOTHING_TO_CHECK) schema.current = checked;
      const now = new Date();
      const result = loadState(browserStorage, key, checked, version, { now, fallback });
      canSave.current = result.canSave;
      const repaired = result.status === 'ok' && repair ? repair(result.value, now) : { value: result.value, message: null };
      if (repaired.message && result.status === 'ok') dirty.current = true;
      // Applying saved data re-renders the whole island: as a transition, React renders it in
      // slices that let the page answer in between, instead of one long task after hydration.
      startTransition(() => {
        setValue(repaired.value);
        if (result.status === 'recovered' || result.status === 'newer') setNotice({ role: 'alert', message: result.message });
        else if (result.status === 'unavailable') setNotice({ role: 'status', message: result.message });
        else if (repaired.message) setNotice({ role: 'status', message: repaired.message });
        setReady(true);
      });
    };
    // Saved data is checked with the validator and merged with the rules: both load together.
    if (sync && hasStored(browserStorage, key)) void loadRules().catch(() => undefined);
    schemaFor(key, loadSchema).then(apply, () => {
      // The validator could not be fetched (offline before it was ever cached): work in memory
      // and change nothing that is stored.
      if (!live) return;
      canSave.current = false;
      startTransition(() => {
        setNotice({ role: 'alert', message: SCHEMA_UNAVAILABLE });
        setReady(true);
      });
    });
    return () => {
      live = false;
    };
    // The fallback and schema are fixed for a page; the key alone says what to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  /** The text this tab last wrote: while storage still holds it, no other tab has saved since. */
  const lastWritten = useRef<string | null>(null);
  const rawStored = useCallback((): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }, [key]);

  const write = useCallback(
    (next: T) => {
      const saved = saveState(browserStorage, key, next, version, new Date());
      if (!saved.ok) {
        if (saved.reason !== 'quota') canSave.current = false;
        setNotice({ role: saved.reason === 'unavailable' ? 'status' : 'alert', message: saved.message });
        return;
      }
      lastWritten.current = rawStored();
      // A save that works again clears the "storage is full" alert it replaced.
      setNotice((shown) => (shown?.message === QUOTA_MESSAGE ? null : shown));
      onFirstSave();
    },
    [key, version, rawStored],
  );

  useEffect(() => {
    if (!ready || !dirty.current || !canSave.current) return;
    dirty.current = false;
    if (!sync) {
      write(value);
      return;
    }
    const merged = (mine: T, stored: T | null, merge: SyncRules<T>['merge']) => {
      const next = stored === null ? mine : merge(mine, stored);
      write(next);
      if (next !== mine) setValue((current) => (current === mine ? next : merge(current, next)));
    };
    // Saved at once whenever possible, so a review given just before leaving the page is kept:
    // storage unchanged since this tab's last write needs no merge, and a loaded validator and
    // merge rules read another tab's save on the spot.
    const raw = rawStored();
    if (raw === null || raw === lastWritten.current) {
      write(value);
      if (!schema.current) void realSchema().catch(() => undefined);
      if (!rules.current) void loadRules().catch(() => undefined);
      return;
    }
    if (schema.current && rules.current) {
      const result = loadState(browserStorage, key, schema.current, version, { now: new Date(), fallback });
      merged(value, result.status === 'ok' ? result.value : null, rules.current.merge);
      return;
    }
    // Another tab saved before this one had its validator or rules: fetch them, then merge (in order).
    saving.current = saving.current.then(async () => {
      let stored: T | null = null;
      let merge: SyncRules<T>['merge'] = (mine) => mine;
      try {
        merge = (await loadRules()).merge;
        stored = await readStored();
      } catch {
        // The validator or rules could not be fetched: save this tab's value, as before merging existed.
      }
      merged(latest.current, stored, merge);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, key, value, version, sync, readStored, write, rawStored, realSchema]);

  // Another tab saved: take its changes in without saving them back (they are stored already).
  useEffect(() => {
    if (!ready || !sync) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || event.storageArea !== window.localStorage) return;
      void Promise.all([loadRules(), readStored()]).then(
        ([{ merge }, stored]) => stored !== null && setValue((current) => merge(current, stored)),
        () => undefined,
      );
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [ready, key, sync, readStored, loadRules]);

  const update = useCallback((change: (current: T) => T) => {
    dirty.current = true;
    setValue(change);
  }, []);

  const reset = useCallback(() => {
    if (sync) {
      // Saved like any change: an empty value in a new epoch, which other tabs respect.
      const resetWith = ({ resetTo }: SyncRules<T>) => {
        dirty.current = true;
        setValue(resetTo(new Date()));
      };
      if (rules.current) resetWith(rules.current);
      else void loadRules().then(resetWith, () => setNotice({ role: 'alert', message: RESET_UNAVAILABLE }));
      return;
    }
    if (canSave.current) {
      const cleared = clearState(browserStorage, key, version, new Date());
      if (!cleared.ok) setNotice({ role: 'alert', message: cleared.message });
    }
    dirty.current = false;
    setValue(fallback());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, sync, loadRules]);

  return { ready, value, notice, update, reset };
}

const QUOTA_MESSAGE = STORAGE_MESSAGES.quota;

export const SCHEMA_UNAVAILABLE =
  'Your saved progress could not be checked, because part of this page did not load. It has been left untouched; reload the page to get it back. Progress from this visit will not be saved.';

export const RESET_UNAVAILABLE = 'Nothing was reset, because part of this page did not load. Check your connection, then try again; your data is as it was.';

/** Reads another island's saved value once, read-only (e.g. the self-assessment). */
export function useStoredReadOnly<T>(key: string, loadSchema: SchemaLoader<T>, version: number): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    schemaFor(key, loadSchema).then(
      (schema) => {
        if (!live) return;
        const read = loadStateReadOnly(key, schema, version);
        startTransition(() => setValue(read));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return value;
}

function loadStateReadOnly<T>(key: string, schema: z.ZodMiniType<T>, version: number): T | null {
  // Read through a view that cannot write, so a problem here never moves the other island's data.
  const readOnly = () => {
    const storage = window.localStorage;
    return {
      get length() {
        return storage.length;
      },
      key: (i: number) => storage.key(i),
      getItem: (k: string) => storage.getItem(k),
      setItem: () => {
        throw new Error('read-only');
      },
      removeItem: () => {
        throw new Error('read-only');
      },
    };
  };
  const result = loadState<T | null>(readOnly, key, schema, version, { now: new Date(), fallback: () => null });
  return result.status === 'ok' ? result.value : null;
}
