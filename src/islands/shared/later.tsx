/**
 * Device notes (the weekly backup reminder, "In this browser" in Your data) load after the first
 * view: they read storage, so before hydration there is nothing for them to show, and keeping them
 * out of the first download keeps the island pages within their budget. The reminder waits until
 * its island is ready, so it is not among what a reader's first keystroke waits for.
 */
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';

const Reminder = lazy(() => import('./BackupReminder').then((m) => ({ default: m.BackupReminder })));
const Data = lazy(() => import('./DeviceData').then((m) => ({ default: m.DeviceData })));

/** False on the server and in the hydrating render, so the HTML and the first client render agree. */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted;
}

/** `after`: the island is ready. The reminder is never what a reader came for, so it waits. */
export function LaterBackupReminder({ after }: { after: boolean }) {
  // One render later than `after`: the island's own ready mark (an effect of its root, which runs
  // after this one's) comes before the reminder's code is asked for.
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (after) startTransition(() => setShow(true));
  }, [after]);
  return show ? (
    <Suspense fallback={null}>
      <Reminder />
    </Suspense>
  ) : null;
}

export function LaterDeviceData({ linkToAll = true }: { linkToAll?: boolean }) {
  return useMounted() ? (
    <Suspense fallback={null}>
      <Data linkToAll={linkToAll} />
    </Suspense>
  ) : null;
}
