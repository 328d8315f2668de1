import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { readContent } from '../../src/loaders/read-content';

describe('the real content', () => {
  // Every guide, question and practice item is parsed and checked: seconds on a busy machine.
  it('passes every content rule', { timeout: 30_000 }, () => {
    expect(validateContent(readContent(process.cwd(), 'content'))).toEqual([]);
  });
});
