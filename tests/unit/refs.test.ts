import { expect, it } from 'vitest';
import { collectRefs } from '../../src/lib/content/refs';

it('finds every source an occupation cites, once each, in reading order', () => {
  const data = {
    pay: { medianAnnual: { value: 1, source: { collection: 'sources', id: 'a' } } },
    history: [{ source: { collection: 'sources', id: 'b' } }, { source: { collection: 'sources', id: 'a' } }],
    skills: [{ skill: { collection: 'skills', id: 'empathy' } }],
    sources: [{ collection: 'sources', id: 'c' }],
  };
  expect(collectRefs(data, 'sources')).toEqual(['a', 'b', 'c']);
  expect(collectRefs(data, 'skills')).toEqual(['empathy']);
});
