/**
 * The parts the content check is built from, on small in-memory inputs: what an author sees when a
 * list file, a career path or a date is wrong. (content-rules.test.ts covers whole broken sets.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careerPathCycles } from '../../src/lib/content/career-path';
import { compareIso, isNotFuture, isoDateSchema, startOf } from '../../src/lib/content/dates';
import { occupationId, validateContent, type ContentFiles } from '../../src/lib/content/validate';
import { collectEntries, ContentError } from '../../src/lib/content/yaml-list';
import { readContent } from '../../src/loaders/read-content';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('list files', () => {
  it('reads entries in file order with their file and position', () => {
    const entries = collectEntries([
      { path: 'a.yaml', text: '- id: one\n  n: 1\n- id: two\n' },
      { path: 'b.yaml', text: '- id: three\n' },
    ]);
    expect(entries.map((e) => [e.id, e.path, e.index])).toEqual([
      ['one', 'a.yaml', 0],
      ['two', 'a.yaml', 1],
      ['three', 'b.yaml', 0],
    ]);
    expect(entries[0]?.data).toEqual({ id: 'one', n: 1 });
  });

  it('treats an empty file as no entries', () => {
    expect(collectEntries([{ path: 'empty.yaml', text: '' }, { path: 'comment.yaml', text: '# nothing yet\n' }])).toEqual([]);
  });

  it('names every broken file and entry at once, and keeps going after the first', () => {
    const problems = problemsOf(() =>
      collectEntries([
        { path: 'map.yaml', text: 'id: not-a-list\n' },
        { path: 'items.yaml', text: '- just text\n- [1, 2]\n- id: ""\n- name: no id\n- id: ok\n- id: ok\n' },
        { path: 'bad.yaml', text: '- id: [unclosed\n' },
      ]),
    );
    expect(problems).toEqual([
      'map.yaml: expected a list of entries, each starting with "- id: ..."',
      'items.yaml → [0]: expected an entry with fields, got "just text"',
      'items.yaml → [1]: expected an entry with fields, got [1,2]',
      'items.yaml → [2] → id: missing; every entry needs an id',
      'items.yaml → [3] → id: missing; every entry needs an id',
      'items.yaml → [5] → id: duplicate id "ok", first used at items.yaml → [4]',
      expect.stringMatching(/^bad\.yaml: not valid YAML \(.+\)$/),
    ]);
  });

  it('says what is broken in its message, one problem a line', () => {
    const error = new ContentError(['a.yaml: one', 'b.yaml: two']);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('Content is broken:\n  - a.yaml: one\n  - b.yaml: two');
  });
});

describe('career paths', () => {
  const occ = (id: string, ...next: Array<string | undefined>) => ({ id, path: `content/occupations/${id}.md`, next });

  it('accepts paths that branch and meet again without looping', () => {
    expect(careerPathCycles([occ('a', 'b', 'c'), occ('b', 'd'), occ('c', 'd'), occ('d'), occ('e', undefined, 'zz')])).toEqual([]);
  });

  it('reports each loop once, from the file where it starts', () => {
    expect(careerPathCycles([occ('a', 'b'), occ('b', 'c'), occ('c', 'a'), occ('d', 'b')])).toEqual([
      'content/occupations/a.md → careerPath.next: the career path loops back on itself (a → b → c → a)',
    ]);
    expect(careerPathCycles([occ('self', 'self')])).toEqual([
      'content/occupations/self.md → careerPath.next: the career path loops back on itself (self → self)',
    ]);
  });

  it('shortens a long loop in the message', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const ring = ids.map((id, i) => occ(id, ids[(i + 1) % ids.length]));
    expect(careerPathCycles(ring)).toEqual([
      'content/occupations/a.md → careerPath.next: the career path loops back on itself (a → b → c → d → e → … 2 more → a)',
    ]);
  });
});

describe('reference dates', () => {
  it('read a year, a month or a day, as the first moment of it', () => {
    expect(startOf('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(startOf('2024-05').toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(startOf('2024-05-31').toISOString()).toBe('2024-05-31T00:00:00.000Z');
    expect(() => startOf('May 2024')).toThrow('not a date: May 2024');
  });

  it('accept YAML dates and bare years, and refuse other shapes with an example', () => {
    expect(isoDateSchema.parse(new Date('2024-05-31T00:00:00Z'))).toBe('2024-05-31');
    expect(isoDateSchema.parse(2024)).toBe('2024');
    expect(isoDateSchema.safeParse(new Date('nope')).success).toBe(false);
    for (const bad of ['2024-13', '2024-05-32', '24-05', '2024-5']) {
      const result = isoDateSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('date looks like 2024, 2024-05 or 2024-05-31');
    }
  });

  it('count a period as past once it has begun, and order dates of mixed precision', () => {
    const now = new Date('2025-06-15T12:00:00Z');
    expect(isNotFuture('2025-06', now)).toBe(true);
    expect(isNotFuture('2025-06-15', now)).toBe(true);
    expect(isNotFuture('2025-06-16', now)).toBe(false);
    expect(isNotFuture('2026', now)).toBe(false);
    expect(Math.sign(compareIso('2024', '2024-02'))).toBe(-1);
    expect(compareIso('2024-05', '2024-05-01')).toBe(0);
    expect(Math.sign(compareIso('2025', '2024-12-31'))).toBe(1);
  });
});

describe('the whole content check', () => {
  const valid = readContent('tests/fixtures/content', 'valid');
  const withOccupation = (text: string): ContentFiles => ({ ...valid, occupations: [...valid.occupations, { path: 'content/occupations/broken.md', text }] });

  it('names the file of an occupation without frontmatter, or with frontmatter that is not YAML', () => {
    expect(validateContent(withOccupation('# Just a heading\n'))).toContain('content/occupations/broken.md: no frontmatter (a block between --- lines at the top)');
    const problems = validateContent(withOccupation('---\ntitle: [unclosed\n---\n'));
    expect(problems.some((p) => /^content\/occupations\/broken\.md: frontmatter is not valid YAML \(.+\)$/.test(p))).toBe(true);
  });

  it('names the entry and the field of a schema problem in a list file', () => {
    const skills = { path: valid.skills.path, text: `${valid.skills.text}\n- id: no-name-skill\n` };
    const problems = validateContent({ ...valid, skills });
    expect(problems.some((p) => p.startsWith(`${valid.skills.path} → no-name-skill → `))).toBe(true);
  });

  it('gives an occupation the id Astro gives its file', () => {
    expect(occupationId('content/occupations/teller.md')).toBe('teller');
    expect(occupationId('content/occupations/teller.mdx')).toBe('teller');
  });

  it('reads the valid fixture as it is on disk', () => {
    expect(valid.skills.text).toBe(readFileSync('tests/fixtures/content/valid/skills.yaml', 'utf8'));
  });
});
