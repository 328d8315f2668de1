/** What the typing test's results say about each employer's rule, and how a short test's length reads. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatMinutes, scoreRules } from '../../../src/lib/practice/rules';
import { scoreTyping, type Keystroke } from '../../../src/lib/practice/typing';

const typeAt = (text: string, msPerChar: number): Keystroke[] => [...text].map((ch, i) => ({ at: (i + 1) * msPerChar, insert: ch }));
const sourceIds = new Set((parse(readFileSync('content/sources.yaml', 'utf8')) as Array<{ id: string }>).map((s) => String(s.id)));

describe('the rules shown next to a typing result', () => {
  const result = () => scoreTyping('one two three four five six', typeAt('one two three ', 1000), 5 * 60_000);

  it('name each rule, say how it counts and link a source the site lists, each rule its own', () => {
    const rules = scoreRules(result());
    expect(rules.map((r) => r.id)).toEqual(['plain', 'san-diego', 'iowa']);
    for (const rule of rules) {
      expect(rule.name.length, rule.id).toBeGreaterThan(8);
      expect(rule.method, rule.id).toMatch(/^Gross (WPM|words) .+\.$/);
      expect(sourceIds.has(rule.source!), `${rule.id}: ${rule.source}`).toBe(true);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(3);
    expect(new Set(rules.map((r) => r.source)).size).toBe(3);
  });

  it('finds nothing wrong with a clean five-minute test under any rule', () => {
    expect(scoreRules(result()).map((r) => r.problems)).toEqual([[], [], []]);
  });

  it('tells Iowa’s five-minute rule apart from San Diego’s on a short test', () => {
    const short = scoreTyping('one two three', typeAt('one two three ', 1000), 90_000);
    const [, sanDiego, iowa] = scoreRules(short);
    expect(sanDiego!.problems).toEqual(['San Diego needs a test of at least 5 minutes; this one was 1 min 30 s.']);
    expect(iowa!.problems).toEqual(['Iowa needs a test of at least 5 minutes; this one was 1 min 30 s.']);
  });
});

describe('a test’s length in words', () => {
  it('reads as seconds, minutes, or both, singular where it is one', () => {
    expect(formatMinutes(0.5)).toBe('30 seconds');
    expect(formatMinutes(1 / 60)).toBe('1 second');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(3)).toBe('3 minutes');
    expect(formatMinutes(2.25)).toBe('2 min 15 s');
  });
});
