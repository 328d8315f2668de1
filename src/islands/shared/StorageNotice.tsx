import './shared.css';
import type { Notice } from '../shared/use-stored';

export function StorageNotice({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <p className="island-notice" role={notice.role}>
      {notice.message}
    </p>
  );
}
