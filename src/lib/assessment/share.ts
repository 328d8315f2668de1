/**
 * The share link: a result carried in the URL fragment (`#…`), which browsers never send to a
 * server, so a counselor can see it without an account and nothing leaves the user's hands.
 *
 *   v1.customer-service-representative.20250303.433322333332043.8d
 *   │  │                               │        │               └ check: 2 base-36 characters
 *   │  │                               │        └ one digit per skill, in the profile's order; 0 = not rated
 *   │  │                               └ the day it was completed (UTC), YYYYMMDD
 *   │  └ the occupation id
 *   └ format version
 *
 * Only the characters a-z, 0-9, '-' and '.' appear, all URL-safe without escaping. Notes are
 * never shared: they can be personal, and they would make the link long.
 *
 * The check is Σ position × character code (plus a fingerprint of the profile's skill ids),
 * modulo 1291, the largest prime below 36². Because the modulus is prime and larger than any
 * position or character difference, it catches every single changed character and every swap
 * of two neighbours. Because it also covers the skill ids, a link read against a reordered or
 * renamed skill list fails the check (bar a 1-in-1291 chance) instead of showing ratings against
 * the wrong skills. It guards against slips and casual edits; it is not a signature, since anyone
 * who reads this can compute it.
 */
import type { Ratings } from './schema';
import type { Level } from './types';

export const SHARE_VERSION = 1;
/** No real link comes close: a long occupation id and 300 skills still fit. */
export const MAX_SHARE_LENGTH = 512;

const PREFIX = `v${SHARE_VERSION}`;
const CHECK_MODULUS = 1291;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 120;

export interface SharedResult {
  occupation: string;
  ratings: Ratings;
  /** Midnight UTC of the day in the link: the time of day is not shared. */
  completedAt: string;
}

export type ShareError =
  | 'empty'
  | 'too-long'
  | 'malformed'
  | 'unknown-version'
  | 'wrong-occupation'
  | 'wrong-length'
  | 'out-of-range'
  | 'bad-date'
  | 'checksum'
  | 'no-ratings';

export type DecodeResult =
  | { ok: true; value: SharedResult }
  | {
      ok: false;
      reason: ShareError;
      /** A sentence for the user, built only from our own words, numbers and validated ids. */
      error: string;
      /** For `wrong-occupation`: the (validated) occupation the link is for, to offer its page. */
      occupation?: string;
    };

const ASK_AGAIN = 'Ask the person who sent it for a fresh link.';

export const SHARE_MESSAGES = {
  empty: 'This link has no shared result in it. Check that the whole link was copied, including everything after the # sign.',
  tooLong: 'This link is too long to be a shared skills result from this site, so it was not opened.',
  malformed: `This link is not a shared skills result from this site, or part of it was lost when it was copied. ${ASK_AGAIN}`,
  unknownVersion:
    'This link was made by a different version of this site and cannot be read here. Reload the page to get the latest version, or ask the person who sent it for a fresh link.',
  wrongOccupation: (occupation: string) =>
    `This link holds a result for another occupation (${occupation}), not for this page. Open it on that occupation's skills page.`,
  wrongLength: (inLink: number, onPage: number) =>
    `This link holds ratings for ${inLink} skills, but this page lists ${onPage}. The list of skills has changed since the link was made. ${ASK_AGAIN}`,
  outOfRange: (position: number) =>
    `This link has a rating outside 1 to 5 (skill ${position}), so it has been changed since it was made. ${ASK_AGAIN}`,
  badDate: `This link has a date that is not a real day, so it has been changed since it was made. ${ASK_AGAIN}`,
  checksum: `This link does not check out: part of it was changed or lost, or the list of skills has changed since it was made. ${ASK_AGAIN}`,
  noRatings: 'This link holds no ratings: nothing had been rated when it was shared.',
} as const;

