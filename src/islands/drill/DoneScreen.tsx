import type { ReactNode } from 'react';
import { isSeen } from '../../lib/drill/card';
import type { DrillQuestion } from '../../lib/drill/deck';
import type { Progress } from '../../lib/drill/progress';
import { extraPractice, newCardAllowance, nextDueAt, type QueueOptions } from '../../lib/drill/queue';
import { retrievability } from '../../lib/drill/review';
import { dateTimeLabel, dueIn } from '../../lib/drill/when';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  options: QueueOptions;
  top: ReactNode;
  bottom: ReactNode;
  onExtra: (ids: string[]) => void;
}

/** Nothing to study now: when the next card is due, new cards waiting, and extra practice. */
export function DoneScreen({ deck, progress, now, options, top, bottom, onExtra }: Props) {
    const due = nextDueAt(deck, progress.cards);
    const extras = extraPractice(deck, progress.cards, now, retrievability);
    const unseen = deck.filter((q) => !isSeen(progress.cards[q.id])).length;
    const waiting = unseen > 0 && newCardAllowance(deck, progress.cards, now, options) === 0;
    return (
      <section className="drill-card drill-done" aria-labelledby="drill-done-title">
        <h2 id="drill-done-title" tabIndex={-1}>
          Nothing to study right now
        </h2>
        {top}
        {due ? (
          <p>
            Next card due <strong>{dueIn(due, now)}</strong> ({dateTimeLabel(due)}).
          </p>
        ) : null}
        {waiting && (
          <p>
            {unseen} new {unseen === 1 ? 'card waits' : 'cards wait'} for tomorrow: new cards are spread out so reviews stay manageable.
          </p>
        )}
        {extras.length > 0 ? (
          <>
            <p>Want to keep going? Extra practice brings back your weakest cards first and does not change when they are due.</p>
            <button
              type="button"
              className="button"
              onClick={() => onExtra(extras.map((e) => e.question.id))}
            >
              Extra practice ({extras.length} {extras.length === 1 ? 'card' : 'cards'})
            </button>
          </>
        ) : null}
        {bottom}
      </section>
    );
  }
