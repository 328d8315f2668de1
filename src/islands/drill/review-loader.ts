/**
 * ts-fsrs, and the grading that needs it (lib/drill/review), load on first need rather than with
 * the page: when an answer is shown (a grade follows), or at once when saved progress has cards
 * whose predicted recall orders the queue. Every part of the drill reads the one loaded module.
 */
import { startTransition, useEffect, useState } from 'react';

export type Review = typeof import('../../lib/drill/review');

let loaded: Review | null = null;
let loading: Promise<Review> | null = null;
const listeners = new Set<() => void>();

/** Starts loading (once); a failed load can be tried again. */
export function loadReview(): Promise<Review> {
  loading ??= import('../../lib/drill/review').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The loaded module, or null until it has arrived (always null on the server and while
 * hydrating). Its arrival re-renders the drill as a transition: in slices, not one long task.
 */
export function useReview(): Review | null {
  const [review, setReview] = useState<Review | null>(null);
  useEffect(() => {
    const listener = () => startTransition(() => setReview(loaded));
    if (loaded) listener();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return review;
}
