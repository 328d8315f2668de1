/**
 * The story bank at its edges: editing a story deleted in another tab, a new story with no
 * questions yet, detaching where nothing is attached, deleting one story of several, and the
 * questions of a story listed in a stable order.
 */
import { describe, expect, it } from 'vitest';
import { attachStory, createStory, deleteStory, detachStory, editNotes, editStory, notesFor, syncStoryLinks } from '../../../src/lib/drill/notes';
import { emptyProgress, type Progress } from '../../../src/lib/drill/progress';
import { at, minutes, MONDAY_9AM } from './fixtures';

const blankStar = { situation: '', task: '', action: '', result: '' };

describe('the story bank', () => {
  it('ignores an edit to a story that no longer exists', () => {
    const progress = emptyProgress();
    expect(editStory(progress, 'story-1', { title: 'Back?' }, MONDAY_9AM)).toBe(progress);
  });

  it('starts a new story with no questions attached', () => {
    const progress = createStory(emptyProgress(), 'story-1', { title: 'Refund day', action: 'Listened.' }, MONDAY_9AM);
    expect(progress.stories['story-1']).toEqual({ ...blankStar, title: 'Refund day', action: 'Listened.', questionIds: [], updatedAt: MONDAY_9AM.toISOString() });
  });

  it('changes nothing when detaching a question that shows no story', () => {
    const none = emptyProgress();
    expect(detachStory(none, 'q1', MONDAY_9AM)).toBe(none);
    const ownNotes = editNotes(emptyProgress(), 'q1', { action: 'Mine.' }, MONDAY_9AM);
    expect(detachStory(ownNotes, 'q1', at(MONDAY_9AM, minutes(5)))).toBe(ownNotes);
  });

  it('deletes one story and leaves another question’s story attached', () => {
    let progress: Progress = createStory(emptyProgress(), 'story-1', { title: 'One', action: 'First.' }, MONDAY_9AM);
    progress = createStory(progress, 'story-2', { title: 'Two', action: 'Second.' }, MONDAY_9AM);
    progress = attachStory(progress, 'story-1', 'q1', MONDAY_9AM);
    progress = attachStory(progress, 'story-2', 'q2', MONDAY_9AM);
    const after = deleteStory(progress, 'story-1', at(MONDAY_9AM, minutes(1)));
    expect(notesFor(after, 'q1')).toEqual({ star: { ...blankStar, action: 'First.' } });
    expect(notesFor(after, 'q2')).toEqual({ star: { ...blankStar, action: 'Second.' }, story: { id: 'story-2', title: 'Two' } });
  });

  it('lists a story’s questions in id order, whatever order the notes are in', () => {
    const progress: Progress = {
      ...emptyProgress(),
      notes: { 'q-b': { ...blankStar, storyId: 'story-1' }, 'q-a': { ...blankStar, storyId: 'story-1' } },
      stories: { 'story-1': { title: 'Shared', ...blankStar, questionIds: [] } },
    };
    expect(syncStoryLinks(progress).stories['story-1']?.questionIds).toEqual(['q-a', 'q-b']);
  });
});
