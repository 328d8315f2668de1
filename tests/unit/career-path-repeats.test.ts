/**
 * Loops in the career path when a step is listed twice, when two loops share their first
 * occupation, and when ids would run together: each loop is reported once, and none is lost.
 */
import { describe, expect, it } from 'vitest';
import { careerPathCycles } from '../../src/lib/content/career-path';

const occ = (id: string, ...next: (string | undefined)[]) => ({ id, path: `content/occupations/${id}.md`, next });
const loop = (from: string, shown: string) => `content/occupations/${from}.md → careerPath.next: the career path loops back on itself (${shown})`;

describe('loops in the career path', () => {
  it('are reported once when a guide lists the same next step twice', () => {
    expect(careerPathCycles([occ('clerk', 'lead'), occ('lead', 'clerk', 'clerk')])).toEqual([loop('clerk', 'clerk → lead → clerk')]);
  });

  it('are all reported when two loops start from the same occupation', () => {
    expect(careerPathCycles([occ('clerk', 'lead', 'trainer'), occ('lead', 'clerk'), occ('trainer', 'clerk')])).toEqual([
      loop('clerk', 'clerk → lead → clerk'),
      loop('clerk', 'clerk → trainer → clerk'),
    ]);
  });

  it('are told apart even when their ids would read the same run together', () => {
    expect(careerPathCycles([occ('a', 'bc'), occ('bc', 'a'), occ('ab', 'c'), occ('c', 'ab')])).toEqual([loop('a', 'a → bc → a'), loop('ab', 'ab → c → ab')]);
  });

  it('include a guide that names itself as its next step', () => {
    expect(careerPathCycles([occ('clerk', 'clerk')])).toEqual([loop('clerk', 'clerk → clerk')]);
  });
});
