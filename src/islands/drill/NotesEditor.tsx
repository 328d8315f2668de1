import { useId, useState } from 'react';
import { attachStory, detachStory, editNotes, notesFor, speakingTime, starWordCount, storyFromNotes, nextStoryId, STAR_FIELDS, type StarField } from '../../lib/drill/notes';
import type { Progress } from '../../lib/drill/progress';
import type { Update } from './types';


const FIELD_LABELS: Record<StarField, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
const FIELD_HINTS: Record<StarField, string> = {
  situation: 'Where and when; who was involved.',
  task: 'What you had to achieve.',
  action: 'What you did, step by step ("I", not "we").',
  result: 'What happened, with a number if you have one.',
};

interface Props {
  questionId: string;
  progress: Progress;
  update: Update;
}

/** STAR notes for one question, saved as the user types; stories make them reusable. */
export function NotesEditor({ questionId, progress, update }: Props) {
  const id = useId();
  const { star, story } = notesFor(progress, questionId);
  const words = starWordCount(star);
  const [title, setTitle] = useState('');
  const storyIds = Object.keys(progress.stories);
  const [chosen, setChosen] = useState('');
  const usedBy = story ? (progress.stories[story.id]?.questionIds.length ?? 1) : 0;

  return (
    <div className="drill-notes">
      <h3>Your answer, in STAR notes</h3>
      {story ? (
        <p className="drill-story-note">
          These notes are your story “{story.title || 'Untitled story'}”, used for {usedBy} {usedBy === 1 ? 'question' : 'questions'}: a change here
          changes it everywhere.{' '}
          <button type="button" className="link-button" onClick={() => update((p) => detachStory(p, questionId, new Date()))}>
            Stop using this story here
          </button>
        </p>
      ) : (
        <p className="drill-hint">Saved in this browser as you type.</p>
      )}
      {STAR_FIELDS.map((field) => (
        <div key={field} className="drill-field">
          <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
          <span className="drill-hint" id={`${id}-${field}-hint`}>
            {FIELD_HINTS[field]}
          </span>
          <textarea
            id={`${id}-${field}`}
            aria-describedby={`${id}-${field}-hint`}
            rows={2}
            value={star[field]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              update((p) => editNotes(p, questionId, { [field]: text }, new Date()));
            }}
          />
        </div>
      ))}
      <p className="drill-count" aria-live="off">
        {words} {words === 1 ? 'word' : 'words'} · {speakingTime(words)} to say aloud
      </p>
      {!story && (
        <div className="drill-story-actions">
          <div className="drill-inline">
            <label htmlFor={`${id}-title`}>Story title</label>
            <input id={`${id}-title`} type="text" value={title} placeholder="e.g. The double-billed customer" onChange={(e) => setTitle(e.currentTarget.value)} />
            <button
              type="button"
              disabled={words === 0}
              onClick={() => {
                update((p) => storyFromNotes(p, questionId, nextStoryId(p), title.trim() || 'Untitled story', new Date()));
                setTitle('');
              }}
            >
              Save as a reusable story
            </button>
          </div>
          {storyIds.length > 0 && (
            <div className="drill-inline">
              <label htmlFor={`${id}-attach`}>Use a story from your bank</label>
              <select id={`${id}-attach`} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
                <option value="">Choose a story…</option>
                {storyIds.map((sid) => (
                  <option key={sid} value={sid}>
                    {progress.stories[sid]?.title || 'Untitled story'}
                  </option>
                ))}
              </select>
              <button type="button" disabled={!chosen} onClick={() => update((p) => attachStory(p, chosen, questionId, new Date()))}>
                Use this story
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
