/**
 * Old figures are shown, because they are what we have, but never as if they were current: a
 * figure whose data is two or more years older than the newest release the site draws on is
 * labelled "older figure, the latest we have".
 */

/** The newest official data the site uses: BLS wages for May 2024 and projections for 2024–34. */
export const NEWEST_DATA = '2024-05';

/** Years between two reference dates ("2020-05", "2024"), by their year alone. */
function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function isOlderFigure(asOf: string, newest: string = NEWEST_DATA): boolean {
  return yearOf(newest) - yearOf(asOf) >= 2;
}

export const OLDER_LABEL = 'Older figure: the latest we have.';

/**
 * The label to show next to a figure, or null for current data. A note that already says the
 * figure is the latest we have, or old, is enough on its own.
 */
export function vintageLabel(asOf: string | undefined, note?: string, newest: string = NEWEST_DATA): string | null {
  if (asOf === undefined || !isOlderFigure(asOf, newest)) return null;
  if (note && /latest (official )?(figure |one )?we (have|could)|old (figure|projection)/i.test(note)) return null;
  return OLDER_LABEL;
}
