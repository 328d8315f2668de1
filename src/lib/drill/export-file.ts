/**
 * Writing drill progress to a file. Kept apart from reading one (./transfer), which needs the
 * validator, so "Export my data" works without loading it.
 */
import { serialiseExport as serialiseFile } from '../transfer-file';
import { PROGRESS_VERSION, type Progress } from './progress';

export const EXPORT_APP = 'csr-guide';
export const EXPORT_KIND = 'drill-progress';

export interface ExportFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  occupation: string;
  exportedAt: string;
  progress: Progress;
}

export function exportProgress(progress: Progress, occupation: string, now: Date): ExportFile {
  return { app: EXPORT_APP, kind: EXPORT_KIND, version: PROGRESS_VERSION, occupation, exportedAt: now.toISOString(), progress };
}

export function serialiseExport(file: ExportFile): string {
  return serialiseFile(file);
}

/** `csr-guide-interview-practice-customer-service-representative-2025-03-03.json` */
export function exportFileName(occupation: string, now: Date): string {
  return `${EXPORT_APP}-interview-practice-${occupation}-${now.toISOString().slice(0, 10)}.json`;
}
