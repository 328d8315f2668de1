import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FILE, ASSESSMENT_VERSION, HISTORY_CAP, type AssessmentHistory, type CompletedAssessment } from '../../../src/lib/assessment/schema';
import { assessmentStateSchema } from '../../../src/lib/assessment/stored-schema';
import { countNew, IMPORT_MESSAGES, mergeHistory, parseImport } from '../../../src/lib/assessment/transfer';
import { exportFile, exportFileName, serialiseExport } from '../../../src/lib/transfer-file';
import { atRequirement, days, later, MONDAY_9AM, OCCUPATION, ratingsWith } from './fixtures';

/** What the assessment's Export button writes. */
const exportHistory = (history: AssessmentHistory, occupation: string, now: Date) => exportFile(ASSESSMENT_FILE, occupation, now, { history });

function completed(daysLater: number, ratings = atRequirement()): CompletedAssessment {
  return { occupation: OCCUPATION, ratings, completedAt: later(MONDAY_9AM, days(daysLater)).toISOString() };
}
const sampleHistory = (): CompletedAssessment[] => [
  { ...completed(0, ratingsWith({ empathy: 1 })), notes: { empathy: 'Lost patience with a caller once.' } },
  completed(7),
];
const fileText = (history = sampleHistory()) => serialiseExport(exportHistory(history, OCCUPATION, later(MONDAY_9AM, days(8))));
const fileJson = () => JSON.parse(fileText());

describe('export', () => {
  it('wraps the history with what it is, its format version, the occupation and the time', () => {
    const history = sampleHistory();
    expect(exportHistory(history, OCCUPATION, MONDAY_9AM)).toEqual({
      app: 'csr-guide',
      kind: 'skills-assessment',
      version: ASSESSMENT_VERSION,
      occupation: OCCUPATION,
      exportedAt: MONDAY_9AM.toISOString(),
      history,
    });
    expect(exportFileName(ASSESSMENT_FILE, OCCUPATION, MONDAY_9AM)).toBe('csr-guide-skills-assessment-customer-service-representative-2025-03-03.json');
  });
});

