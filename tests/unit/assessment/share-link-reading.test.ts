/**
 * What a person opening a shared skills result is told, and which links still open: the
 * sentences name the occupation, the count and the position involved; spaces around a pasted
 * link do not matter; an occupation id is as long as the format allows and no longer.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../../src/lib/assessment/share';
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

describe('a link as people paste it', () => {
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
    expect(() => link(tooLong)).toThrow(RangeError);
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
