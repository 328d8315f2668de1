/**
 * The revealed side of a practice card: the answer notes, the grade buttons and the STAR notes.
 * Loaded when the answer is first shown, so the first view carries only the question.
 */
import { useEffect, type RefObject } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import type { StoredCard } from '../../lib/drill/card';
import { notesFor, starWordCount } from '../../lib/drill/notes';
import type { Progress } from '../../lib/drill/progress';
import type { Grade } from '../../lib/drill/schedule';
import { AnswerBack } from './AnswerBack';
import { GradeButtons } from './GradeButtons';
import { NotesEditor } from './NotesEditor';
import type { Update } from './types';

interface Props {
  question: DrillQuestion;
  card: StoredCard | undefined;
  now: Date;
  showIntervals: boolean;
  onGrade: (rating: Grade) => void;
  progress: Progress;
  update: Update;
  backRef: RefObject<HTMLDivElement | null>;
  /** Runs once the back is on screen, so focus can move to it. */
  onShown: () => void;
  /** The notes panel as the learner left it on an earlier card; null until they open or close it. */
  notesOpen: boolean | null;
  onNotesToggle: (open: boolean) => void;
}

/**
 * The answer, with the STAR notes beside it on wide screens and under it on phones, and the grade
 * bar pinned to the bottom of the viewport. The notes panel keeps its state from card to card,
 * so grading never closes what the learner opened.
 */
export function CardBack({ question, card, now, showIntervals, onGrade, progress, update, backRef, onShown, notesOpen, onNotesToggle }: Props) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(onShown, []);
  const notesShown = notesOpen ?? hasNotes(progress, question.id);
  return (
    <>
      <div className={`drill-answer${notesShown ? ' has-notes' : ''}`}>
        <div ref={backRef} tabIndex={-1} aria-label={`Answer notes for: ${question.text}`} className="drill-back-region">
          <AnswerBack question={question} />
        </div>
        <details
          className="drill-notes-details"
          open={notesShown}
          onToggle={(e) => {
            const open = e.currentTarget.open;
            if (open !== notesShown) onNotesToggle(open);
          }}
        >
          {/* The reader's choice is taken from the click (Enter and Space click a summary too), which
              comes before the notes typed next: the toggle event comes later, when a save may
              already have made notesShown true, and alone could miss the choice. The click opens
              or closes the box through state, not also by the browser's default. On wide screens
              open notes move beside the answer, so the summary is brought back into view after. */}
          <summary
            onClick={(e) => {
              e.preventDefault();
              const summary = e.currentTarget;
              onNotesToggle(!notesShown);
              requestAnimationFrame(() => summary.scrollIntoView({ block: 'nearest' }));
            }}
          >
            Your STAR notes for this question
          </summary>
          <NotesEditor questionId={question.id} progress={progress} update={update} />
        </details>
      </div>
      <div className="drill-grade-bar">
        <GradeButtons card={card} now={now} showIntervals={showIntervals} onGrade={onGrade} />
      </div>
    </>
  );
}

function hasNotes(progress: Progress, questionId: string): boolean {
  return starWordCount(notesFor(progress, questionId).star) > 0;
}