/** FNV-1a: a fingerprint of the skill list, so a link only reads against the list it was made for. */
function fingerprint(skillIds: readonly string[]): number {
  let hash = 0x811c9dc5;
  const text = skillIds.join(',');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function checkOf(body: string, skillIds: readonly string[]): string {
  let sum = fingerprint(skillIds) % CHECK_MODULUS;
  for (let i = 0; i < body.length; i++) sum = (sum + (i + 1) * body.charCodeAt(i)) % CHECK_MODULUS;
  return sum.toString(36).padStart(2, '0');
}

/**
 * The fragment for a result, without the '#'. Ratings of skills not in `skillOrder` are left out.
 * Throws on an occupation id or date that is not valid: they come from validated state, so that
 * is a bug, not user input.
 */
export function encodeShare(
  result: { occupation: string; ratings: Ratings; completedAt: string },
  skillOrder: readonly string[],
): string {
  if (!ID.test(result.occupation) || result.occupation.length > MAX_ID_LENGTH) {
    throw new RangeError(`not an occupation id: ${result.occupation}`);
  }
  const day = new Date(result.completedAt).toISOString().slice(0, 10).replaceAll('-', '');
  const digits = skillOrder.map((id) => (Object.hasOwn(result.ratings, id) ? (result.ratings[id] ?? 0) : 0)).join('');
  const body = `${PREFIX}.${result.occupation}.${day}.${digits}`;
  const fragment = `${body}.${checkOf(body, skillOrder)}`;
  if (fragment.length > MAX_SHARE_LENGTH) throw new RangeError(`share link longer than ${MAX_SHARE_LENGTH} characters`);
  return fragment;
}

function fail(reason: ShareError, error: string): DecodeResult {
  return { ok: false, reason, error };
}

/** YYYYMMDD that names a real day, as `YYYY-MM-DDT00:00:00.000Z`, or null. */
function dayOf(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  if (year < 2000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a real day comes back unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

/**
 * Reads a fragment (with or without its '#') made for `expected.occupation` and its skill list.
 * Never throws: whatever the text, the answer is a result or a reason with a message.
 */
export function decodeShare(fragment: string, expected: { occupation: string; skillIds: readonly string[] }): DecodeResult {
  try {
    return decode(fragment, expected);
  } catch {
    // Nothing above should throw; this is the promise kept even if a future edit slips.
    return fail('malformed', SHARE_MESSAGES.malformed);
  }
}

function decode(fragment: string, expected: { occupation: string; skillIds: readonly string[] }): DecodeResult {
  if (typeof fragment !== 'string') return fail('malformed', SHARE_MESSAGES.malformed);
  if (fragment.length > MAX_SHARE_LENGTH + 1) return fail('too-long', SHARE_MESSAGES.tooLong);
  // Mail programs add spaces and line ends around links; the fragment itself has none.
  const text = fragment.trim().replace(/^#/, '').trim();
  if (text === '') return fail('empty', SHARE_MESSAGES.empty);
  if (text.length > MAX_SHARE_LENGTH) return fail('too-long', SHARE_MESSAGES.tooLong);

  const parts = text.split('.');
  // `split` always gives a first part; the others are read only once there are exactly five.
  const version = parts[0]!;
  if (version !== PREFIX) {
    return /^v\d{1,6}$/.test(version)
      ? fail('unknown-version', SHARE_MESSAGES.unknownVersion)
      : fail('malformed', SHARE_MESSAGES.malformed);
  }
  if (parts.length !== 5) return fail('malformed', SHARE_MESSAGES.malformed);
  const [, occupation, date, digits, check] = parts as [string, string, string, string, string];

  if (!ID.test(occupation) || occupation.length > MAX_ID_LENGTH) return fail('malformed', SHARE_MESSAGES.malformed);
  if (occupation !== expected.occupation) {
    return { ok: false, reason: 'wrong-occupation', error: SHARE_MESSAGES.wrongOccupation(occupation), occupation };
  }

  const completedAt = dayOf(date);
  if (completedAt === null) return fail('bad-date', SHARE_MESSAGES.badDate);

  if (!/^\d+$/.test(digits)) return fail('malformed', SHARE_MESSAGES.malformed);
  if (digits.length !== expected.skillIds.length) {
    return fail('wrong-length', SHARE_MESSAGES.wrongLength(digits.length, expected.skillIds.length));
  }
  const outOfRange = [...digits].findIndex((digit) => digit > '5');
  if (outOfRange >= 0) return fail('out-of-range', SHARE_MESSAGES.outOfRange(outOfRange + 1));

  if (!/^[0-9a-z]{2}$/.test(check)) return fail('malformed', SHARE_MESSAGES.malformed);
  const body = text.slice(0, text.length - check.length - 1);
  if (check !== checkOf(body, expected.skillIds)) return fail('checksum', SHARE_MESSAGES.checksum);

  const ratings: Ratings = {};
  expected.skillIds.forEach((id, index) => {
    const digit = Number(digits[index]);
    if (digit !== 0) ratings[id] = digit as Level;
  });
  if (Object.keys(ratings).length === 0) return fail('no-ratings', SHARE_MESSAGES.noRatings);

  return { ok: true, value: { occupation, ratings, completedAt } };
}
