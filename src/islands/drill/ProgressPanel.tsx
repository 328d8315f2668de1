import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DrillQuestion } from '../../lib/drill/deck';
import { dueForecast, reviewCalendar } from '../../lib/drill/forecast';
import type { Progress } from '../../lib/drill/progress';
import { counts, type QueueOptions } from '../../lib/drill/queue';
import { cardsByState, reviewsToday, studyStreak, weakCardText, weakestCards } from '../../lib/drill/stats';
import { notesFor, starWordCount } from '../../lib/drill/notes';
import { DayChart } from './DayChart';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  options: QueueOptions;
  occupationTitle: string;
}

const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
const labelOf = (date: string) => dayName.format(new Date(`${date}T12:00:00Z`));

export function ProgressPanel({ deck, progress, now, options, occupationTitle }: Props) {
  const byState = cardsByState(deck, progress.cards);
  // The same counts as the status line above the tabs, so the two never disagree.
  const queue = counts(deck, progress.cards, now, options);
  const forecast = dueForecast(deck, progress.cards, now);
  const calendar = reviewCalendar(progress.log, now);
  const today0 = forecast[0];
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
          <dd>
            {byState.learning + byState.relearning} <span className="drill-stat-sub">{queue.learning} due now</span>
          </dd>
        </div>
        <div>
          <dt>In review</dt>
          <dd>
            {byState.review} <span className="drill-stat-sub">{queue.due + queue.overCap} due now</span>
          </dd>
        </div>
      </dl>
      <p className="drill-hint">
        “Due now” is what the status line above counts as learning and reviews due
        {queue.overCap > 0 ? `; ${queue.overCap} of the reviews wait for tomorrow under your daily limit` : ''}.
      </p>
      <h3>Due in the next 14 days</h3>
      <DayChart
        days={forecast}
        caption={`Cards falling due each day, today first (today: ${today0?.count ?? 0}, of which ${today0?.dueNow ?? 0} due now, overdue ones included)`}
        unit="Cards due"
        dayLabel={(date, i) => (i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : labelOf(date))}
      />
      <h3>Reviews over the last 12 weeks</h3>
      <DayChart
        days={calendar}
        caption={`Reviews per day, extra practice included, up to today (${calendar.reduce((sum, d) => sum + d.count, 0)} in all, on ${calendar.filter((d) => d.count > 0).length} days)`}
        unit="Reviews"
        dayLabel={(date, i) => (i === calendar.length - 1 ? 'Today' : labelOf(date))}
        tableRows="non-zero"
      />
      <h3>Your weakest cards</h3>
      {weakest.length === 0 ? (
        <p>Grade a few cards and the ones you find hardest will show here.</p>
      ) : (
        <>
          <ol className="drill-weakest">
            {weakest.map((w) => (
              <li key={w.question.id}>
                {w.question.text}{' '}
                <span className="drill-hint">{weakCardText(w, now)}</span>
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