describe('import', () => {
  it('describes what a valid file holds and returns its history unchanged', () => {
    expect(parseImport(fileText(), OCCUPATION)).toEqual({
      ok: true,
      summary: {
        occupation: OCCUPATION,
        exportedAt: later(MONDAY_9AM, days(8)).toISOString(),
        assessments: 2,
        inFile: 2,
        first: MONDAY_9AM.toISOString(),
        last: later(MONDAY_9AM, days(7)).toISOString(),
      },
      history: sampleHistory(),
    });
  });

  it('refuses text that is not JSON', () => {
    expect(parseImport('communication: 3')).toEqual({ ok: false, error: IMPORT_MESSAGES.notJson });
    expect(parseImport('')).toEqual({ ok: false, error: IMPORT_MESSAGES.notJson });
  });

  it('refuses a file too large to be ours without parsing it', () => {
    expect(parseImport(' '.repeat(2_000_001))).toEqual({ ok: false, error: IMPORT_MESSAGES.tooLarge });
  });

  it.each([
    ['a JSON list', '[1, 2, 3]'],
    ['drill progress', JSON.stringify({ app: 'csr-guide', kind: 'drill-progress', version: 1 })],
    ['another app', JSON.stringify({ app: 'other', kind: 'skills-assessment', version: 1 })],
    ['null', 'null'],
  ])('refuses %s as the wrong kind of file', (_name, text) => {
    expect(parseImport(text)).toEqual({ ok: false, error: IMPORT_MESSAGES.wrongKind });
  });

  it('refuses a file from a newer version and says how to fix it', () => {
    const result = parseImport(JSON.stringify({ ...fileJson(), version: ASSESSMENT_VERSION + 1 }));
    expect(result).toEqual({ ok: false, error: IMPORT_MESSAGES.newer(ASSESSMENT_VERSION + 1) });
    expect(!result.ok && result.error).toMatch(/newer version.*Reload the page/);
  });

  it('refuses results for another occupation on this page', () => {
    const other = exportHistory([{ ...completed(0), occupation: 'retail-salesperson' }], 'retail-salesperson', MONDAY_9AM);
    expect(parseImport(serialiseExport(other), OCCUPATION)).toEqual({ ok: false, error: IMPORT_MESSAGES.otherOccupation('retail-salesperson') });
  });

  it('refuses a file with nothing in it', () => {
    expect(parseImport(fileText([]))).toEqual({ ok: false, error: IMPORT_MESSAGES.empty });
  });

  it.each([
    [
      'a rating outside 1 to 5',
      (file: { history: Array<{ ratings: Record<string, unknown> }> }) => {
        if (file.history[1]) file.history[1].ratings['empathy'] = 6;
      },
      'history › item 2 › ratings › empathy: must be a whole number from 1 to 5',
    ],
    [
      'a date that is not a date',
      (file: { history: Array<{ completedAt: unknown }> }) => {
        if (file.history[0]) file.history[0].completedAt = 'last Tuesday';
      },
      'history › item 1 › completedAt: must be a date and time',
    ],
    [
      'an entry for another occupation',
      (file: { history: Array<{ occupation: unknown }> }) => {
        if (file.history[0]) file.history[0].occupation = 'retail-salesperson';
      },
      `history › item 1 › occupation: must be ${OCCUPATION}, as at the top of the file`,
    ],
    [
      'an assessment without ratings',
      (file: { history: Array<{ ratings: unknown }> }) => {
        if (file.history[0]) file.history[0].ratings = {};
      },
      'history › item 1 › ratings: must rate at least one skill',
    ],
  ])('names the field that is wrong in a file with %s', (_name, damage, where) => {
    const file = fileJson();
    damage(file);
    expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: `This file is damaged, so nothing was imported. Problem at ${where}.` });
  });

  it('drops a rating keyed __proto__ instead of letting it reach the object prototype', () => {
    const text = fileText().replace('"empathy": 1', '"__proto__": 1');
    expect(text).toContain('__proto__');
    const result = parseImport(text);
    const ratings = result.ok ? result.history[0]?.ratings : undefined;
    expect(ratings && Object.keys(ratings)).not.toContain('__proto__');
    expect(ratings && Object.getPrototypeOf(ratings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['empathy']).toBeUndefined();
  });

  it('sorts an imported history and drops nothing from it, even past the cap', () => {
    const many = Array.from({ length: HISTORY_CAP + 3 }, (_, i) => completed(HISTORY_CAP + 3 - i));
    const result = parseImport(fileText(many));
    expect(result.ok && result.history.length).toBe(HISTORY_CAP + 3);
    expect(result.ok && result.summary.first).toBe(completed(1).completedAt);
    expect(result.ok && result.summary.last).toBe(completed(HISTORY_CAP + 3).completedAt);
  });
});

describe('merge', () => {
  it('joins two histories without duplicates, keeping the copy already here', () => {
    const here = [completed(0, ratingsWith({ empathy: 2 })), completed(14)];
    const incoming = [completed(0, ratingsWith({ empathy: 5 })), completed(7)];
    expect(mergeHistory(here, incoming).all).toEqual([here[0], incoming[1], here[1]]);
    expect(mergeHistory(here, incoming).over).toBe(0);
    expect(countNew(here, incoming)).toBe(1);
  });

  it('adding 20 newer results to 20 kept ones keeps all 40', () => {
    const here = Array.from({ length: 20 }, (_, i) => completed(i));
    const incoming = Array.from({ length: 20 }, (_, i) => completed(100 + i));
    const merged = mergeHistory(here, incoming);
    expect(merged.all).toHaveLength(40);
    expect(merged.over).toBe(0);
    for (const entry of here) expect(merged.all).toContainEqual(entry);
  });

  it('past the cap, offers the newest or all of mine first, and never cuts silently', () => {
    const here = Array.from({ length: 4 }, (_, i) => completed(i));
    const incoming = Array.from({ length: 4 }, (_, i) => completed(10 + i));
    const merged = mergeHistory(here, incoming, 6);
    expect(merged.all).toHaveLength(8);
    expect(merged.over).toBe(2);
    expect(merged.newest).toEqual([...here.slice(2), ...incoming]);
    expect(merged.mineFirst).toEqual([...here, ...incoming.slice(2)]);
  });
});

describe('stored state', () => {
  it('fills a missing draft or history with empty ones', () => {
    expect(assessmentStateSchema.parse({})).toEqual({ draft: { ratings: {}, notes: {} }, history: [] });
  });

  it('refuses a draft rating that is not a level', () => {
    expect(assessmentStateSchema.safeParse({ draft: { ratings: { empathy: 2.5 } } }).success).toBe(false);
  });
});
