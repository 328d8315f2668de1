import { describe, expect, it } from 'vitest';
import { addCustom, draftOf, EMPTY_DRAFT, updateCustom } from '../../../src/lib/drill/custom';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { at, minutes, MONDAY_9AM } from './fixtures';

const draft = { ...EMPTY_DRAFT, text: 'Why us?', purpose: 'Motivation.' };

describe('saving your own question', () => {
  it('gives it an id taken neither by the bank nor by your other questions', () => {
    const first = addCustom(emptyProgress(), draft, MONDAY_9AM, new Set(['my-why-us']));
    if (!first.ok) throw new Error('not saved');
    expect(first.id).toBe('my-why-us-2');
    const second = addCustom(first.progress, draft, at(MONDAY_9AM, minutes(1)), new Set(['my-why-us']));
    expect(second.ok && second.id).toBe('my-why-us-3');
  });

  it('refuses an edit that breaks a rule, saying what to fix, and keeps the question as it was', () => {
    const saved = addCustom(emptyProgress(), draft, MONDAY_9AM);
    if (!saved.ok) throw new Error('not saved');
    expect(updateCustom(saved.progress, saved.id, { ...draft, text: '  ' }, at(MONDAY_9AM, minutes(1)))).toEqual({ ok: false, errors: { text: 'Write the question.' } });
  });

  it('says so when the question was deleted meanwhile', () => {
    expect(updateCustom(emptyProgress(), 'my-gone', draft, MONDAY_9AM)).toEqual({
      ok: false,
      errors: { text: 'This question no longer exists; it may have been deleted in another tab.' },
    });
  });
});

describe('the edit form of your own question', () => {
  it('shows its skills and one list item a line, and an empty framework when it has none', () => {
    const saved = addCustom(emptyProgress(), { ...draft, skills: ['empathy'], strongAnswer: 'One\nTwo', pitfalls: 'A\nB', followUps: 'Then?\nAnd?' }, MONDAY_9AM);
    if (!saved.ok) throw new Error('not saved');
    expect(draftOf(saved.progress.custom[saved.id]!)).toEqual({
      text: 'Why us?',
      purpose: 'Motivation.',
      category: 'behavioral',
      skills: ['empathy'],
      strongAnswer: 'One\nTwo',
      pitfalls: 'A\nB',
      followUps: 'Then?\nAnd?',
      framework: '',
    });
  });
});
