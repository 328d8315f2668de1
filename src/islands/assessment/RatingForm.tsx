import { useId } from 'react';
import type { Draft } from '../../lib/assessment/schema';
import { progress } from '../../lib/assessment/score';
import { LEVELS, type Level, type SkillProfile } from '../../lib/assessment/types';

interface Props {
  occupationTitle: string;
  profile: SkillProfile;
  draft: Draft;
  onRate: (skillId: string, level: Level) => void;
  onNote: (skillId: string, note: string) => void;
  onFinish: () => void;
}

function levelText(skill: SkillProfile[number], level: Level): string {
  if (level === 1 || level === 3 || level === 5) return skill.levels[level];
  return level === 2 ? 'Between 1 and 3: some of level 3, not all of it yet.' : 'Between 3 and 5: more than level 3, not yet all of level 5.';
}

/** One radio group per skill, named by the skill; ratings are saved as they are given. */
export function RatingForm({ occupationTitle, profile, draft, onRate, onNote, onFinish }: Props) {
  const id = useId();
  const p = progress(profile, draft.ratings);
  return (
    <form
      className="assess-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (p.complete) onFinish();
      }}
    >
      <p className="assess-progress" role="status">
        {p.rated} of {p.total} skills rated.{' '}
        {p.complete ? 'All done: see your results below.' : p.rated > 0 ? 'Your ratings are saved: you can stop and come back.' : ''}
      </p>
      <progress max={p.total} value={p.rated} aria-label="Skills rated" />
      {profile.map((skill, index) => {
        const rating = Object.hasOwn(draft.ratings, skill.id) ? draft.ratings[skill.id] : undefined;
        const noteId = `${id}-${skill.id}-note`;
        return (
          <fieldset key={skill.id} className="assess-skill" id={`skill-${skill.id}`}>
            <legend>
              <span className="assess-num">{index + 1}.</span> {skill.name}
            </legend>
            <p className="assess-desc">{skill.description}</p>
            <p className="assess-need">
              A new {occupationTitle.toLowerCase()} needs level {skill.entryLevel}. {skill.entryLevelWhy}
            </p>
            <div className="assess-levels">
              {LEVELS.map((level) => (
                <label key={level} className={`assess-level${rating === level ? ' is-chosen' : ''}`}>
                  <input type="radio" name={`${id}-${skill.id}`} value={level} checked={rating === level} onChange={() => onRate(skill.id, level)} />
                  <span className="assess-level-num">{level}</span>
                  <span className="assess-level-text">{levelText(skill, level)}</span>
                </label>
              ))}
            </div>
            <label htmlFor={noteId} className="assess-note-label">
              An example from my experience (optional)
            </label>
            <textarea id={noteId} rows={2} value={draft.notes[skill.id] ?? ''} onChange={(e) => onNote(skill.id, e.currentTarget.value)} />
          </fieldset>
        );
      })}
      <div className="assess-finish">
        <button type="submit" className="button" disabled={!p.complete}>
          See my results
        </button>
        {!p.complete && (
          <p className="assess-hint">
            Rate all {p.total} skills to see your results ({p.total - p.rated} left).{' '}
            {p.nextUnrated && <a href={`#skill-${p.nextUnrated}`}>Go to the next one</a>}
          </p>
        )}
      </div>
    </form>
  );
}
