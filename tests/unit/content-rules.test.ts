/**
 * One deliberately broken fixture per content rule. Each must be refused with
 * a message naming the file and the field, so an author knows what to fix.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { readContent } from '../../src/loaders/read-content';

const fixtures = path.resolve('tests/fixtures/content');
const scratch = mkdtempSync(path.join(tmpdir(), 'content-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The valid set with one rule's broken file laid over it. */
function problemsWith(rule: string): string[] {
  const dir = path.join(scratch, rule, 'content');
  cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', rule), dir, { recursive: true });
  return validateContent(readContent(path.join(scratch, rule), 'content'));
}

const OCC = 'content/occupations/test-clerk.md';
const CLERK_QS = 'content/questions/clerk.yaml';
const GENERAL_QS = 'content/questions/general.yaml';

describe('content rules', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(readContent(fixtures, 'valid'))).toEqual([]);
  });

  const cases: Array<[rule: string, file: string, field: string, message: RegExp]> = [
    ['percentile-order', OCC, 'pay.percentiles.p25', /percentiles out of order: p25 \(35000\) is not above p10 \(36000\)/],
    ['pay-mismatch', OCC, 'pay.medianHourly.value', /hourly 21\.5 × 2080 = 44720 differs from the annual median 41600 by more than 1%/],
    ['future-date', OCC, 'pay.medianAnnual.period', /period starts in the future/],
    // A comma inside a YAML flow map splits a name into stray keys: the strict schema names them.
    ['comma-in-flow-map', OCC, 'industries.shares[0]', /Unrecognized key: "scientific and technical services"/],
    // "Older" is computed from the newest figure of the same measure, never typed.
    ['typed-older', OCC, 'pay.medianAnnual', /Unrecognized key: "older"/],
    ['known-and-unknown', OCC, 'pay.unknown[0].measure', /"medianAnnual" is listed as not known but also has a value/],
    ['derived-without-how', OCC, 'pay.medianHourly.derivation', /the note says this figure was worked out; say how/],
    ['publication-date-as-period', OCC, 'outlook.change.period', /a projection's period is its span, such as 2024–34, not "2025-12"/],
    ['wage-period-not-a-month', OCC, 'pay.medianAnnual.period', /BLS OEWS estimates describe May of a year/],
    ['no-survey', OCC, 'pay.medianAnnual.survey', /name the agency's survey this figure comes from \(source "blog"/],
    ['related-without-reason', OCC, 'related[0].why', /a related occupation of our own choosing says why/],
    ['missing-source', OCC, 'pay.medianAnnual.source', /expected string, received undefined/i],
    ['unknown-source', OCC, 'pay.medianHourly.source', /unknown sources entry "agencyy"/],
    ['too-few-skills', OCC, 'skills', /at least 5 skills/],
    ['too-few-responsibilities', OCC, 'responsibilities', /at least 5 responsibilities/],
    // Files are read in name order, so general.yaml repeats what clerk.yaml said first.
    ['duplicate-question-id', `${GENERAL_QS} → [0]`, 'id', /duplicate id "tell-me-about-yourself", first used at content\/questions\/clerk\.yaml → \[0\]/],
    ['duplicate-question-text', `${GENERAL_QS} → tell-me-about-yourself`, 'text', /duplicate question, same text as "filing-system"/],
    ['unknown-skill', `${CLERK_QS} → filing-system`, 'skills[0]', /unknown skills entry "filling"/],
    ['career-path-dangling', OCC, 'careerPath.next[0].occupation', /unknown occupations entry "test-manager"/],
    ['career-path-cycle', OCC, 'careerPath.next', /loops back on itself \(test-clerk → test-lead → test-clerk\)/],
  ];

  it.each(cases)('refuses %s, naming the file and the field', (rule, file, field, message) => {
    const problems = problemsWith(rule);
    const hit = problems.find((p) => p.startsWith(`${file} → ${field}:`));
    expect(hit, `expected a problem at ${file} → ${field}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(hit).toMatch(message);
  });

  it('refuses a file that is not YAML, naming the file', () => {
    const problems = problemsWith('bad-yaml');
    expect(problems.some((p) => p.startsWith(`${CLERK_QS}: not valid YAML`))).toBe(true);
  });
});
