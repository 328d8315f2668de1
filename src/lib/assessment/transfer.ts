/**
 * Export and import of assessment history as a JSON file. An import is validated in full and only
 * described to the user; nothing changes until they choose to merge.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { importMessages, readExportFile } from '../transfer-file';
import { headerSchema } from '../transfer-header';
import { normaliseHistory } from './history';
import { ASSESSMENT_FILE, type AssessmentHistory, type CompletedAssessment } from './schema';
import { historySchema, idSchema, isoDateTime } from './stored-schema';


/** A full history is a few KB; refusing early keeps a stray upload from freezing the page. */
export const MAX_IMPORT_CHARS = 2_000_000;

export const IMPORT_MESSAGES = {
  ...importMessages(ASSESSMENT_FILE),
  otherOccupation: (occupation: string) =>
    `This file holds results for another occupation (${occupation}). Import it on that occupation's skills page.`,
  empty: 'This file holds no completed assessments, so there is nothing to import.',
};

const bodySchema = z
  .object({
    occupation: idSchema,
    exportedAt: isoDateTime,
    history: historySchema,
  })
  .check(
    z.superRefine((file, ctx) => {
      file.history.forEach((entry, index) => {
        if (entry.occupation !== file.occupation) {
          ctx.addIssue({ code: 'custom', path: ['history', index, 'occupation'], message: `must be ${file.occupation}, as at the top of the file`, input: entry.occupation });
        }
      });
    }),
  );

export interface ImportSummary {
  occupation: string;
  exportedAt: string;
  /** Kept from the file: the newest `HISTORY_CAP`, one per instant. */
  assessments: number;
  /** Completed assessments the file holds, before any is left out. */
  inFile: number;
  /** completedAt of the oldest and newest assessment in the file. */
  first: string;
  last: string;
}

export type ImportResult = { ok: true; summary: ImportSummary; history: AssessmentHistory } | { ok: false; error: string };

/**
 * Reads an uploaded file, for `occupation` when given. Never throws: every problem comes back as
 * a message for the user. The history returned is sorted, one entry per instant, nothing dropped.
 */
export function parseImport(text: string, occupation?: string): ImportResult {
  try {
    const body = readExportFile(text, {
      maxChars: MAX_IMPORT_CHARS,
      header: headerSchema(ASSESSMENT_FILE),
      body: bodySchema,
      version: ASSESSMENT_FILE.version,
      messages: IMPORT_MESSAGES,
    });
    if (!body.ok) return body;
    if (occupation !== undefined && body.data.occupation !== occupation) {
      return { ok: false, error: IMPORT_MESSAGES.otherOccupation(body.data.occupation) };
    }
    const history = normaliseHistory(body.data.history);
    const first = history[0];
    const last = history.at(-1);
    if (!first || !last) return { ok: false, error: IMPORT_MESSAGES.empty };
    return {
      ok: true,
      summary: {
        occupation: body.data.occupation,
        exportedAt: body.data.exportedAt,
        assessments: history.length,
        inFile: body.data.history.length,
        first: first.completedAt,
        last: last.completedAt,
      },
      history,
    };
  } catch {
    return { ok: false, error: IMPORT_MESSAGES.notJson };
  }
}

/** Merging lives in ./merge; it is re-exported here, where import and export meet. */
export { mergeHistory, type HistoryMerge } from './merge';

/** How many incoming assessments are not here yet, for "3 new results; 2 you already have". */
export function countNew(current: readonly CompletedAssessment[], incoming: readonly CompletedAssessment[]): number {
  const here = new Set(current.map((entry) => Date.parse(entry.completedAt)));
  return new Set(incoming.map((entry) => Date.parse(entry.completedAt)).filter((t) => !here.has(t))).size;
}
