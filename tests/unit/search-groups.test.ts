/** Shaping ranked results for the search dialog: groups, their order and caps, highlighted titles. */
import type { FuseResult } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import type { DocType, SearchDoc } from '../../src/lib/search/documents';
import { groupResults, highlight } from '../../src/lib/search/query';

function hit(type: DocType, title: string, titleRanges?: Array<[number, number]>): FuseResult<SearchDoc> {
  return {
    item: { type, title, aka: '', text: '', url: `/${type}/${title}`, context: '' },
    refIndex: 0,
    ...(titleRanges ? { matches: [{ key: 'text', indices: [[0, 1]] }, { key: 'title', indices: titleRanges }] } : { matches: [] }),
  };
}

describe('grouping search results', () => {
  it('keeps at most five results a group, the best first, without losing other groups', () => {
    const results = [...Array.from({ length: 7 }, (_, i) => hit('question', `q${i}`)), hit('term', 'AHT')];
    const groups = groupResults(results);
    expect(groups.map((g) => [g.type, g.label, g.items.map((i) => i.doc.title)])).toEqual([
      ['question', 'Interview questions', ['q0', 'q1', 'q2', 'q3', 'q4']],
      ['term', 'Glossary', ['AHT']],
    ]);
    expect(groupResults(results, 2)[0]?.items).toHaveLength(2);
  });

  it('orders groups by their best result, not by type', () => {
    const groups = groupResults([hit('term', 'AHT'), hit('occupation', 'Teller'), hit('term', 'FCR'), hit('skill', 'Empathy')]);
    expect(groups.map((g) => g.type)).toEqual(['term', 'occupation', 'skill']);
  });

  it('highlights the title from the title match only', () => {
    const [group] = groupResults([hit('skill', 'Empathy', [[0, 2]])]);
    expect(group?.items[0]?.title).toEqual([
      { text: 'Emp', match: true },
      { text: 'athy', match: false },
    ]);
    const [plain] = groupResults([hit('skill', 'Empathy')]);
    expect(plain?.items[0]?.title).toEqual([{ text: 'Empathy', match: false }]);
  });

  it('returns no groups for no results', () => {
    expect(groupResults([])).toEqual([]);
  });
});

describe('highlighting', () => {
  it('ignores one-letter matches, merges overlapping ranges and keeps every character', () => {
    const text = 'Average handle time';
    const parts = highlight(text, [[12, 17], [8, 13], [0, 0]]);
    expect(parts).toEqual([
      { text: 'Average ', match: false },
      { text: 'handle', match: true },
      { text: ' tim', match: true },
      { text: 'e', match: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('skips a range already covered, and marks a match that reaches the end', () => {
    expect(highlight('handle time', [[0, 5], [1, 3], [7, 10]])).toEqual([
      { text: 'handle', match: true },
      { text: ' ', match: false },
      { text: 'time', match: true },
    ]);
    expect(highlight('time')).toEqual([{ text: 'time', match: false }]);
    expect(highlight('')).toEqual([]);
  });
});
