/** The practice attempts, kept under one key for every test (see src/lib/practice/attempts.ts). */
import { useCallback } from 'react';
import { addAttempt, emptyPractice, PRACTICE_KEY, PRACTICE_VERSION, type Attempt } from '../../lib/practice/attempts';
import { useStored } from '../shared/use-stored';

/** The validator loads only when something is stored to check. */
const practiceSchema = () => import('../../lib/practice/attempts-schema').then((m) => m.practiceSchema);

export function usePractice() {
  const stored = useStored(PRACTICE_KEY, practiceSchema, PRACTICE_VERSION, emptyPractice);
  const { update } = stored;
  const record = useCallback((attempt: Attempt) => update((current) => addAttempt(current, attempt)), [update]);
  return { ...stored, record };
}
