/**
 * Device notes (the weekly backup reminder, "In this browser" in Your data) load after the first
 * view: they read storage, so before hydration there is nothing for them to show, and keeping them
 * out of the first download keeps the island pages within their budget.
 */
import { lazy, Suspense, useEffect, useState } from 'react';

const Reminder = lazy(() => import('./BackupReminder').then((m) => ({ default: m.BackupReminder })));
const Data = lazy(() => import('./DeviceData').then((m) => ({ default: m.DeviceData })));

/** False on the server and in the hydrating render, so the HTML and the first client render agree. */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

export function LaterBackupReminder() {
  return useMounted() ? (
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
