import { memo } from 'react';
import { LEVELS, type Level, type SkillProfile } from '../../lib/assessment/types';

type Skill = SkillProfile[number];

interface Props {
  skill: Skill;
  index: number;
  occupationTitle: string;
  /** The radio group's name and the note's id start with it (unique per form). */
  idPrefix: string;
  rating: Level | undefined;
  note: string;
  /** Stable across renders, so a rating given re-renders only its own skill. */
  onRate: (skillId: string, level: Level) => void;
  onNote: (skillId: string, note: string) => void;
}

/** What 2 and 4 mean is said once, above the form; each skill repeats it in short, quietly. */
const BETWEEN = { 2: 'between 1 and 3', 4: 'between 3 and 5' } as const;

function LevelText({ skill, level }: { skill: Skill; level: Level }) {
  if (level === 1 || level === 3 || level === 5) return <span className="assess-level-text">{skill.levels[level]}</span>;
  return <span className="assess-level-between">{BETWEEN[level]}</span>;
}

function SkillFields({ skill, index, occupationTitle, idPrefix, rating, note, onRate, onNote }: Props) {
  const noteId = `${idPrefix}-${skill.id}-note`;
  return (
    <fieldset className="assess-skill" id={`skill-${skill.id}`}>
      <legend>
        <h2 className="assess-skill-title" id={`skill-${skill.id}-title`} tabIndex={-1}>
          <span className="assess-num">{index + 1}.</span> {skill.name}
        </h2>
      </legend>
      <p className="assess-desc">{skill.description}</p>
      <p className="assess-need">
        A new {occupationTitle.toLowerCase()} needs level {skill.entryLevel}. {skill.entryLevelWhy}
      </p>
      <div className="assess-levels">
        {LEVELS.map((level) => (
          <label key={level} className={`assess-level${level % 2 === 0 ? ' is-between' : ''}${rating === level ? ' is-chosen' : ''}`}>
            <input type="radio" name={`${idPrefix}-${skill.id}`} value={level} checked={rating === level} onChange={() => onRate(skill.id, level)} />
            <span className="assess-level-num">{level}</span>
            <LevelText skill={skill} level={level} />
          </label>
        ))}
      </div>
      <label htmlFor={noteId} className="assess-note-label">
        An example from my experience (optional)
      </label>
      <textarea id={noteId} rows={2} value={note} onChange={(e) => onNote(skill.id, e.currentTarget.value)} />
    </fieldset>
  );
}

/** Memo: a rating or note given re-renders that skill alone, not the whole form. */
export const SkillRating = memo(SkillFields);
