/**
 * Epochs: how "Reset" and "Replace" survive a merge. Deleting data leaves nothing behind for a
 * union to respect, so another tab (or an older backup) would bring it straight back. Instead,
 * a reset or a replace starts a new epoch, stamped with its time. When two copies from different
 * epochs meet, the newer epoch wins, and from the older copy only what happened after the new
 * epoch began is kept: a review given in another tab a second after a reset still counts, the
 * reviews the reset deleted do not come back. No Zod here (see ./epoch-schema), so merging costs
 * an island nothing at first load.
 */
export interface Epoch {
  /** Tells apart two epochs begun in the same millisecond. */
  id: string;
  /** When the reset or replace happened, ISO. */
  at: string;
}

/** A fresh epoch at `now`; `id` comes from the caller (random in the browser, fixed in tests). */
export function startEpoch(now: Date, id: string): Epoch {
  return { id, at: now.toISOString() };
}

/** A short random id, from the platform's crypto when there is one. */
export function randomEpochId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** Data without an epoch has never been reset: it sits before every epoch. */
export function compareEpochs(a: Epoch | undefined, b: Epoch | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 0 : 1) - (b === undefined ? 0 : 1);
  return Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sameEpoch(a: Epoch | undefined, b: Epoch | undefined): boolean {
  return compareEpochs(a, b) === 0;
}

/** True when something stamped `time` happened after `epoch` began (always, without an epoch). */
export function after(epoch: Epoch | undefined, time: string | undefined): boolean {
  if (epoch === undefined) return true;
  return time !== undefined && Date.parse(time) > Date.parse(epoch.at);
}
