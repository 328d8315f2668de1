import type { Notice } from './use-stored';

export function StorageNotice({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <p className="drill-notice" role={notice.role}>
      {notice.message}
    </p>
  );
}
