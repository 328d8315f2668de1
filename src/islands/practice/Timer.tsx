import { formatClock } from '../../lib/practice/clock';

interface Props {
  /** Milliseconds left (a countdown) or gone (a stopwatch). */
  ms: number;
  label: string;
  paused?: boolean;
}

/** A visible clock. role="timer" is not announced on every tick, so screen readers are not flooded. */
export function Timer({ ms, label, paused = false }: Props) {
  return (
    <p className="practice-timer">
      <span>{label}: </span>
      <span role="timer" aria-label={label} aria-atomic="true">
        {formatClock(ms)}
      </span>
      {paused && <span> (paused)</span>}
    </p>
  );
}
