/**
 * Small content rules an author can meet: a reference date of today is not in the future, an id
 * of blank spaces is no id, and only real references are collected from an entry.
 */
import { describe, expect, it } from 'vitest';
import { isNotFuture } from '../../src/lib/content/dates';
import { collectRefs } from '../../src/lib/content/refs';
import { collectEntries, ContentError } from '../../src/lib/content/yaml-list';

describe('a reference date', () => {
  it('may be the present moment, not a moment later', () => {
    const mayFirst = new Date(Date.UTC(2024, 4, 1));
    expect(isNotFuture('2024-05', mayFirst)).toBe(true);
    expect(isNotFuture('2024-05', new Date(mayFirst.getTime() - 1))).toBe(false);
  });
});

describe('entries in a list file', () => {
  it('need an id that is more than spaces', () => {
    let problems: string[] = [];
    try {
      collectEntries([{ path: 'skills.yaml', text: '- id: "   "\n  name: Listening\n' }]);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems;
    }
    expect(problems).toEqual(['skills.yaml → [0] → id: missing; every entry needs an id']);
  });
});

describe('references in an entry', () => {
  it('are collected only where the id is text, in first-seen order', () => {
    const entry = {
      skills: [{ collection: 'skills', id: 'listening' }, { collection: 'skills', id: 7 }],
      nested: { also: { collection: 'skills', id: 'typing' }, again: { collection: 'skills', id: 'listening' } },
      other: { collection: 'sources', id: 'bls' },
    };
    expect(collectRefs(entry, 'skills')).toEqual(['listening', 'typing']);
  });
});
