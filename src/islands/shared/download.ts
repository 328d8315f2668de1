import type { FileKind } from '../../lib/transfer-file';

/** Saves text as a file through the browser's download, without a server. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Downloads an island's export file (src/lib/transfer-file.ts). The file format loads when a
 * download is asked for, so the first view does not carry it.
 */
export async function downloadExport<K extends string>(spec: FileKind<K>, occupation: string, body: object): Promise<void> {
  const { exportFile, exportFileName, serialiseExport } = await import('../../lib/transfer-file');
  const at = new Date();
  download(exportFileName(spec, occupation, at), serialiseExport(exportFile(spec, occupation, at, body)));
}

/**
 * An export that is also a backup: downloads it, then notes the time in this device's notes, so
 * the weekly reminder waits again. Both load when asked for, not with the first view.
 */
export async function downloadBackup<K extends string>(spec: FileKind<K>, occupation: string, body: object): Promise<void> {
  await downloadExport(spec, occupation, body);
  const [{ changeDevice }, { noteBackup }] = await Promise.all([import('./device'), import('../../lib/sync/device')]);
  changeDevice((meta) => noteBackup(meta, new Date()));
}

/** What a reader is told when an export's code could not be loaded (offline, say). */
export const EXPORT_FAILED = 'The export could not start: part of this page did not load. Check your connection and try again; nothing was changed.';
