/**
 * How safe this browser's copy is, in "Your data": whether the browser keeps it, when it was last
 * backed up, and the way to back up everything or continue on another device.
 */
import { startTransition, useEffect, useState } from 'react';
import { persistenceText, type Persistence } from '../../lib/sync/device';
import { dateTimeLabel } from '../../lib/drill/when';
import { DEVICE_EVENT, persistence, readDevice } from './device';
import './shared.css';

export function useDevice() {
  const [meta, setMeta] = useState(() => ({}) as ReturnType<typeof readDevice>);
  const [kept, setKept] = useState<Persistence>('unknown');
  useEffect(() => {
    // Device notes are never what a reader waits for: as transitions they render in slices,
    // not as one blocking render of the whole island right after it hydrates.
    const refresh = () => {
      startTransition(() => setMeta(readDevice()));
      void persistence().then((next) => startTransition(() => setKept(next)));
    };
    refresh();
    window.addEventListener(DEVICE_EVENT, refresh);
    window.addEventListener('storage', refresh);
    return () => {
      window.removeEventListener(DEVICE_EVENT, refresh);
      window.removeEventListener('storage', refresh);
    };
  }, []);
  return { meta, kept };
}

const ADVICE_STATES: readonly Persistence[] = ['unknown', 'may-clear', 'persisted'];

export function DeviceData({ linkToAll = true }: { linkToAll?: boolean }) {
  const { meta, kept } = useDevice();
  const text = persistenceText(kept);
  return (
    <div className="device-data">
      <p>
        <strong>In this browser:</strong> <span data-persistence={kept}>{text.label}</span>.{' '}
        {meta.lastBackupAt ? `Last backed up ${dateTimeLabel(new Date(meta.lastBackupAt))}.` : 'Not backed up yet.'}
      </p>
      {/* Every state's advice takes the same box, sized by the longest: the server only knows
          "unknown", and the browser's answer arriving after hydration must not move the page. */}
      <div className="device-advice">
        {ADVICE_STATES.map((state) => {
          const advice = persistenceText(state).advice;
          if (!advice) return null;
          const shown = state === kept;
          return (
            <p key={state} className={shown ? undefined : 'is-reserved'} aria-hidden={shown ? undefined : true}>
              {advice}
            </p>
          );
        })}
      </div>
      {linkToAll && (
        <p>
          <a href="/your-data/">Back up everything, restore, or continue on another device</a>
        </p>
      )}
    </div>
  );
}
