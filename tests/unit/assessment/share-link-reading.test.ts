/**
 * What a person opening a shared skills result is told, and which links still open: the
 * sentences name the occupation, the count and the position involved; spaces around a pasted
 * link do not matter; an occupation id is as long as the format allows and no longer.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH, SHARE_MESSAGES } from '../../../src/lib/assessment/share';
import { csrSkillIds, OCCUPATION, ratingsWith } from './fixtures';

const page = { occupation: OCCUPATION, skillIds: csrSkillIds };
const COMPLETED = '2025-03-03T09:00:00.000Z';
const link = (occupation = OCCUPATION, skillIds: readonly string[] = csrSkillIds) =>
  encodeShare({ occupation, ratings: ratingsWith({ communication: 4 }), completedAt: COMPLETED }, skillIds);

describe('the sentence shown for a link that does not open', () => {
  it('names the occupation a link from another occupation is for', () => {
    const result = decodeShare(link('retail-salesperson'), page);
    expect(result.ok ? '' : result.error).toBe(
      'This link holds a result for another occupation (retail-salesperson), not for this page. Open it on that occupation\'s skills page.',
    );
  });

  it('names the first skill whose rating is outside the scale', () => {
    const digits = link().split('.')[3]!;
    const changed = link().replace(`.${digits}.`, `.${digits.slice(0, 6)}8${digits.slice(7)}.`);
    const result = decodeShare(changed, page);
    expect(result.ok ? '' : result.error).toBe(
      'This link has a rating outside 1 to 5 (skill 7), so it has been changed since it was made. Ask the person who sent it for a fresh link.',
    );
  });
});

describe('dates in a link', () => {
  it.each(['202503031', '120250303'])('calls the nine-digit date %s not a real day, before checking the rest', (date) => {
    const forged = link().replace('.20250303.', `.${date}.`);
    expect(decodeShare(forged, page)).toMatchObject({ ok: false, reason: 'bad-date', error: SHARE_MESSAGES.badDate });
  });
});

describe('the longest link', () => {
  // "v1." + the occupation + "." + 8 date digits + "." + one digit a skill + "." + 2 check characters.
  const skillsToFill = MAX_SHARE_LENGTH - (3 + OCCUPATION.length + 1 + 8 + 1 + 1 + 2);
  const skillIds = Array.from({ length: skillsToFill }, (_, i) => `skill-${i}`);

  it('is made and opened at exactly the limit, and not one skill more', () => {
    const longest = encodeShare({ occupation: OCCUPATION, ratings: { 'skill-0': 3 }, completedAt: COMPLETED }, skillIds);
    expect(longest).toHaveLength(MAX_SHARE_LENGTH);
    expect(decodeShare(longest, { occupation: OCCUPATION, skillIds }).ok).toBe(true);
    expect(() => encodeShare({ occupation: OCCUPATION, ratings: {}, completedAt: COMPLETED }, [...skillIds, 'one-more'])).toThrow(RangeError);
  });
});

describe('a link as people paste it', () => {
  it('is refused as too long when padded past the limit, even if the padding is only spaces', () => {
    const padded = `${' '.repeat(MAX_SHARE_LENGTH)}${link()}`;
    expect(decodeShare(padded, page)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('does not open a link with a second # inside it, which was garbled on the way', () => {
    const garbled = link().replace('.20250303.', '.#20250303.');
    expect(decodeShare(garbled, page).ok).toBe(false);
  });

  it('opens with a space between the # and the link', () => {
    expect(decodeShare(`# ${link()}`, page).ok).toBe(true);
  });

  it('calls a version with more than six digits malformed, not a newer version', () => {
    expect(decodeShare(link().replace(/^v1/, 'v1234567'), page)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(decodeShare(link().replace(/^v1/, 'v123456'), page)).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});

describe('occupation ids in a link', () => {
  const longest = `a${'-b'.repeat(59)}a`.slice(0, 120);
  const tooLong = `${longest}b`;

  it('round-trips an id of 120 characters, and neither makes nor opens one longer', () => {
    expect(longest).toHaveLength(120);
    const opened = decodeShare(link(longest), { occupation: longest, skillIds: csrSkillIds });
    expect(opened.ok && opened.value.occupation).toBe(longest);
    expect(() => link(tooLong)).toThrow(`not an occupation id: ${tooLong}`);
    const forged = link(longest).replace(`.${longest}.`, `.${tooLong}.`);
    expect(decodeShare(forged, { occupation: tooLong, skillIds: csrSkillIds })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses an id with a doubled or trailing hyphen', () => {
    for (const id of ['customer--service', 'customer-']) {
      const forged = link().replace(`.${OCCUPATION}.`, `.${id}.`);
      expect(decodeShare(forged, { occupation: id, skillIds: csrSkillIds }), id).toMatchObject({ ok: false, reason: 'malformed' });
      expect(() => link(id)).toThrow(RangeError);
    }
  });
});
