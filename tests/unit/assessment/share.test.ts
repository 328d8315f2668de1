import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ratings } from '../../../src/lib/assessment/schema';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH, SHARE_MESSAGES, type DecodeResult } from '../../../src/lib/assessment/share';
import type { Level } from '../../../src/lib/assessment/types';
import { csrSkillIds, OCCUPATION, ratingsWith } from './fixtures';

const page = { occupation: OCCUPATION, skillIds: csrSkillIds };
const COMPLETED = '2025-03-03T09:00:00.000Z';

function sampleRatings(): Ratings {
  const ratings = ratingsWith({ communication: 4, 'de-escalation': 2, integrity: 3 });
  delete ratings['commercial-awareness'];
  return ratings;
}
const SAMPLE = 'v1.customer-service-representative.20250303.433322333332043.8d';
const sampleLink = () => encodeShare({ occupation: OCCUPATION, ratings: sampleRatings(), completedAt: COMPLETED }, csrSkillIds);

function expectRefused(result: DecodeResult, reason: string): string {
  expect(result).toMatchObject({ ok: false, reason });
  return result.ok ? '' : result.error;
}

const ALL_MESSAGES = new Set<string>(Object.values(SHARE_MESSAGES).filter((m) => typeof m === 'string'));
/** What every refusal must look like: our own sentence, no markup, no echo of the input. */
function expectClearError(result: DecodeResult) {
  if (result.ok) return;
  expect(result.error).toMatch(/^[A-Z][A-Za-z0-9 .,:;'()#\-]+[.]$/);
  if (result.reason === 'wrong-occupation') expect(result.occupation).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  else if (!['wrong-length', 'out-of-range'].includes(result.reason)) expect(ALL_MESSAGES.has(result.error)).toBe(true);
}

describe('share link format', () => {
  it('reads as version, occupation, day, one digit per skill (0 = not rated) and a check', () => {
    expect(sampleLink()).toBe(SAMPLE);
  });

  it('uses only characters that need no escaping in a URL', () => {
    expect(sampleLink()).toMatch(/^[a-z0-9.-]+$/);
    expect(encodeURIComponent(sampleLink())).toBe(sampleLink());
  });

  it('opens the same ratings, with or without the #, and shares the day but not the time', () => {
    for (const fragment of [SAMPLE, `#${SAMPLE}`, `  #${SAMPLE}\n`]) {
      expect(decodeShare(fragment, page)).toEqual({
        ok: true,
        value: { occupation: OCCUPATION, ratings: sampleRatings(), completedAt: '2025-03-03T00:00:00.000Z' },
      });
    }
  });

  it('refuses to encode an occupation that is not an id', () => {
    expect(() => encodeShare({ occupation: '<b>x</b>', ratings: { communication: 3 }, completedAt: COMPLETED }, csrSkillIds)).toThrow(RangeError);
  });
});

describe('a link that cannot be opened', () => {
  it.each(['', '#', '   ', '# '])('says the link is empty for %j', (fragment) => {
    expect(expectRefused(decodeShare(fragment, page), 'empty')).toBe(SHARE_MESSAGES.empty);
  });

  it('refuses a fragment longer than any real link before reading it', () => {
    expect(expectRefused(decodeShare(`${SAMPLE}${'3'.repeat(MAX_SHARE_LENGTH)}`, page), 'too-long')).toBe(SHARE_MESSAGES.tooLong);
  });

  it('refuses a fragment one character too long once the # is left out, and allows the # on top', () => {
    expect(expectRefused(decodeShare('v'.repeat(MAX_SHARE_LENGTH + 1), page), 'too-long')).toBe(SHARE_MESSAGES.tooLong);
    expect(decodeShare(`#${'v'.repeat(MAX_SHARE_LENGTH)}`, page)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses to make a link longer than the reader accepts', () => {
    const many = Array.from({ length: MAX_SHARE_LENGTH }, (_, i) => `skill-${i}`);
    expect(() => encodeShare({ occupation: OCCUPATION, ratings: {}, completedAt: COMPLETED }, many)).toThrow(`share link longer than ${MAX_SHARE_LENGTH} characters`);
  });

  it('refuses a link from an unknown version of the format', () => {
    expect(expectRefused(decodeShare(SAMPLE.replace(/^v1/, 'v2'), page), 'unknown-version')).toBe(SHARE_MESSAGES.unknownVersion);
    expect(decodeShare('v0.anything', page)).toMatchObject({ ok: false, reason: 'unknown-version' });
  });

  it.each([
    ['some other fragment', 'section-3'],
    ['a link cut short', SAMPLE.slice(0, 40)],
    ['an extra part', `${SAMPLE}.x`],
    ['capitals', SAMPLE.toUpperCase().replace(/^V1/, 'v1')],
    ['letters among the ratings', SAMPLE.replace('433322', '43a322')],
    ['a three-character check', `${SAMPLE}0`],
  ])('calls %s malformed', (_name, fragment) => {
    expect(expectRefused(decodeShare(fragment, page), 'malformed')).toBe(SHARE_MESSAGES.malformed);
  });

  it('names the occupation a link from another occupation is for, so the page can point to it', () => {
    const link = encodeShare({ occupation: 'retail-salesperson', ratings: { communication: 3 }, completedAt: COMPLETED }, csrSkillIds);
    const result = decodeShare(link, page);
    expect(result).toEqual({
      ok: false,
      reason: 'wrong-occupation',
      occupation: 'retail-salesperson',
      error: SHARE_MESSAGES.wrongOccupation('retail-salesperson'),
    });
  });

  it('says when the link holds a different number of skills than the page lists', () => {
    const error = expectRefused(decodeShare(SAMPLE, { occupation: OCCUPATION, skillIds: csrSkillIds.slice(0, 14) }), 'wrong-length');
    expect(error).toBe('This link holds ratings for 15 skills, but this page lists 14. The list of skills has changed since the link was made. Ask the person who sent it for a fresh link.');
  });

  it('names the position of a rating outside 1 to 5', () => {
    const error = expectRefused(decodeShare(SAMPLE.replace('.433322', '.437322'), page), 'out-of-range');
    expect(error).toMatch(/outside 1 to 5 \(skill 3\)/);
  });

  it('refuses 6, the first digit past the scale, and reads 5, the top of it', () => {
    expect(expectRefused(decodeShare(SAMPLE.replace('.433322', '.436322'), page), 'out-of-range')).toMatch(/\(skill 3\)/);
    expect(expectRefused(decodeShare(SAMPLE.replace('.433322', '.433392'), page), 'out-of-range')).toMatch(/\(skill 5\)/);
    const top = encodeShare({ occupation: OCCUPATION, ratings: ratingsWith({ communication: 5 }), completedAt: COMPLETED }, csrSkillIds);
    const opened = decodeShare(top, page);
    expect(opened.ok && opened.value.ratings.communication).toBe(5);
  });

  it.each(['20000101', '20240229'])('reads the real day %s, the earliest year and a leap day', (date) => {
    const link = encodeShare({ occupation: OCCUPATION, ratings: sampleRatings(), completedAt: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T12:00:00.000Z` }, csrSkillIds);
    const opened = decodeShare(link, page);
    expect(opened.ok && opened.value.completedAt).toBe(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T00:00:00.000Z`);
  });

  it.each(['20250230', '20251301', '19991231', '2025033', 'yesterday'])('refuses the date %s', (date) => {
    expect(expectRefused(decodeShare(SAMPLE.replace('20250303', date), page), 'bad-date')).toBe(SHARE_MESSAGES.badDate);
  });

  it('detects a tampered rating through the check', () => {
    const tampered = SAMPLE.replace('.433322', '.533322');
    expect(expectRefused(decodeShare(tampered, page), 'checksum')).toBe(SHARE_MESSAGES.checksum);
  });

  it('detects a changed check', () => {
    expect(decodeShare(SAMPLE.replace(/\.8d$/, '.8e'), page)).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it('refuses to read a link against a reordered list of skills', () => {
    const swapped = [csrSkillIds[1] ?? '', csrSkillIds[0] ?? '', ...csrSkillIds.slice(2)];
    expect(decodeShare(SAMPLE, { occupation: OCCUPATION, skillIds: swapped })).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it('says so when nothing was rated', () => {
    // Encoding does not judge; the reader refuses a link with every digit 0.
    const link = encodeShare({ occupation: OCCUPATION, ratings: {}, completedAt: COMPLETED }, csrSkillIds);
    expect(link).toContain(`.${'0'.repeat(15)}.`);
    expect(expectRefused(decodeShare(link, page), 'no-ratings')).toBe(SHARE_MESSAGES.noRatings);
  });

  it('never puts markup from the link into its message', () => {
    for (const fragment of [
      `v1.<img src=x onerror=alert(1)>.20250303.333.aa`,
      `v1.${OCCUPATION}.<script>.333.aa`,
      `<script>alert(1)</script>`,
      `v1.a"onmouseover="x.20250303.3.aa`,
    ]) {
      const result = decodeShare(fragment, page);
      expect(result.ok).toBe(false);
      expect(Object.values(result).join(' ')).not.toMatch(/[<>"]|script|onerror/);
    }
  });

  it('does not throw when called from untyped code with something that is not text', () => {
    expect(decodeShare(undefined as unknown as string, page)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('share codec properties', () => {
  const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
  const id = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join('-'));
  const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);
  const assessment = fc
    .uniqueArray(id, { minLength: 1, maxLength: 40 })
    .chain((skillIds) =>
      fc.record({
        skillIds: fc.constant(skillIds),
        occupation: id,
        levels: fc.array(fc.option(level, { nil: undefined }), { minLength: skillIds.length, maxLength: skillIds.length }),
        completedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }),
      }),
    )
    .map(({ skillIds, occupation, levels, completedAt }) => {
      const ratings: Ratings = {};
      skillIds.forEach((skillId, i) => {
        const value = levels[i];
        if (value !== undefined) ratings[skillId] = value;
      });
      return { skillIds, occupation, ratings, completedAt: completedAt.toISOString() };
    })
    .filter(({ ratings }) => Object.keys(ratings).length > 0);

  it('round-trips any valid assessment, keeping its day', () => {
    fc.assert(
      fc.property(assessment, ({ skillIds, occupation, ratings, completedAt }) => {
        const link = encodeShare({ occupation, ratings, completedAt }, skillIds);
        expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
        expect(decodeShare(`#${link}`, { occupation, skillIds })).toEqual({
          ok: true,
          value: { occupation, ratings, completedAt: `${completedAt.slice(0, 10)}T00:00:00.000Z` },
        });
      }),
    );
  });

  const near = fc.string({ unit: fc.constantFrom(...'v1.-#0123456789abcdez <>"'.split('')), maxLength: 80 });
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 600 }),
    near,
    near.map((tail) => `v1.${OCCUPATION}.${tail}`),
    fc.string({ maxLength: 2000 }),
  );

  it('answers any text with a valid result or a clear error, and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = decodeShare(text, page);
        if (result.ok) {
          expect(result.value.occupation).toBe(OCCUPATION);
          for (const [skillId, rating] of Object.entries(result.value.ratings)) {
            expect(csrSkillIds).toContain(skillId);
            expect([1, 2, 3, 4, 5]).toContain(rating);
          }
        } else expectClearError(result);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a valid link with any one character changed', () => {
    const sample = sampleLink();
    const position = fc.nat({ max: sample.length - 1 });
    const replacement = fc.string({ minLength: 1, maxLength: 1 });
    fc.assert(
      fc.property(position, replacement, (at, char) => {
        fc.pre(sample[at] !== char);
        const changed = sample.slice(0, at) + char + sample.slice(at + 1);
        const result = decodeShare(changed, page);
        expect(result.ok).toBe(false);
        expectClearError(result);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a valid link with two neighbouring characters swapped', () => {
    const sample = sampleLink();
    for (let at = 0; at < sample.length - 1; at++) {
      if (sample[at] === sample[at + 1]) continue;
      const swapped = sample.slice(0, at) + (sample[at + 1] ?? '') + (sample[at] ?? '') + sample.slice(at + 2);
      expect(decodeShare(swapped, page).ok, swapped).toBe(false);
    }
  });
});
