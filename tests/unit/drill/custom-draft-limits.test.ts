import { describe, expect, it } from 'vitest';
import { checkDraft, customId, CUSTOM_LIMITS, EMPTY_DRAFT } from '../../../src/lib/drill/custom';

const base = { ...EMPTY_DRAFT, text: 'How do you handle a refund you cannot give?' };
const manyLines = (n: number) => Array.from({ length: n }, (_, i) => `Point ${i + 1}`).join('\n');

describe('checking your own question', () => {
  it('keeps the question, its purpose and framework trimmed, with list lines stripped of bullets', () => {
    const result = checkDraft({
      ...base,
      text: '  How do you handle a refund you cannot give?  ',
      purpose: '  Saying no kindly.  ',
      framework: '  STAR  ',
      strongAnswer: '  -   Explain why\n* Offer a well-known alternative\r\n• Follow up - in writing',
      pitfalls: 'Blaming - the policy',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'How do you handle a refund you cannot give?',
        purpose: 'Saying no kindly.',
        category: 'behavioral',
        skills: [],
        strongAnswer: ['Explain why', 'Offer a well-known alternative', 'Follow up - in writing'],
        pitfalls: ['Blaming - the policy'],
        followUps: [],
        framework: 'STAR',
      },
    });
  });

  it('has no framework when only spaces were typed for it', () => {
    const result = checkDraft({ ...base, framework: '   ' });
    expect(result.ok && 'framework' in result.value).toBe(false);
  });

  it('accepts each field at its limit and refuses one character or line more, saying which', () => {
    const atLimit = checkDraft({
      ...base,
      text: 'q'.repeat(CUSTOM_LIMITS.text),
      purpose: 'p'.repeat(CUSTOM_LIMITS.purpose),
      framework: 'f'.repeat(CUSTOM_LIMITS.purpose),
      strongAnswer: manyLines(CUSTOM_LIMITS.items),
      pitfalls: 'x'.repeat(CUSTOM_LIMITS.item),
    });
    expect(atLimit.ok).toBe(true);
    const over = checkDraft({
      ...base,
      purpose: 'p'.repeat(CUSTOM_LIMITS.purpose + 1),
      framework: 'f'.repeat(CUSTOM_LIMITS.purpose + 1),
      strongAnswer: manyLines(CUSTOM_LIMITS.items + 1),
      followUps: 'x'.repeat(CUSTOM_LIMITS.item + 1),
    });
    expect(over).toEqual({
      ok: false,
      errors: {
        purpose: 'Keep this under 1000 characters.',
        framework: 'Keep this under 1000 characters.',
        strongAnswer: 'Up to 20 lines (this has 21).',
        followUps: 'Keep each line under 500 characters.',
      },
    });
  });

  it('measures the purpose and framework without the spaces around them', () => {
    const padded = checkDraft({ ...base, purpose: ` ${'p'.repeat(CUSTOM_LIMITS.purpose)} `, framework: ` ${'f'.repeat(CUSTOM_LIMITS.purpose)} ` });
    expect(padded.ok).toBe(true);
  });
});

describe('ids of your own questions', () => {
  it('turn punctuation inside a word into a break between words', () => {
    expect(customId("A customer's refund", new Set())).toBe('my-a-customer-s-refund');
  });

  it('stay within 100 characters and do not end on a dash', () => {
    // The hundredth character is the dash before the fourth word: it goes, with the word.
    const id = customId(`${'a'.repeat(31)} ${'b'.repeat(31)} ${'c'.repeat(32)} ${'d'.repeat(30)}`, new Set());
    expect(id).toBe(`my-${'a'.repeat(31)}-${'b'.repeat(31)}-${'c'.repeat(32)}`);
    expect(id.length).toBeLessThanOrEqual(100);
  });

  it('count up past every number already taken', () => {
    expect(customId('Why us?', new Set(['my-why-us', 'my-why-us-2', 'my-why-us-3']))).toBe('my-why-us-4');
  });
});
