/**
 * The browser side of src/lib/sync/device.ts: this device's notes on backups, and the request
 * for persistent storage. Never throws: storage that is blocked or full only means nothing is
 * remembered.
 */
import { DEVICE_KEY, noteFirstSave, readDeviceMeta, type DeviceMeta, type Persistence } from '../../lib/sync/device';

export const DEVICE_EVENT = 'csr-guide:device';

export function readDevice(now: Date = new Date()): DeviceMeta {
  try {
    return readDeviceMeta(window.localStorage.getItem(DEVICE_KEY), now);
  } catch {
    return {};
  }
}

/** Saves a change to this device's notes and tells this page's islands (other tabs get `storage`). */
export function changeDevice(change: (meta: DeviceMeta) => DeviceMeta, now: Date = new Date()): void {
  try {
    window.localStorage.setItem(DEVICE_KEY, JSON.stringify(change(readDevice(now))));
  } catch {
    // Nothing to do: the reminder may show again, which is the safe side.
  }
  window.dispatchEvent(new Event(DEVICE_EVENT));
}

let asked = false;

/**
 * At the first saved review or assessment: remember when practice began, and ask the browser to
 * keep this site's data (navigator.storage.persist), once per page and only if not granted yet.
 */
export function onFirstSave(): void {
  if (asked) return;
  asked = true;
  changeDevice((meta) => noteFirstSave(meta, new Date()));
  const storage = navigator.storage;
  if (!storage?.persist || !storage.persisted) return;
  void storage
    .persisted()
    .then((already) => (already ? true : storage.persist()))
    .then(() => window.dispatchEvent(new Event(DEVICE_EVENT)))
    .catch(() => undefined);
}

export async function persistence(): Promise<Persistence> {
  try {
    if (!navigator.storage?.persisted) return 'unknown';
    return (await navigator.storage.persisted()) ? 'persisted' : 'may-clear';
  } catch {
    return 'unknown';
  }
}
