/** A small skill profile and saved self-assessments for the "focus on my weakest skills" tests. */
import type { AssessmentState } from '../../../src/lib/assessment/schema';

export const profile = [
  { id: 'communication', entryLevel: 4 as const },
  { id: 'empathy', entryLevel: 4 as const },
  { id: 'de-escalation', entryLevel: 3 as const },
  { id: 'typing', entryLevel: 3 as const },
];
export const all = profile.map((p) => p.id);

/** A saved assessment: `ratings` as one finished result (none when empty), `draft` in progress. */
export function assessed(ratings: Record<string, 1 | 2 | 3 | 4 | 5>, draft: Record<string, 1 | 2 | 3 | 4 | 5> = {}): AssessmentState {
  return {
    draft: { ratings: draft, notes: {} },
    history: Object.keys(ratings).length ? [{ occupation: 'csr', ratings, completedAt: '2026-11-01T10:00:00.000Z' }] : [],
  };
}
