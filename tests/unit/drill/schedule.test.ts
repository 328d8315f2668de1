import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  GRADE_LABELS,
  grade,
  isGrade,
  newCard,
  previewIntervals,
  Rating,
  retrievability,
  State,
} from '../../../src/lib/drill/schedule';
import { storedCardSchema } from '../../../src/lib/drill/progress-schema';
import { at, days, hours, minutes, MONDAY_9AM } from './fixtures';

describe('grade labels', () => {
  it('speak interview language first and the standard word after it', () => {
    expect(GRADE_LABELS).toEqual({
      [Rating.Again]: 'Blanked — Again',
      [Rating.Hard]: 'Shaky — Hard',
      [Rating.Good]: 'Solid — Good',
      [Rating.Easy]: 'Nailed it — Easy',
    });
  });
  it('accept only the four grades', () => {
    expect([0, 1, 2, 3, 4, 5, '3'].map(isGrade)).toEqual([false, true, true, true, true, false, false]);
  });
});

describe('scheduling with ts-fsrs at fixed dates', () => {
  it('creates an empty card due now', () => {
    expect(newCard(MONDAY_9AM)).toMatchObject({ due: MONDAY_9AM.toISOString(), state: State.New, reps: 0, lapses: 0 });
  });

  it('previews the four grades of a new card with their next intervals', () => {
    const preview = previewIntervals(undefined, MONDAY_9AM);
    expect(preview.map((p) => `${p.key} ${p.label} · ${p.interval}`)).toEqual([
      '1 Blanked — Again · 1 min',
      '2 Shaky — Hard · 6 min',
      '3 Solid — Good · 10 min',
      '4 Nailed it — Easy · 8 days',
    ]);
    expect(preview[2]?.due).toEqual(at(MONDAY_9AM, minutes(10)));
  });

  it('moves a new card through its learning steps into review', () => {
    const first = grade(undefined, Rating.Good, MONDAY_9AM);
    expect(first.card).toMatchObject({ state: State.Learning, due: at(MONDAY_9AM, minutes(10)).toISOString(), reps: 1 });
    expect(first.log.rating).toBe(Rating.Good);

    const tenMinutesLater = new Date(first.card.due);
    const second = grade(first.card, Rating.Good, tenMinutesLater);
    expect(second.card).toMatchObject({ state: State.Review, scheduled_days: 2, reps: 2 });
    expect(second.card.due).toBe(at(tenMinutesLater, days(2)).toISOString());
  });

  it('sends a forgotten review card to relearning and counts the lapse', () => {
    let card = grade(undefined, Rating.Easy, MONDAY_9AM).card;
    expect(card.state).toBe(State.Review);
    card = grade(card, Rating.Again, new Date(card.due)).card;
    expect(card).toMatchObject({ state: State.Relearning, lapses: 1 });
  });

  it('returns cards as valid JSON with ISO dates that can be stored and passed back in', () => {
    const { card } = grade(undefined, Rating.Good, MONDAY_9AM);
    const revived = storedCardSchema.parse(JSON.parse(JSON.stringify(card)));
    expect(revived).toEqual(card);
    expect(grade(revived, Rating.Good, new Date(card.due)).card).toEqual(grade(card, Rating.Good, new Date(card.due)).card);
  });

  it('is deterministic: the same inputs give the same schedule (no fuzz)', () => {
    const run = () => {
      let card = grade(undefined, Rating.Good, MONDAY_9AM).card;
      for (let i = 0; i < 6; i += 1) card = grade(card, Rating.Good, new Date(card.due)).card;
      return card;
    };
    expect(run()).toEqual(run());
  });

  it('predicts recall falling with time and nothing for an unseen card', () => {
    const { card } = grade(undefined, Rating.Easy, MONDAY_9AM);
    expect(retrievability(undefined, MONDAY_9AM)).toBe(0);
    const soon = retrievability(card, at(MONDAY_9AM, days(1)));
    const later = retrievability(card, at(MONDAY_9AM, days(30)));
    expect(soon).toBeGreaterThan(0.9);
    expect(later).toBeLessThan(soon);
  });
});

describe('interval labels', () => {
  it.each([
    [minutes(0.2), '1 min'],
    [minutes(1), '1 min'],
    [minutes(10), '10 min'],
    [hours(3), '3 h'],
    [days(1), '1 day'],
    [days(4), '4 days'],
    [days(30), '30 days'],
    [days(61), '2 mo'],
    [days(45), '1.5 mo'],
    [days(364), '12 mo'],
    [days(365), '1 yr'],
    [days(800), '2.2 yr'],
  ])('%d ms reads "%s"', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
