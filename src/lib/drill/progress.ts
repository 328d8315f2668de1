/**
 * Everything the drill keeps for one occupation and the changes a review makes to it. The shapes
 * are defined by the Zod schemas in ./progress-schema, which check stored and imported data.
 */
import type { z } from 'zod/mini';
import type { noteSchema, progressSchema, reviewLogEntrySchema, settingsSchema, storySchema } from './progress-schema';
import type { FileKind } from '../transfer-file';

/** Bump when the stored shape changes in a way defaults cannot absorb, and add a migration. */
export const PROGRESS_VERSION = 1;

/** Progress as an exported file (see ../transfer-file): `csr-guide-interview-practice-….json`. */
export const PROGRESS_FILE: FileKind<'drill-progress'> = {
  kind: 'drill-progress',
  name: 'interview-practice',
  version: PROGRESS_VERSION,
  noun: 'progress file',
  holds: 'interview practice progress',
};

export const REVIEW_MODES = ['drill', 'mock', 'extra'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export type ReviewLogEntry = z.output<typeof reviewLogEntrySchema>;

export type Note = z.output<typeof noteSchema>;

export type Story = z.output<typeof storySchema>;

/** Anki's defaults: 20 new cards and at most 200 reviews a day. */
export const DEFAULT_NEW_PER_DAY = 20;
export const DEFAULT_REVIEWS_PER_DAY = 200;

export type Settings = z.output<typeof settingsSchema>;

export type Progress = z.output<typeof progressSchema>;

/** What a new learner starts with: the schema's defaults, written out (a test keeps them equal). */
export function emptyProgress(): Progress {
  return {
    cards: {},
    custom: {},
    log: [],
    notes: {},
    stories: {},
    settings: { newPerDay: DEFAULT_NEW_PER_DAY, reviewsPerDay: DEFAULT_REVIEWS_PER_DAY, mockLength: 5, readAloud: true, speechRate: 1, countdownSeconds: 0 },
  };
}

/** Extra practice is for the learner only: it is logged, but never moves a card. */
export function isExtraPractice(mode: ReviewMode): boolean {
  return mode === 'extra';
}

export function setInterviewDate(progress: Progress, interviewDate: Date | null): Progress {
  const { interviewDate: _previous, ...rest } = progress;
  return interviewDate ? { ...rest, interviewDate: interviewDate.toISOString() } : rest;
}
