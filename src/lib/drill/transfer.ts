/**
 * Export and import of drill progress as a JSON file. An import is validated in full and only
 * described to the user; nothing changes until they choose to merge or replace.
 */
import '../zod-jitless';
import { z } from 'zod/mini';
import { own } from '../own';
import { readExportFile } from '../transfer-file';
import { EXPORT_APP, EXPORT_KIND } from './export-file';
import type { StoredCard } from './card';
import { isoDateTime, progressSchema } from './progress-schema';
import { syncStoryLinks } from './notes';
import { repairProgress } from './repair';
import { PROGRESS_VERSION, type Progress, type ReviewLogEntry } from './progress';

export { EXPORT_APP, EXPORT_KIND, exportProgress, exportFileName, serialiseExport, type ExportFile } from './export-file';

/** Larger than any real progress file by far; refusing early keeps a stray upload from freezing the page. */
export const MAX_IMPORT_CHARS = 5_000_000;

export const IMPORT_MESSAGES = {
  tooLarge: 'This file is too large to be a progress file from this site.',
  notJson: 'This file could not be read: it is not a progress file exported from this site (it is not JSON).',
  wrongKind: 'This file is not interview practice progress exported from this site.',
  newer: (version: number) =>
    `This file was exported by a newer version of this site (format ${version}; this page reads format ${PROGRESS_VERSION} and older). Reload the page to get the latest version, then try again.`,
  invalid: (where: string, problem: string) =>
    `This file is damaged, so nothing was imported. Problem at ${where}: ${problem}.`,
} as const;

const headerSchema = z.object({
  app: z.literal(EXPORT_APP),
  kind: z.literal(EXPORT_KIND),
  version: z.int().check(z.positive()),
});

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

function summarise(occupation: string, exportedAt: string, progress: Progress, dropped = 0, clamped = 0): ImportSummary {
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
      header: headerSchema,
      body: bodySchema,
      version: PROGRESS_VERSION,
      messages: IMPORT_MESSAGES,
    });
    if (!body.ok) return body;
    const repaired = repairProgress(body.data.progress, options.now, options.knownIds);
    const progress = syncStoryLinks(repaired.progress);
    return { ok: true, summary: summarise(body.data.occupation, body.data.exportedAt, progress, repaired.dropped, repaired.clamped), progress };
  } catch {
    return { ok: false, error: IMPORT_MESSAGES.notJson };
  }
}

function lastReviewed(card: StoredCard): number {
  return card.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review);
}

function logKey(entry: ReviewLogEntry): string {
  return `${entry.questionId}|${Date.parse(entry.reviewedAt)}|${entry.rating}|${entry.mode}`;
}

function updated(item: { updatedAt?: string }): number {
  return item.updatedAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(item.updatedAt);
}

/** Keeps `current` unless `incoming` was edited strictly later: ties and undated items favour what is here. */
function newer<T extends { updatedAt?: string }>(current: Record<string, T>, incoming: Record<string, T>): Record<string, T> {
  const merged: Record<string, T> = { ...current };
  for (const [id, item] of Object.entries(incoming)) {
    const here = own(merged, id);
    if (!here || updated(item) > updated(here)) merged[id] = item;
  }
  return merged;
}

/**
 * Combines progress from two browsers. Cards: the one reviewed last wins (ties keep current).
 * Review log: the union, without duplicates, in time order. Own questions, notes and stories: current wins
 * unless the incoming copy was edited later. Interview date and settings: current wins, the
 * incoming interview date fills a gap. Replacing instead of merging is just using `incoming`.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const cards: Record<string, StoredCard> = { ...current.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const here = own(cards, id);
    if (!here || lastReviewed(card) > lastReviewed(here)) cards[id] = card;
  }

  const seen = new Set<string>();
  const log = [...current.log, ...incoming.log]
    .filter((entry) => {
      const key = logKey(entry);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));

  const merged: Progress = {
    cards,
    log,
    custom: newer(current.custom, incoming.custom),
    notes: newer(current.notes, incoming.notes),
    stories: newer(current.stories, incoming.stories),
    settings: current.settings,
  };
  const interviewDate = current.interviewDate ?? incoming.interviewDate;
  if (interviewDate !== undefined) merged.interviewDate = interviewDate;
  return syncStoryLinks(merged);
}
