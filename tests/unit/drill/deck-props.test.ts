import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/lib/content/schemas';
import { parseDeckQuery, toDrillQuestion } from '../../../src/lib/drill/deck';

const base = {
  id: 'angry-customer',
  text: 'Tell me about an angry customer.',
  purpose: 'Checks calm.',
  category: 'behavioral',
  skills: [{ collection: 'skills', id: 'empathy' }],
  occupations: [{ collection: 'occupations', id: 'teller' }],
  strongAnswer: ['Stay calm.'],
  pitfalls: ['Arguing.'],
  followUps: [],
  wording: [],
  featured: false,
} as unknown as Question;

describe('a question as the drill gets it', () => {
  it('carries the example STAR answer and the framework when the guide has them', () => {
    const star = { situation: 'A queue.', task: 'Calm a caller.', action: 'Listened.', result: 'Kept the account.' };
    const drill = toDrillQuestion({ ...base, star, framework: 'STAR' } as Question);
    expect(drill.star).toEqual(star);
    expect(drill.framework).toBe('STAR');
    expect(drill.skills).toEqual(['empathy']);
  });

  it('has neither when the guide has none', () => {
    const drill = toDrillQuestion(base);
    expect(Object.hasOwn(drill, 'star')).toBe(false);
    expect(Object.hasOwn(drill, 'framework')).toBe(false);
  });
});

describe('a deck link', () => {
  it('ignores empty values left by stray commas without reporting them', () => {
    expect(parseDeckQuery('?skill=empathy,,&skill=&category=behavioral,', { skills: ['empathy'], categories: ['behavioral'] })).toEqual({
      filters: { skills: ['empathy'], categories: ['behavioral'] },
      ignored: { skills: [], categories: [] },
    });
  });
});
