/** The relevance floor: what job seekers type (tests/fixtures/search/relevance.yaml) finds what they expect. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { judge, summarize, type RelevanceCase } from '../../../src/lib/search/relevance';
import { realEngine } from './real-index';

const cases = parse(readFileSync('tests/fixtures/search/relevance.yaml', 'utf8')) as RelevanceCase[];
const { engine } = realEngine();
const outcomes = cases.map((c) => {
  const r = engine.search(c.q, 12);
  return judge(c, r.hits.map((h) => h.doc.url), r.good);
});

describe('relevance on the real content', () => {
  it('covers at least 60 queries of every kind the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['plain', 'misspelling', 'uk', 'question', 'abbreviation', 'none']));
  });

  it('puts what a job seeker expects in the top 3 for at least 90% of queries', () => {
    const misses = outcomes.filter((o) => !o.ok).map((o) => `${o.q} → ${o.top.join(', ') || '(nothing)'}`);
    const { success3, mrr } = summarize(outcomes);
    expect(success3, `missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(mrr, `missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });

  it.each(cases.filter((c) => c.want.length === 0).map((c) => c.q))('says "%s" has no good answer', (q) => {
    expect(engine.search(q).good).toBe(false);
  });
});
