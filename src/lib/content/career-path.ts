/**
 * The career path across all guides, as a graph: an edge from A to B when A's `careerPath.next`
 * names B. Moving up must never lead back to where you started, so the graph must have no cycle.
 */

export interface PathOccupation {
  id: string;
  path: string;
  next: readonly (string | undefined)[];
}

/** Each cycle found along `next` edges, as "file → careerPath.next: a → b → a". */
export function careerPathCycles(occupations: readonly PathOccupation[]): string[] {
  const edges = new Map(occupations.map((o) => [o.id, o.next.filter((n): n is string => n !== undefined)]));
  const files = new Map(occupations.map((o) => [o.id, o.path]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: string[] = [];
  const reported = new Set<string>();

  const visit = (id: string, trail: string[]) => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const key = [...cycle.slice(0, -1)].sort().join(' ');
      if (!reported.has(key)) {
        reported.add(key);
        const shown = cycle.length > 6 ? [...cycle.slice(0, 5), `… ${cycle.length - 6} more`, cycle.at(-1)!] : cycle;
        problems.push(`${files.get(cycle[0]!) ?? cycle[0]} → careerPath.next: the career path loops back on itself (${shown.join(' → ')})`);
      }
      return;
    }
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const o of occupations) visit(o.id, []);
  return problems;
}
