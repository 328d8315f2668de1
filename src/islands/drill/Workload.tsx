import type { DrillQuestion } from '../../lib/drill/deck';
import { workloadPreview, WORKLOAD_MAX_DAYS } from '../../lib/drill/forecast';
import { daysLeft } from '../../lib/drill/interview-date';
import type { Progress } from '../../lib/drill/progress';

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  interview: Date;
  now: Date;
}

const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** New cards and reviews each day until the interview, under the learner's daily limits. */
export function Workload({ deck, progress, interview, now }: Props) {
  const { newPerDay, reviewsPerDay } = progress.settings;
  const plan = workloadPreview(deck, progress.cards, interview, now, { log: progress.log, newPerDay, reviewsPerDay });
  const left = daysLeft(interview, now);
  if (plan.length === 0) return null;
  return (
        <details className="drill-workload">
          <summary>Work per day until then</summary>
          <div className="table-wrap">
            <table className="drill-table">
              <caption>
                Forecast if you grade every card “Solid — Good”: harder grades bring cards back sooner.
                {left > WORKLOAD_MAX_DAYS ? ` The first ${WORKLOAD_MAX_DAYS} days are shown.` : ''}
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
  );
}
