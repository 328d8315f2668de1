import { describe, expect, it } from 'vitest';
import {
  attachStory,
  createStory,
  nextStoryId,
  deleteStory,
  detachStory,
  editNotes,
  editStory,
  notesFor,
  speakingTime,
  starWordCount,
  storyFromNotes,
  wordCount,
} from '../../../src/lib/drill/notes';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { at, minutes, MONDAY_9AM } from './fixtures';

const later = at(MONDAY_9AM, minutes(5));

describe('word count and speaking time', () => {
  it('counts words, not dashes or bullets, and keeps contractions and hyphenated words whole', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   ')).toBe(0);
    expect(wordCount('I de-escalated the call — and didn’t rush.')).toBe(7);
    expect(wordCount('• Listened\n• Apologised\n• Fixed it in 5 minutes')).toBe(7);
  });

  it('adds up the four STAR fields', () => {
    expect(starWordCount({ situation: 'A busy Monday.', task: 'Keep queue short.', action: 'I triaged calls.', result: 'Wait fell 20%.' })).toBe(12);
  });

  it('estimates speaking time at about 130 words a minute, to the nearest 5 seconds', () => {
    expect(speakingTime(0)).toBe('0 s');
    expect(speakingTime(1)).toBe('about 5 s');
    expect(speakingTime(65)).toBe('about 30 s');
    expect(speakingTime(130)).toBe('about 1 min');
    expect(speakingTime(152)).toBe('about 1 min 10 s');
    expect(speakingTime(390)).toBe('about 3 min');
  });
});

describe('STAR notes', () => {
  it('are blank for a question without notes', () => {
    expect(notesFor(emptyProgress(), 'angry-customer')).toEqual({ star: { situation: '', task: '', action: '', result: '' } });
  });

  it('save what is typed, field by field, with the time of the edit', () => {
    let progress = editNotes(emptyProgress(), 'angry-customer', { situation: 'A customer was double billed.' }, MONDAY_9AM);
    progress = editNotes(progress, 'angry-customer', { action: 'I refunded and explained.' }, later);
    expect(notesFor(progress, 'angry-customer').star).toEqual({ situation: 'A customer was double billed.', task: '', action: 'I refunded and explained.', result: '' });
    expect(progress.notes['angry-customer']?.updatedAt).toBe(later.toISOString());
  });
});

describe('the story bank', () => {
  const billing = { title: 'Double billing', situation: 'Billed twice.', task: 'Calm and fix.', action: 'Refunded.', result: 'Kept the customer.' };

  it('attaches one story to several questions and an edit to it shows on all of them', () => {
    let progress = createStory(emptyProgress(), 'double-billing', billing, MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'angry-customer', MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'said-no-to-customer', MONDAY_9AM);
    expect(progress.stories['double-billing']?.questionIds).toEqual(['angry-customer', 'said-no-to-customer']);

    progress = editStory(progress, 'double-billing', { result: 'Customer renewed for a year.' }, later);
    expect(notesFor(progress, 'angry-customer').star.result).toBe('Customer renewed for a year.');
    expect(notesFor(progress, 'said-no-to-customer').star.result).toBe('Customer renewed for a year.');
    expect(notesFor(progress, 'said-no-to-customer').story).toEqual({ id: 'double-billing', title: 'Double billing' });
  });

  it('edits the story when the user types into a question that shows it', () => {
    let progress = createStory(emptyProgress(), 'double-billing', billing, MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'angry-customer', MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'said-no-to-customer', MONDAY_9AM);
    progress = editNotes(progress, 'angry-customer', { task: 'Keep the account.' }, later);
    expect(progress.stories['double-billing']?.task).toBe('Keep the account.');
    expect(notesFor(progress, 'said-no-to-customer').star.task).toBe('Keep the account.');
  });

  it('turns a question’s own notes into a story', () => {
    let progress = editNotes(emptyProgress(), 'mistake-you-made', { situation: 'Wrong address.', result: 'Fixed in a day.' }, MONDAY_9AM);
    progress = storyFromNotes(progress, 'mistake-you-made', 'wrong-address', 'Wrong address', later);
    expect(progress.stories['wrong-address']).toMatchObject({ title: 'Wrong address', situation: 'Wrong address.', questionIds: ['mistake-you-made'] });
    expect(notesFor(progress, 'mistake-you-made').story?.id).toBe('wrong-address');
  });

  it('keeps the text on screen when a story is detached or deleted', () => {
    let progress = createStory(emptyProgress(), 'double-billing', billing, MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'angry-customer', MONDAY_9AM);
    progress = attachStory(progress, 'double-billing', 'said-no-to-customer', MONDAY_9AM);

    progress = detachStory(progress, 'angry-customer', later);
    expect(notesFor(progress, 'angry-customer')).toEqual({ star: { situation: 'Billed twice.', task: 'Calm and fix.', action: 'Refunded.', result: 'Kept the customer.' } });
    expect(progress.stories['double-billing']?.questionIds).toEqual(['said-no-to-customer']);

    progress = deleteStory(progress, 'double-billing', later);
    expect(progress.stories).toEqual({});
    expect(notesFor(progress, 'said-no-to-customer').star.action).toBe('Refunded.');
  });

  it('ignores attaching a story that does not exist', () => {
    const progress = emptyProgress();
    expect(attachStory(progress, 'nothing', 'angry-customer', MONDAY_9AM)).toBe(progress);
  });
});

describe('new story ids', () => {
  it('never reuses an id already in the bank', () => {
    let p = emptyProgress();
    expect(nextStoryId(p)).toBe('story-1');
    p = createStory(p, 'story-2', { title: 'Second' }, MONDAY_9AM);
    expect(nextStoryId(p)).toBe('story-3');
    p = createStory(p, nextStoryId(p), { title: 'Third' }, MONDAY_9AM);
    expect(Object.keys(p.stories)).toEqual(['story-2', 'story-3']);
  });
});
