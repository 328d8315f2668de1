/**
 * Scoring search against what job seekers expect (tests/fixtures/search/relevance.yaml):
 * mean reciprocal rank and success@3. No imports, so the bench (plain Node) can load it too.
 */
export interface RelevanceCase {
  q: string;
  kind: string;
  /** Any of these among the first three is a success; none at all means "no good answer here". */
  want: string[];
}

export interface Outcome {
  q: string;
  kind: string;
  /** 1-based rank of the first wanted result; for a no-answer query, 1 when search said so. */
  rank: number | null;
  ok: boolean;
  /** The first three results, for the report. */
  top: string[];
}

/** `urls` in the order shown; `good` is whether search claimed a good answer. */
export function judge(c: RelevanceCase, urls: readonly string[], good: boolean): Outcome {
  const top = urls.slice(0, 3);
  if (c.want.length === 0) return { q: c.q, kind: c.kind, rank: good ? null : 1, ok: !good, top };
  const at = urls.findIndex((u) => c.want.includes(u));
  const rank = at < 0 ? null : at + 1;
  return { q: c.q, kind: c.kind, rank, ok: rank !== null && rank <= 3, top };
}

export interface Summary {
  n: number;
  mrr: number;
  success3: number;
}

export function summarize(outcomes: readonly Outcome[]): Summary & { byKind: Record<string, Summary> } {
  const of = (list: readonly Outcome[]): Summary => ({
    n: list.length,
    mrr: list.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / (list.length || 1),
    success3: list.filter((o) => o.ok).length / (list.length || 1),
  });
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  return { ...of(outcomes), byKind: Object.fromEntries(kinds.map((k) => [k, of(outcomes.filter((o) => o.kind === k))])) };
}
