/** Small statistics for bench timings. */

/** The p-th percentile (0–100) by the nearest-rank method: always one of the measured values. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);

/** Every prefix of a query of two or more characters: what the dialog searches as it is typed. */
export function keystrokes(query, minLength = 2) {
  const out = [];
  for (let i = minLength; i <= query.length; i++) {
    const prefix = query.slice(0, i);
    if (prefix.trim().length >= minLength) out.push(prefix);
  }
  return out;
}
