/** The gentle weekly reminder to back up, shown after a week of practice without one. */
import { dismissReminder, shouldRemind } from '../../lib/sync/device';
import { changeDevice } from './device';
import { useDevice } from './DeviceData';

export function BackupReminder() {
  const { meta } = useDevice();
  if (!shouldRemind(meta, new Date())) return null;
  return (
    <div className="island-notice backup-reminder" role="status">
      <p>
        You have been practicing for over a week without a backup. Your progress lives only in this browser:{' '}
        <a href="/your-data/">back up everything</a> to keep it safe.
      </p>
      <button type="button" onClick={() => changeDevice((m) => dismissReminder(m, new Date()))}>
        Remind me next week
      </button>
    </div>
  );
}
