import type { StorageLike } from '../../src/lib/storage';

/**
 * An in-memory Storage that can fail the way real browsers do:
 *
 * - a byte quota counted like browsers count it (UTF-16: two bytes per character of key and
 *   value), so a write fails or succeeds depending on its size and on what is already stored;
 * - writes that are silently dropped (no error, nothing stored), as when another tab or the
 *   browser evicts data, or an old private mode accepts and forgets;
 * - a `removeItem` that throws, and `getItem` / `setItem` / `key` that throw on demand.
 */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Throws this from getItem, e.g. a SecurityError when site data is blocked. */
  getError: Error | null = null;
  /** Throws this from every setItem, e.g. a QuotaExceededError when storage is full. */
  setError: Error | null = null;
  /** Throws this from removeItem. */
  removeError: Error | null = null;
  /** Throws this from key(), so listing fails. */
  keyError: Error | null = null;
  /**
   * Total bytes allowed across all keys and values (null: unlimited). A write that would take the
   * total over it throws QuotaExceededError and leaves the old value in place, as browsers do.
   */
  quotaBytes: number | null = null;
  /** Returns true for writes to drop without a word: setItem returns normally and stores nothing. */
  dropWrite: (key: string, value: string) => boolean = () => false;
  /** Every write attempted, in order, dropped or refused ones included. */
  readonly writes: string[] = [];

  constructor(initial: Record<string, string> = {}, options: { quotaBytes?: number } = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
    this.quotaBytes = options.quotaBytes ?? null;
  }

  /** Bytes in use, counted as UTF-16 code units of keys and values (two bytes each). */
  get usedBytes(): number {
    let total = 0;
    for (const [k, v] of this.items) total += 2 * (k.length + v.length);
    return total;
  }

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    if (this.keyError) throw this.keyError;
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.getError) throw this.getError;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const text = String(value);
    this.writes.push(key);
    if (this.setError) throw this.setError;
    if (this.quotaBytes !== null) {
      const old = this.items.get(key);
      const after = this.usedBytes - (old === undefined ? 0 : 2 * (key.length + old.length)) + 2 * (key.length + text.length);
      if (after > this.quotaBytes) throw quotaError();
    }
    if (this.dropWrite(key, text)) return;
    this.items.set(key, text);
  }
  removeItem(key: string): void {
    if (this.removeError) throw this.removeError;
    this.items.delete(key);
  }
}

export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Bytes a key and value take in a browser's quota (UTF-16). */
export const bytesOf = (key: string, value: string) => 2 * (key.length + value.length);
