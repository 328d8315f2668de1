import type { StorageLike } from '../../src/lib/storage';

/** An in-memory Storage with switches for the faults real browsers produce. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Throws this from getItem, e.g. a SecurityError when site data is blocked. */
  getError: Error | null = null;
  /** Throws this from setItem, e.g. a QuotaExceededError when storage is full. */
  setError: Error | null = null;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
  }
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.getError) throw this.getError;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.setError) throw this.setError;
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
