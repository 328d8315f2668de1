import { useId, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import { createStory, deleteStory, editStory, nextStoryId, speakingTime, starWordCount, STAR_FIELDS } from '../../lib/drill/notes';
import type { Progress } from '../../lib/drill/progress';
import { Dialog } from '../shared/Dialog';
import type { Announce, Update } from './types';

const LABELS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

interface Props {
  questions: DrillQuestion[];
  progress: Progress;
  update: Update;
  announce: Announce;
}

/** Stories told once and used for several questions: edit here, every question shows it. */
export function StoryBank({ questions, progress, update, announce }: Props) {
  const id = useId();
  const [deleting, setDeleting] = useState<string | null>(null);
  const text = new Map(questions.map((q) => [q.id, q.text]));
  const stories = Object.entries(progress.stories);
  return (
    <section className="drill-card" aria-labelledby="stories-title">
      <h2 id="stories-title">Your story bank</h2>
      <p>
        A good story answers several questions: the customer you calmed down can show empathy, patience and problem solving. Write it once here,
        then pick it under “Your STAR notes” on any card.
      </p>
      <button
        type="button"
        onClick={() => {
          update((p) => createStory(p, nextStoryId(p), { title: '' }, new Date()));
          announce('New story added at the end of the list.');
        }}
      >
        Add a story
      </button>
      {stories.length === 0 && <p className="drill-hint">No stories yet.</p>}
      {stories.map(([storyId, story], index) => {
        const words = starWordCount(story);
        return (
          <article key={storyId} className="drill-story" aria-labelledby={`${id}-${storyId}-h`}>
            <h3 id={`${id}-${storyId}-h`}>{story.title || `Story ${index + 1}`}</h3>
            <div className="drill-field">
              <label htmlFor={`${id}-${storyId}-title`}>Title</label>
              <input
                id={`${id}-${storyId}-title`}
                type="text"
                value={story.title}
                onChange={(e) => {
                  const title = e.currentTarget.value;
                  update((p) => editStory(p, storyId, { title }, new Date()));
                }}
              />
            </div>
            {STAR_FIELDS.map((field) => (
              <div key={field} className="drill-field">
                <label htmlFor={`${id}-${storyId}-${field}`}>{LABELS[field]}</label>
                <textarea
                  id={`${id}-${storyId}-${field}`}
                  rows={2}
                  value={story[field]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((p) => editStory(p, storyId, { [field]: value }, new Date()));
                  }}
                />
              </div>
            ))}
            <p className="drill-count">
              {words} {words === 1 ? 'word' : 'words'} · {speakingTime(words)} to say aloud
            </p>
            <p>
              {story.questionIds.length === 0
                ? 'Not used for any question yet.'
                : `Used for: ${story.questionIds.map((q) => text.get(q) ?? q).join(' · ')}`}
            </p>
            <button type="button" onClick={() => setDeleting(storyId)}>
              Delete “{story.title || `Story ${index + 1}`}”
            </button>
          </article>
        );
      })}
      <Dialog open={deleting !== null} title="Delete this story?" onClose={() => setDeleting(null)}>
        <p>The questions that use it keep its text as their own notes.</p>
        <div className="drill-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              const storyId = deleting;
              if (storyId) update((p) => deleteStory(p, storyId, new Date()));
              setDeleting(null);
              announce('Story deleted.');
            }}
          >
            Delete story
          </button>
          <button type="button" onClick={() => setDeleting(null)}>
            Keep it
          </button>
        </div>
      </Dialog>
    </section>
  );
}
