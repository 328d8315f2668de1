/**
 * What the backup and the device transfer know about each kind of stored data: how to check it,
 * merge it, describe it and leave its private notes out. Kinds not listed here (added by later
 * features under `csr-guide:v1:<kind>:…`) are still backed up and restored whole.
 */
import type { z } from 'zod/mini';
import { mergeAssessmentState } from '../assessment/merge';
import { ASSESSMENT_VERSION, type AssessmentState } from '../assessment/schema';
import { assessmentStateSchema } from '../assessment/stored-schema';
import { mergeImported } from '../drill/merge';
import { PROGRESS_VERSION, type Progress } from '../drill/progress';
import { progressSchema } from '../drill/progress-schema';

export interface Kind<T> {
  schema: z.ZodMiniType<T>;
  version: number;
  /** `current` is what this browser holds; the incoming copy adds to it and never removes. */
  merge: (current: T, incoming: T) => T;
  /** "12 reviews, 3 notes": for the preview before a restore. */
  describe: (value: T) => string;
  /** The same data without anything the reader wrote in their own words. */
  withoutNotes: (value: T) => T;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const drill: Kind<Progress> = {
  schema: progressSchema,
  version: PROGRESS_VERSION,
  merge: mergeImported,
  describe: (p) =>
    `${plural(p.log.length, 'review')}, ${plural(Object.keys(p.cards).length, 'graded card')}, ${plural(Object.keys(p.notes).length, 'note')}, ${plural(Object.keys(p.stories).length, 'story', 'stories')}`,
  withoutNotes: (p) => ({ ...p, notes: {}, stories: {} }),
};

const assessment: Kind<AssessmentState> = {
  schema: assessmentStateSchema,
  version: ASSESSMENT_VERSION,
  // An import adds to the history whatever epoch it came from: the reader chose it.
  merge: (current, incoming) => {
    const { epoch: _theirs, ...rest } = incoming;
    return mergeAssessmentState(current, current.epoch === undefined ? rest : { ...rest, epoch: current.epoch });
  },
  describe: (s) => `${plural(s.history.length, 'completed assessment')}${Object.keys(s.draft.ratings).length > 0 ? ', one in progress' : ''}`,
  withoutNotes: (s) => ({
    ...s,
    draft: { ratings: s.draft.ratings, notes: {} },
    history: s.history.map(({ notes: _notes, ...entry }) => entry),
  }),
};

/** By the `<kind>` part of `csr-guide:v1:<kind>:<id>`. */
export const KINDS: Readonly<Record<string, Kind<never>>> = { drill, assessment } as unknown as Record<string, Kind<never>>;

export function kindOf(name: string): Kind<unknown> | undefined {
  return Object.hasOwn(KINDS, name) ? (KINDS[name] as unknown as Kind<unknown>) : undefined;
}

/** Human names for the kinds, for lists of what a backup holds. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  drill: 'Interview practice',
  assessment: 'Skills self-assessment',
  practice: 'Hiring-test practice',
};
