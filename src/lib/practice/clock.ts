/** Clock text for timers and results: "4:05", rounding up so a countdown never shows 0:00 early. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** Time since `start`, less the time spent paused: pauses are [from, to) pairs, to = null while paused. */
export function activeMs(start: number, now: number, pauses: readonly { from: number; to: number | null }[]): number {
  const paused = pauses.reduce((sum, p) => sum + Math.max(0, (p.to ?? now) - p.from), 0);
  return Math.max(0, now - start - paused);
}
