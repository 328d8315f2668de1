import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DrillQuestion } from '../../lib/drill/deck';
import type { Progress } from '../../lib/drill/progress';
import { GRADE_LABELS } from '../../lib/drill/schedule';
import { cardsByState, reviewsToday, studyStreak, weakestCards } from '../../lib/drill/stats';
import { notesFor, starWordCount } from '../../lib/drill/notes';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  occupationTitle: string;
}

export function ProgressPanel({ deck, progress, now, occupationTitle }: Props) {
  const byState = cardsByState(deck, progress.cards);
  const weakest = weakestCards(deck, progress.cards, progress.log, 5);
  const streak = studyStreak(progress.log, now);
  const today = reviewsToday(progress.log, now);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.dataset['print'] = 'weakest';
    const done = () => {
      delete root.dataset['print'];
      setPrinting(false);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  return (
    <section className="drill-card" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <dl className="drill-stats">
        <div>
          <dt>Reviews today</dt>
          <dd>{today}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {streak} {streak === 1 ? 'day' : 'days'}
          </dd>
        </div>
        <div>
          <dt>New</dt>
          <dd>{byState.new}</dd>
        </div>
        <div>
          <dt>Learning</dt>
          <dd>{byState.learning + byState.relearning}</dd>
        </div>
        <div>
          <dt>In review</dt>
          <dd>{byState.review}</dd>
        </div>
      </dl>
      <h3>Your weakest cards</h3>
      {weakest.length === 0 ? (
        <p>Grade a few cards and the ones you find hardest will show here.</p>
      ) : (
        <>
          <ol className="drill-weakest">
            {weakest.map((w) => (
              <li key={w.question.id}>
                {w.question.text}{' '}
                <span className="drill-hint">
                  {w.lapses > 0 ? `forgotten ${w.lapses}×` : 'not yet solid'}
                  {w.lastRating !== undefined ? ` · last: ${GRADE_LABELS[w.lastRating]}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setPrinting(true)}>
            Print my weakest cards
          </button>
          {printing &&
            createPortal(
              <div className="cheat-sheet">
                <h2>Cheat sheet: my weakest interview questions</h2>
                <p>{occupationTitle} · printed {now.toLocaleDateString()}</p>
                {weakest.map((w) => {
                  const { star } = notesFor(progress, w.question.id);
                  return (
                    <section key={w.question.id}>
                      <h3>{w.question.text}</h3>
                      <p>
                        <strong>Why they ask:</strong> {w.question.purpose}
                      </p>
                      <p>
                        <strong>Show:</strong> {w.question.strongAnswer.join(' · ')}
                      </p>
                      <p>
                        <strong>Avoid:</strong> {w.question.pitfalls.join(' · ')}
                      </p>
                      {starWordCount(star) > 0 && (
                        <p>
                          <strong>My story:</strong> {star.situation} {star.task} {star.action} {star.result}
                        </p>
                      )}
                    </section>
                  );
                })}
              </div>,
              document.body,
            )}
        </>
      )}
    </section>
  );
}
