import { lazy, Suspense, useId, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import type { Recall } from '../../lib/drill/card';
import { coverage, CRAM_WINDOW_DAYS } from '../../lib/drill/interview-date';
import { setInterviewDate, type Progress } from '../../lib/drill/progress';
import { dayLabel, parseDateInput, toDateInput } from '../../lib/drill/when';
import type { Announce, Update } from './types';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  /** Predicted recall, once the scheduler has loaded. */
  recall: Recall | undefined;
  update: Update;
  announce: Announce;
}

// The forecast simulates every day until the interview: loaded only once a date is set.
const Workload = lazy(() => import('./Workload').then((m) => ({ default: m.Workload })));

/** The interview date paces new cards so every card is seen in time. */
export function InterviewDate({ deck, progress, now, recall, update, announce }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const date = progress.interviewDate ? new Date(progress.interviewDate) : null;
  const upcoming = date && date > now ? date : null;
  const c = upcoming ? coverage(deck, progress.cards, upcoming, now, recall) : null;

  return (
    <div className="drill-date">
      <div className="drill-inline">
        <label htmlFor={`${id}-date`}>Interview date</label>
        <input
          id={`${id}-date`}
          type="date"
          min={toDateInput(now)}
          value={date ? toDateInput(date) : ''}
          aria-describedby={`${id}-date-help`}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === '') {
              setError(null);
              update((p) => setInterviewDate(p, null));
              return;
            }
            const picked = parseDateInput(value);
            if (!picked || picked < now) {
              setError('Pick a date from today on.');
              return;
            }
            setError(null);
            update((p) => setInterviewDate(p, picked));
            announce(`Interview date set to ${dayLabel(picked)}.`);
          }}
        />
        {date && (
          <button type="button" className="link-button" onClick={() => update((p) => setInterviewDate(p, null))}>
            Clear date
          </button>
        )}
      </div>
      {error && (
        <p className="island-notice" role="alert">
          {error}
        </p>
      )}
      <p className="drill-hint" id={`${id}-date-help`}>
        {c && upcoming
          ? `${c.daysLeft} ${c.daysLeft === 1 ? 'day' : 'days'} to go. You have seen ${c.seen} of ${c.total} questions${
              c.unseen > 0 ? `; about ${c.newPerDayNeeded} new a day gets you through them all in time` : ''
            }. In the last ${CRAM_WINDOW_DAYS} days, practice also brings back cards that would not come round again before ${dayLabel(upcoming)}.`
          : date
            ? 'Your interview date has passed: practice is back to its usual pace.'
            : 'Optional: with a date, practice paces new questions so you see every one before the interview.'}
      </p>
      {upcoming && (
        <Suspense fallback={null}>
          <Workload deck={deck} progress={progress} interview={upcoming} now={now} />
        </Suspense>
      )}
    </div>
  );
}
