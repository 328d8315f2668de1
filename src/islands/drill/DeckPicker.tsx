import { useId } from 'react';
import { categoryLabel, deckLabel } from '../../lib/drill/labels';

export interface Filters {
  skills: string[];
  categories: string[];
}

interface Props {
  facets: { skills: string[]; categories: string[] };
  filters: Filters;
  onChange: (filters: Filters) => void;
  deckSize: number;
  total: number;
  skillName: (id: string) => string;
  /** Skills to focus on from the saved self-assessment; empty when there is none. */
  focus: string[];
  skillsHref: string;
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** The deck being practiced, above the card; a focused deck can go back to every question. */
export function DeckName({ filters, onChange, deckSize, total, skillName }: Pick<Props, 'filters' | 'onChange' | 'deckSize' | 'total' | 'skillName'>) {
  const filtered = filters.skills.length > 0 || filters.categories.length > 0;
  return (
    <p className="drill-deck-name">
      Deck: <strong>{deckLabel(deckSize, total, filters, skillName)}</strong>
      {filtered && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => onChange({ skills: [], categories: [] })}>
            Practice all questions
          </button>
        </>
      )}
    </p>
  );
}

/** Which questions to practice; the choice is kept in the URL so it can be shared. */
export function DeckPicker({ facets, filters, onChange, skillName, focus, skillsHref }: Omit<Props, 'deckSize' | 'total'>) {
  const id = useId();
  return (
    <div className="drill-deck">
      <details>
        <summary>Choose a focused deck</summary>
        <fieldset className="drill-choice">
          <legend>Question types</legend>
          {facets.categories.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={filters.categories.includes(c)}
                onChange={(e) => onChange({ ...filters, categories: toggle(filters.categories, c, e.currentTarget.checked) })}
              />{' '}
              {categoryLabel(c)}
            </label>
          ))}
        </fieldset>
        <fieldset className="drill-choice" aria-describedby={`${id}-skills-hint`}>
          <legend>Skills</legend>
          <p className="drill-hint" id={`${id}-skills-hint`}>
            Questions that probe any of the skills you tick.
          </p>
          {facets.skills.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={filters.skills.includes(s)}
                onChange={(e) => onChange({ ...filters, skills: toggle(filters.skills, s, e.currentTarget.checked) })}
              />{' '}
              {skillName(s)}
            </label>
          ))}
        </fieldset>
      </details>
      {focus.length > 0 ? (
        <button type="button" onClick={() => onChange({ skills: focus, categories: [] })}>
          Focus on my weakest skills ({focus.map(skillName).join(', ')})
        </button>
      ) : (
        <p className="drill-hint">
          <a href={skillsHref}>Rate your skills</a> and this page can focus on your weakest ones.
        </p>
      )}
    </div>
  );
}
