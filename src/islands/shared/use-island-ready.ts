/**
 * Marks an island interactive once it has read its saved state: `data-island-ready` on its root
 * and a `performance.mark('island-ready')`, which the e2e tests and `npm run bench` wait for.
 */
import { useEffect, useRef } from 'react';

export function useIslandReady<E extends HTMLElement>(ready: boolean) {
  const root = useRef<E>(null);
  useEffect(() => {
    const element = root.current;
    if (!ready || !element || element.dataset['islandReady']) return;
    element.dataset['islandReady'] = 'true';
    performance.mark('island-ready');
  }, [ready]);
  return root;
}
