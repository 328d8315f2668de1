import { useId, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import { workloadPreview, WORKLOAD_MAX_DAYS } from '../../lib/drill/forecast';
import { coverage, CRAM_WINDOW_DAYS } from '../../lib/drill/interview-date';
import { setInterviewDate, type Progress } from '../../lib/drill/progress';
import { dayLabel, parseDateInput, toDateInput } from '../../lib/drill/when';
import type { Announce, Update } from './types';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  update: Update;
  announce: Announce;
}

/** The interview date paces new cards so every card is seen in time. */
export function InterviewDate({ deck, progress, now, update, announce }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const date = progress.interviewDate ? new Date(progress.interviewDate) : null;
  const upcoming = date && date > now ? date : null;
  const c = upcoming ? coverage(deck, progress.cards, upcoming, now) : null;
  const plan = upcoming
    ? workloadPreview(deck, progress.cards, upcoming, now, { log: progress.log, newPerDay: progress.settings.newPerDay, reviewsPerDay: progress.settings.reviewsPerDay })
    : [];
  const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

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
      {plan.length > 0 && (
        <details className="drill-workload">
          <summary>Work per day until then</summary>
          <div className="table-wrap">
            <table className="drill-table">
              <caption>
                Forecast if you grade every card “Solid — Good”: harder grades bring cards back sooner.
                {c && c.daysLeft > WORKLOAD_MAX_DAYS ? ` The first ${WORKLOAD_MAX_DAYS} days are shown.` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col" className="num">
                    New cards
                  </th>
                  <th scope="col" className="num">
                    Reviews
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.map((day, i) => (
                  <tr key={day.date}>
                    <th scope="row">{i === 0 ? 'Today' : dayName.format(new Date(`${day.date}T12:00:00Z`))}</th>
                    <td className="num">{day.new}</td>
                    <td className="num">{day.reviews}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
