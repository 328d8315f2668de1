/**
 * Device notes (the weekly backup reminder, "In this browser" in Your data) load after the first
 * view: they read storage, so before hydration there is nothing for them to show, and keeping them
 * out of the first download keeps the island pages within their budget. The reminder waits until
 * its island is ready, so it is not among what a reader's first keystroke waits for. Both are asked
 * for when the page is next idle: loading a module and rendering it in the tasks that hydrate the
 * island would only lengthen them.
 */
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';

const Reminder = lazy(() => import('./BackupReminder').then((m) => ({ default: m.BackupReminder })));
const Data = lazy(() => import('./DeviceData').then((m) => ({ default: m.DeviceData })));

/** Runs `run` once the main thread is idle (within 2 s); the returned function cancels it. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}

/**
 * False on the server and in the hydrating render, so the HTML and the first client render agree;
 * true once `when` holds and the page has been idle since.
 */
function useIdleAfter(when: boolean): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => (when ? whenIdle(() => startTransition(() => setDue(true))) : undefined), [when]);
  return due;
}

/** `after`: the island is ready. The reminder is never what a reader came for, so it waits. */
export function LaterBackupReminder({ after }: { after: boolean }) {
  // Later than `after`: the island's own ready mark (an effect of its root, which runs after this
  // one's) comes before the reminder's code is asked for.
  return useIdleAfter(after) ? (
    <Suspense fallback={null}>
      <Reminder />
    </Suspense>
  ) : null;
}

export function LaterDeviceData({ linkToAll = true }: { linkToAll?: boolean }) {
  return useIdleAfter(true) ? (
    <Suspense fallback={null}>
      <Data linkToAll={linkToAll} />
    </Suspense>
  ) : null;
}
