/**
 * Writing assessment history to a file. Kept apart from reading one (./transfer), which needs the
 * validator, so "Export my data" works without loading it.
 */
import { serialiseExport as serialiseFile } from '../transfer-file';
import { ASSESSMENT_VERSION, type AssessmentHistory } from './schema';

export const EXPORT_APP = 'csr-guide';
export const EXPORT_KIND = 'skills-assessment';

export interface ExportFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  occupation: string;
  exportedAt: string;
  history: AssessmentHistory;
}

export function exportHistory(history: AssessmentHistory, occupation: string, now: Date): ExportFile {
  return { app: EXPORT_APP, kind: EXPORT_KIND, version: ASSESSMENT_VERSION, occupation, exportedAt: now.toISOString(), history };
}

export function serialiseExport(file: ExportFile): string {
  return serialiseFile(file);
}

/** `csr-guide-skills-assessment-customer-service-representative-2025-03-03.json` */
export function exportFileName(occupation: string, now: Date): string {
  return `${EXPORT_APP}-${EXPORT_KIND}-${occupation}-${now.toISOString().slice(0, 10)}.json`;
}
