import { useId, useRef, useState } from 'react';
import { CATEGORIES } from '../../lib/content/categories';
import { addCustom, deleteCustom, draftOf, EMPTY_DRAFT, updateCustom, type CustomDraft, type CustomField } from '../../lib/drill/custom';
import type { DrillQuestion } from '../../lib/drill/deck';
import { categoryLabel } from '../../lib/drill/labels';
import type { Progress } from '../../lib/drill/progress';
import type { Announce, Update } from './types';

interface Props {
  progress: Progress;
  update: Update;
  announce: Announce;
  /** Skill ids a question can be tagged with. */
  skills: string[];
  skillName: (id: string) => string;
  /** The site's questions, whose ids an own question must not take. */
  taken: readonly DrillQuestion[];
}

const TEXT_FIELDS: readonly { key: Exclude<CustomField, 'category' | 'skills'>; label: string; hint: string; rows: number }[] = [
  { key: 'text', label: 'Question', hint: 'As an interviewer would ask it.', rows: 2 },
  { key: 'purpose', label: 'Why they ask it (optional)', hint: 'What the interviewer wants to find out.', rows: 2 },
  { key: 'strongAnswer', label: 'A strong answer shows (optional)', hint: 'One point a line.', rows: 3 },
  { key: 'pitfalls', label: 'Pitfalls (optional)', hint: 'One a line.', rows: 2 },
  { key: 'framework', label: 'How to structure it (optional)', hint: 'For questions that are not a STAR story.', rows: 2 },
  { key: 'followUps', label: 'Follow-up questions (optional)', hint: 'One a line.', rows: 2 },
];

/** Your own questions: added, edited and deleted here, drilled with the rest, exported with your progress. */
export function CustomQuestions({ progress, update, announce, skills, skillName, taken }: Props) {
  const id = useId();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [draft, setDraft] = useState<CustomDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<CustomField, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const own = Object.entries(progress.custom).sort(([, a], [, b]) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

  const open = (which: string | 'new') => {
    setEditing(which);
    setErrors({});
    const existing = which === 'new' ? undefined : progress.custom[which];
    setDraft(existing ? draftOf(existing) : EMPTY_DRAFT);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('textarea')?.focus());
  };

  const save = () => {
    const now = new Date();
    const result =
      editing === 'new' || editing === null
        ? addCustom(progress, draft, now, new Set(taken.map((q) => q.id)))
        : updateCustom(progress, editing, draft, now);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
      return;
    }
    update(() => result.progress);
    announce(editing === 'new' ? 'Question added: it joins your practice as a new card.' : 'Question saved.');
    setEditing(null);
    setDraft(EMPTY_DRAFT);
  };

  const set = <K extends keyof CustomDraft>(key: K, value: CustomDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <section className="drill-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your own questions</h2>
      <p>
        Add questions you expect or were asked. They are practiced like the others, kept with your progress in this browser and included when you
        export it.
      </p>
      {own.length > 0 && (
        <ul className="drill-own">
          {own.map(([qid, q]) => (
            <li key={qid}>
              <span>
                {q.text} <span className="drill-hint">· {categoryLabel(q.category)}</span>
              </span>{' '}
              <button type="button" className="link-button" onClick={() => open(qid)} aria-label={`Edit: ${q.text}`}>
                Edit
              </button>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Delete: ${q.text}`}
                onClick={() => {
                  if (!window.confirm(`Delete “${q.text}” with its notes and schedule?`)) return;
                  update((p) => deleteCustom(p, qid));
                  announce('Question deleted.');
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing === null ? (
        <p>
          <button type="button" className="button" onClick={() => open('new')}>
            Add a question
          </button>
        </p>
      ) : (
        <form
          ref={form}
          className="drill-own-form"
          noValidate
          aria-labelledby={`${id}-form-title`}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <h3 id={`${id}-form-title`}>{editing === 'new' ? 'Add a question' : 'Edit your question'}</h3>
          {TEXT_FIELDS.map((f) => (
            <div className="drill-field" key={f.key}>
              <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
              <span className="drill-hint" id={`${id}-${f.key}-hint`}>
                {f.hint}
              </span>
              <textarea
                id={`${id}-${f.key}`}
                name={f.key}
                rows={f.rows}
                value={draft[f.key]}
                aria-invalid={errors[f.key] ? true : undefined}
                aria-describedby={`${id}-${f.key}-hint${errors[f.key] ? ` ${id}-${f.key}-error` : ''}`}
                onChange={(e) => set(f.key, e.currentTarget.value)}
              />
              {errors[f.key] && (
                <span className="drill-error" id={`${id}-${f.key}-error`}>
                  {errors[f.key]}
                </span>
              )}
            </div>
          ))}
          <div className="drill-field">
            <label htmlFor={`${id}-category`}>Category</label>
            <select id={`${id}-category`} name="category" value={draft.category} onChange={(e) => set('category', e.currentTarget.value as CustomDraft['category'])}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="drill-choice">
            <legend>Skills it probes (optional)</legend>
            {skills.map((s) => (
              <label key={s}>
                <input
                  type="checkbox"
                  checked={draft.skills.includes(s)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setDraft((d) => ({ ...d, skills: checked ? [...d.skills, s] : d.skills.filter((x) => x !== s) }));
                  }}
                />{' '}
                {skillName(s)}
              </label>
            ))}
          </fieldset>
          {Object.keys(errors).length > 0 && (
            <p className="island-notice" role="alert">
              Nothing was saved yet: fix the {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked above.
            </p>
          )}
          <div className="drill-actions">
            <button type="submit" className="button">
              {editing === 'new' ? 'Add question' : 'Save question'}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
