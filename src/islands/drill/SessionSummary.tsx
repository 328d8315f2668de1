import type { DrillQuestion } from '../../lib/drill/deck';
import type { Progress } from '../../lib/drill/progress';
import { GRADE_LABELS, GRADES } from '../../lib/drill/schedule';
import { sessionSummary } from '../../lib/drill/session';
import { dueWhen } from '../../lib/drill/stats';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  startedAt: Date;
  now: Date;
  titleId: string;
}

/** Cards seen, grades, time, and what comes back when: the end of a session, as Anki shows it. */
export function SessionSummary({ deck, progress, startedAt, now, titleId }: Props) {
  const s = sessionSummary(progress.log, startedAt, deck, progress.cards);
  return (
    <div className="drill-summary">
      <h3 id={titleId}>This session</h3>
      <p>
        {s.cards} {s.cards === 1 ? 'card' : 'cards'}, {s.reviews} {s.reviews === 1 ? 'review' : 'reviews'} in {s.time}
        {s.extra > 0 ? ` (${s.extra} as extra practice, which leaves the schedule as it was)` : ''}.
      </p>
      <table className="drill-table">
        <caption className="visually-hidden">Grades this session</caption>
        <thead>
          <tr>
            <th scope="col">Grade</th>
            <th scope="col" className="num">
              Reviews
            </th>
          </tr>
        </thead>
        <tbody>
          {GRADES.map((g) => (
            <tr key={g}>
              <th scope="row">{GRADE_LABELS[g]}</th>
              <td className="num">{s.grades[g]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.comesBack.length > 0 && (
        <>
          <h4>When they come back</h4>
          <ul className="drill-comes-back">
            {s.comesBack.map((c) => (
              <li key={c.question.id}>
                {c.question.text} <span className="drill-hint">{dueWhen(c.due, now)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Shown once something was graded: undo of the last grade, and the way to the summary. */
export function SessionBar({ onUndo, onEnd }: { onUndo: () => void; onEnd: (() => void) | null }) {
  return (
    <p className="drill-undo">
      <button type="button" className="link-button" onClick={onUndo} aria-keyshortcuts="Control+Z">
        Undo last grade <kbd aria-hidden="true">Ctrl+Z</kbd>
      </button>
      {onEnd && (
        <>
          {' · '}
          <button type="button" className="link-button" onClick={onEnd}>
            End session and see the summary
          </button>
        </>
      )}
    </p>
  );
}

export function NewSession({ onStart }: { onStart: () => void }) {
  return (
    <p>
      <button type="button" className="button" onClick={onStart}>
        Start a new session
      </button>
    </p>
  );
}
