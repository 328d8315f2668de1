/**
 * Whether a CSS media query matches, following it as the window changes. The server and the
 * hydrating render both say false, so the markup the server sent is what hydrates; the real
 * value follows as a transition, so a layout change after hydration renders in slices rather
 * than as one long task.
 */
import { startTransition, useEffect, useState } from 'react';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    const list = window.matchMedia(query);
    const read = () => startTransition(() => setMatches(list.matches));
    read();
    list.addEventListener('change', read);
    return () => list.removeEventListener('change', read);
  }, [query]);
  return matches;
}
