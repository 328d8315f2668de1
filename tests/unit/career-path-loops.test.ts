/**
 * How the content check names a loop in the career path: from the occupation where the loop
 * starts, not from one that merely leads into it, and in full when it is short enough to read.
 */
import { describe, expect, it } from 'vitest';
import { careerPathCycles } from '../../src/lib/content/career-path';

const occ = (id: string, ...next: (string | undefined)[]) => ({ id, path: `content/occupations/${id}.md`, next });

describe('a loop in the career path', () => {
  it('is named from where it loops, even when another occupation leads into it', () => {
    expect(careerPathCycles([occ('entry', 'clerk'), occ('clerk', 'lead'), occ('lead', 'clerk')])).toEqual([
      'content/occupations/clerk.md → careerPath.next: the career path loops back on itself (clerk → lead → clerk)',
    ]);
  });

  it('is shown in full up to five occupations', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const ring = ids.map((id, i) => occ(id, ids[(i + 1) % ids.length]));
    expect(careerPathCycles(ring)).toEqual([
      'content/occupations/a.md → careerPath.next: the career path loops back on itself (a → b → c → d → e → a)',
    ]);
  });

  it('reports two separate loops each once', () => {
    expect(careerPathCycles([occ('a', 'b'), occ('b', 'a'), occ('c', 'd'), occ('d', 'c')])).toEqual([
      'content/occupations/a.md → careerPath.next: the career path loops back on itself (a → b → a)',
      'content/occupations/c.md → careerPath.next: the career path loops back on itself (c → d → c)',
    ]);
  });
});
