import { describe, expect, it } from 'vitest';
import { customDeck } from '../../../src/lib/drill/custom-deck';
import { emptyProgress, type Progress } from '../../../src/lib/drill/progress';

const question = (createdAt: string, extra: Partial<Progress['custom'][string]> = {}): Progress['custom'][string] => ({
  text: `Asked at ${createdAt}`,
  purpose: '',
  category: 'behavioral',
  skills: [],
  strongAnswer: ['Names the customer'],
  pitfalls: ['Blames the system'],
  followUps: ['What would you do next time?'],
  createdAt,
  updatedAt: createdAt,
  ...extra,
});

describe('your own questions as drill cards', () => {
  it('come oldest first, whatever order they were stored in', () => {
    const progress: Progress = {
      ...emptyProgress(),
      custom: {
        'my-c': question('2025-03-03T10:00:00.000Z'),
        'my-a': question('2025-01-01T10:00:00.000Z'),
        'my-b': question('2025-02-02T10:00:00.000Z'),
      },
    };
    expect(customDeck(progress).map((q) => q.id)).toEqual(['my-a', 'my-b', 'my-c']);
  });

  it('keep every line the learner wrote, and a framework only when they wrote one', () => {
    const progress: Progress = {
      ...emptyProgress(),
      custom: {
        'my-with': question('2025-01-01T10:00:00.000Z', { framework: 'STAR' }),
        'my-without': question('2025-02-01T10:00:00.000Z'),
      },
    };
    const [withFramework, without] = customDeck(progress);
    expect(withFramework).toMatchObject({ pitfalls: ['Blames the system'], followUps: ['What would you do next time?'], framework: 'STAR' });
    expect(without).toBeDefined();
    expect(Object.hasOwn(without!, 'framework')).toBe(false);
  });
});
