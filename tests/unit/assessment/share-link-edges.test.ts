import { describe, expect, it } from 'vitest';
import { decodeShare, SHARE_MESSAGES } from '../../../src/lib/assessment/share';
import { csrSkillIds, OCCUPATION } from './fixtures';

const page = { occupation: OCCUPATION, skillIds: csrSkillIds };
const SAMPLE = 'v1.customer-service-representative.20250303.433322333332043.8d';

describe('a share link at its edges', () => {
  it('calls a link from a later version of the site a newer format, but not text that merely contains one', () => {
    expect(decodeShare(SAMPLE.replace(/^v1/, 'v2'), page)).toMatchObject({ ok: false, reason: 'unknown-version', error: SHARE_MESSAGES.unknownVersion });
    expect(decodeShare(SAMPLE.replace(/^v1/, 'xv2'), page)).toMatchObject({ ok: false, reason: 'malformed', error: SHARE_MESSAGES.malformed });
  });

  it('names the first skill when its rating is out of range', () => {
    expect(decodeShare(SAMPLE.replace('.433322', '.933322'), page)).toMatchObject({ ok: false, reason: 'out-of-range', error: SHARE_MESSAGES.outOfRange(1) });
  });
});
