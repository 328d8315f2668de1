/**
 * Searching the documents: the Fuse.js options both sides agree on, and the
 * shaping of results for the dialog (grouped by type, matches highlighted).
 */
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { DOC_TYPES, type DocType, type SearchDoc } from './documents';

export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aka', weight: 2 },
  { name: 'text', weight: 1 },
];

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export const TYPE_LABELS: Record<DocType, string> = {
  occupation: 'Career guides',
  section: 'Guide sections',
  question: 'Interview questions',
  skill: 'Skills',
  term: 'Glossary',
};

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matched runs; Fuse gives inclusive [start, end] ranges. */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): Segment[] {
  const sorted = [...ranges].filter(([a, b]) => b - a >= 1).sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), match: false });
    out.push({ text: text.slice(from, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

export interface ResultGroup {
  type: DocType;
  label: string;
  items: Array<{ doc: SearchDoc; title: Segment[] }>;
}

/** Groups ranked results by type, keeping the best group first and at most `perGroup` in each. */
export function groupResults(results: ReadonlyArray<FuseResult<SearchDoc>>, perGroup = 5): ResultGroup[] {
  const groups = new Map<DocType, ResultGroup>();
  for (const r of results) {
    const type = r.item.type;
    let g = groups.get(type);
    if (!g) {
      g = { type, label: TYPE_LABELS[type], items: [] };
      groups.set(type, g);
    }
    if (g.items.length >= perGroup) continue;
    const titleMatch = r.matches?.find((m) => m.key === 'title');
    g.items.push({ doc: r.item, title: highlight(r.item.title, titleMatch?.indices) });
  }
  // Groups appear in order of their best result; DOC_TYPES breaks no ties since Map keeps insertion order.
  return [...groups.values()].sort((a, b) => order(results, a.type) - order(results, b.type) || DOC_TYPES.indexOf(a.type) - DOC_TYPES.indexOf(b.type));
}

function order(results: ReadonlyArray<FuseResult<SearchDoc>>, type: DocType): number {
  return results.findIndex((r) => r.item.type === type);
}
