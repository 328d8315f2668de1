import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { readContent } from '../../src/loaders/read-content';

describe('the real content', () => {
  it('passes every content rule', () => {
    expect(validateContent(readContent(process.cwd(), 'content'))).toEqual([]);
    // Every guide, question and practice item is parsed and checked: seconds on a busy machine.
  }, 30_000);
});
