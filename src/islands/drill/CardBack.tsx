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
}

export function CardBack({ question, card, now, showIntervals, onGrade, progress, update, backRef, onShown }: Props) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(onShown, []);
  return (
    <>
      <div ref={backRef} tabIndex={-1} aria-label={`Answer notes for: ${question.text}`} className="drill-back-region">
        <AnswerBack question={question} />
      </div>
      <GradeButtons card={card} now={now} showIntervals={showIntervals} onGrade={onGrade} />
      <details className="drill-notes-details" open={hasNotes(progress, question.id) || undefined}>
        <summary>Your STAR notes for this question</summary>
        <NotesEditor questionId={question.id} progress={progress} update={update} />
      </details>
    </>
  );
}

function hasNotes(progress: Progress, questionId: string): boolean {
  return starWordCount(notesFor(progress, questionId).star) > 0;
}
