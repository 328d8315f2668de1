/**
 * The bench report is this list of sections, in order. Each is a module in
 * scripts/bench/ exporting
 *
 *   export const id = 'search';                 // the name for --only, and the results.md marker
 *   export const title = 'Search';              // the heading in results.md
 *   export async function run(ctx) { return { summary, tables, goals, notes } }   // see report.mjs
 *
 * ctx: { root, dist, tmp, sizes, repeat, runs, keep, log } (see scripts/bench.mjs).
 * A section that throws is reported as "could not measure" and the others still run.
 *
 * To add a section (search timings, say): write scripts/bench/search.mjs and add a line below.
 */
export const SECTIONS = [
  { id: 'weight', load: () => import('./weight.mjs') },
  { id: 'height', load: () => import('./height.mjs') },
  { id: 'lighthouse', load: () => import('./lighthouse.mjs') },
  { id: 'scaling', load: () => import('./scaling.mjs') },
  { id: 'search', load: () => import('./search.mjs') },
  { id: 'islands', load: () => import('./islands.mjs') },
  { id: 'typing', load: () => import('./typing.mjs') },
];
