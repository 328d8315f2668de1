import type { Grade } from '../../lib/drill/schedule';
import { previewIntervals } from '../../lib/drill/schedule';
import type { StoredCard } from '../../lib/drill/card';

interface Props {
  card: StoredCard | undefined;
  now: Date;
  /** Extra practice leaves the schedule alone, so there is no interval to show. */
  showIntervals: boolean;
  onGrade: (rating: Grade) => void;
  label?: string;
  /** Shown but not usable yet (a mock answer not given); the reason is shown beside them. */
  disabled?: boolean;
}

/** "Blanked — Again · 1 min": plain words first, the standard word, then what it does. */
export function GradeButtons({ card, now, showIntervals, onGrade, label = 'How did your answer go?', disabled = false }: Props) {
  const options = previewIntervals(card, now);
  return (
    <fieldset className="drill-grades" disabled={disabled}>
      <legend>{label}</legend>
      <div className="drill-grade-row">
        {options.map((o) => (
          <button key={o.rating} type="button" className={`drill-grade drill-grade-${o.key}`} aria-keyshortcuts={o.key} onClick={() => onGrade(o.rating)}>
            <kbd aria-hidden="true">{o.key}</kbd> {o.label}
            {showIntervals && <span className="drill-interval"> · {o.interval}</span>}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
