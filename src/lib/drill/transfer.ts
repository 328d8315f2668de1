/**
 * Export and import of drill progress as a JSON file. An import is validated in full and only
 * described to the user; nothing changes until they choose to merge or replace.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { importMessages, readExportFile } from '../transfer-file';
import { headerSchema } from '../transfer-header';
import { isoDateTime, progressSchema } from './progress-schema';
import { syncStoryLinks } from './notes';
import { repairProgress } from './repair';
import { PROGRESS_FILE, type Progress } from './progress';


/** Larger than any real progress file by far; refusing early keeps a stray upload from freezing the page. */
export const MAX_IMPORT_CHARS = 5_000_000;

export const IMPORT_MESSAGES = importMessages(PROGRESS_FILE);

const bodySchema = z.object({
  occupation: z.string().check(z.minLength(1), z.maxLength(200)),
  exportedAt: isoDateTime,
  progress: progressSchema,
});

export interface ImportSummary {
  occupation: string;
  exportedAt: string;
  cards: number;
  reviews: number;
  notes: number;
  stories: number;
  /** Questions the learner wrote. */
  custom: number;
  /** Cards, reviews and notes for questions this deck does not have: left out of the import. */
  dropped: number;
  /** Times in the file later than `now`, set to `now`. */
  clamped: number;
}

export interface ImportOptions {
  /** The moment of the import: no time in the file may be later. */
  now: Date;
  /** The occupation's question ids; anything for another question is dropped. */
  knownIds?: ReadonlySet<string>;
}

export type ImportResult = { ok: true; summary: ImportSummary; progress: Progress } | { ok: false; error: string };

function summarize(occupation: string, exportedAt: string, progress: Progress, dropped = 0, clamped = 0): ImportSummary {
  return {
    dropped,
    clamped,
    occupation,
    exportedAt,
    cards: Object.keys(progress.cards).length,
    reviews: progress.log.length,
    notes: Object.keys(progress.notes).length,
    stories: Object.keys(progress.stories).length,
    custom: Object.keys(progress.custom).length,
  };
}

/** Reads an uploaded file. Never throws: every problem comes back as a message for the user. */
export function parseImport(text: string, options: ImportOptions = { now: new Date() }): ImportResult {
  try {
    const body = readExportFile(text, {
      maxChars: MAX_IMPORT_CHARS,
      header: headerSchema(PROGRESS_FILE),
      body: bodySchema,
      version: PROGRESS_FILE.version,
      messages: IMPORT_MESSAGES,
    });
    if (!body.ok) return body;
    const repaired = repairProgress(body.data.progress, options.now, options.knownIds);
    const progress = syncStoryLinks(repaired.progress);
    return { ok: true, summary: summarize(body.data.occupation, body.data.exportedAt, progress, repaired.dropped, repaired.clamped), progress };
  } catch {
    return { ok: false, error: IMPORT_MESSAGES.notJson };
  }
}

/** Merging lives in ./merge; it is re-exported here, where import and export meet. */
export { mergeProgress, mergeImported } from './merge';
