/**
 * A step of a check that drives Chromium (weighing island pages, measuring guide heights).
 * Playwright appends the browser's own log to its errors: on this machine pages of D-Bus noise
 * that bury the one line saying what went wrong. `reason` keeps that line and drops the log.
 * A whole step (its own server and browser) is tried a second time before it fails the check:
 * one stalled launch or load on a busy machine is not a broken budget, and a real fault fails twice.
 */

/** The error's message without the browser log Playwright appends. */
export function reason(error) {
  const lines = String(error?.message ?? error).split('\n');
  const kept = [];
  for (const line of lines) {
    if (/^\s*(Browser logs:|Call log:)/.test(line)) break;
    if (/^\s*\[pid=\d+\]/.test(line) || /^=+/.test(line.trim())) continue;
    kept.push(line);
  }
  return kept.join('\n').trim() || 'unknown error';
}

/** Runs `step`; when it throws, says why and runs it once more, so only a second failure throws. */
export async function twice(label, step, log = console.warn) {
  try {
    return await step();
  } catch (first) {
    log(`${label} failed (${reason(first)}); trying once more with a new browser.`);
    return await step();
  }
}
