import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FILE, emptyState, HISTORY_CAP, type CompletedAssessment } from '../../../src/lib/assessment/schema';
import { finish, FIRST_VIEW_SKILLS, FUTURE_RESULTS_MESSAGE, latestResult, moveStep, note, openingStep, pastResults, rate, rateAgain, saveShared, shownSkills, stepOf } from '../../../src/lib/assessment/state';
import { exportFile, serialiseExport } from '../../../src/lib/transfer-file';
import { mergeHistory, parseImport } from '../../../src/lib/assessment/transfer';
import { atRequirement, csrProfile, days, later, MONDAY_9AM, OCCUPATION } from './fixtures';

const entry = (completedAt: string, ratings = atRequirement()): CompletedAssessment => ({ occupation: OCCUPATION, ratings, completedAt });

describe('assessment state changes', () => {
  it('rate and note change only the draft, leaving the history as it was', () => {
    const history = [entry(MONDAY_9AM.toISOString())];
    const state = note(rate({ ...emptyState(), history }, 'empathy', 4), 'empathy', 'Calmed a caller');
    expect(state.draft).toEqual({ ratings: { empathy: 4 }, notes: { empathy: 'Calmed a caller' } });
    expect(state.history).toBe(history);
  });

  it('finish files the draft at now and starts a clean draft', () => {
    const state = finish(rate(emptyState(), 'empathy', 2), OCCUPATION, csrProfile, MONDAY_9AM);
    expect(state.draft).toEqual({ ratings: {}, notes: {} });
    expect(state.history).toEqual([{ occupation: OCCUPATION, ratings: { empathy: 2 }, completedAt: MONDAY_9AM.toISOString() }]);
  });

  it('rate again copies a result into the draft; saving a shared result adds it to the history', () => {
    const result = { ...entry(MONDAY_9AM.toISOString()), notes: { empathy: 'x' } };
    expect(rateAgain(emptyState(), result).draft).toEqual({ ratings: result.ratings, notes: { empathy: 'x' } });
    expect(saveShared(emptyState(), OCCUPATION, { ratings: result.ratings, completedAt: result.completedAt }).history).toEqual([entry(result.completedAt)]);
  });
});

describe('the one-skill-per-screen form', () => {
  const ids = csrProfile.map((s) => s.id);

  it('opens at the first skill not yet rated, and at the first when none or all are', () => {
    expect(openingStep(csrProfile, {})).toBe(0);
    expect(openingStep(csrProfile, { [ids[0]!]: 3, [ids[1]!]: 4 })).toBe(2);
    // A gap earlier in the form is where it picks up, not after the last rated skill.
    expect(openingStep(csrProfile, { [ids[0]!]: 3, [ids[2]!]: 4 })).toBe(1);
    expect(openingStep(csrProfile, Object.fromEntries(ids.map((id) => [id, 2])))).toBe(0);
  });

  it('Back and Next stay within the form; a skill id finds its step', () => {
    const last = csrProfile.length - 1;
    expect(moveStep(csrProfile, 0, -1)).toBe(0);
    expect(moveStep(csrProfile, 0, 1)).toBe(1);
    expect(moveStep(csrProfile, last, 1)).toBe(last);
    expect(moveStep(csrProfile, last, -1)).toBe(last - 1);
    expect(moveStep([], 0, 1)).toBe(0);
    expect(stepOf(csrProfile, ids[3]!)).toBe(3);
    expect(stepOf(csrProfile, 'constructor')).toBeNull();
  });
});

describe('which skills the form holds', () => {
  const n = csrProfile.length;
  const all = Array.from({ length: n }, (_, i) => i);

  it('sends the first few before the island is ready, at any width', () => {
    expect(FIRST_VIEW_SKILLS).toBeLessThan(n);
    expect(shownSkills(n, { ready: false, stepped: false, step: 0 })).toEqual(all.slice(0, FIRST_VIEW_SKILLS));
    // Stepping only starts once ready, so the server's HTML and the hydrating render agree.
    expect(shownSkills(2, { ready: false, stepped: false, step: 0 })).toEqual([0, 1]);
  });

  it('holds every skill once ready on a wide screen, and only the current one on a phone', () => {
    expect(shownSkills(n, { ready: true, stepped: false, step: 4 })).toEqual(all);
    expect(shownSkills(n, { ready: true, stepped: true, step: 4 })).toEqual([4]);
    // A step out of range (a shorter skill list than a saved step) still shows a skill.
    expect(shownSkills(n, { ready: true, stepped: true, step: n + 3 })).toEqual([n - 1]);
    expect(shownSkills(n, { ready: true, stepped: true, step: -1 })).toEqual([0]);
    expect(shownSkills(0, { ready: true, stepped: true, step: 0 })).toEqual([]);
  });
});

describe('a result dated in year 9999', () => {
  it('is never the latest: a new assessment’s result is what shows', () => {
    const year9999 = entry('9999-12-31T00:00:00.000Z', { empathy: 1 });
    const state = finish(rate({ ...emptyState(), history: [year9999] }, 'empathy', 5), OCCUPATION, csrProfile, MONDAY_9AM);
    expect(latestResult(state.history, MONDAY_9AM)?.ratings).toEqual({ empathy: 5 });
    expect(pastResults(state.history, MONDAY_9AM)).toHaveLength(1);
    expect(FUTURE_RESULTS_MESSAGE(1)).toBe(
      'One saved result is dated later than this device’s clock, so it is not taken as your latest. Check the date and time on this device.',
    );
  });
});

describe('a file of 1,000 assessments', () => {
  it('is described with its true count; nothing is dropped until the reader picks what to keep', () => {
    const history = Array.from({ length: 1000 }, (_, i) => entry(later(MONDAY_9AM, days(i)).toISOString()));
    const result = parseImport(serialiseExport(exportFile(ASSESSMENT_FILE, OCCUPATION, MONDAY_9AM, { history })), OCCUPATION);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toMatchObject({ inFile: 1000, assessments: 1000 });
    const merged = mergeHistory([], result.history);
    expect(merged.over).toBe(1000 - HISTORY_CAP);
    expect(merged.newest).toHaveLength(HISTORY_CAP);
  });
});
