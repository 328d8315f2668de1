/**
 * Progress figures at their edges: cards counted by state, the last grade when the log is out of
 * order, due labels at "now" and at a week, in the reader's time zone, a card never graded here;
 * and the focus deck when grades tie, when importance decides, and when a skill was not rated.
 */
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import type { ReviewLogEntry } from '../../../src/lib/drill/progress';
import { focusSkills, latestRatings } from '../../../src/lib/drill/focus';
import { Rating, newCard, State } from '../../../src/lib/drill/schedule';
import { cardsByState, dueWhen, weakCardText, weakestCards } from '../../../src/lib/drill/stats';
import { at, days, deck, hours, MONDAY_9AM, NEW_YORK } from './fixtures';
import { all, assessed, profile } from './focus-fixtures';

function card(state: State, due: Date, extra: Partial<StoredCard> = {}): StoredCard {
  return { ...newCard(at(due, -days(3))), state, due: due.toISOString(), last_review: at(due, -days(1)).toISOString(), reps: 2, stability: 3, difficulty: 5, ...extra };
}

describe('progress figures', () => {
  it('count review and relearning cards apart', () => {
    const cards = {
      [deck[0]!.id]: card(State.Review, MONDAY_9AM),
      [deck[1]!.id]: card(State.Relearning, MONDAY_9AM),
      [deck[2]!.id]: card(State.Relearning, MONDAY_9AM),
    };
    expect(cardsByState(deck, cards)).toEqual({ new: deck.length - 3, learning: 0, review: 1, relearning: 2 });
  });

  it('take a card’s last grade from its latest review, whatever order the log lists them in', () => {
    const id = deck[0]!.id;
    const log: ReviewLogEntry[] = [
      { questionId: id, rating: Rating.Again, reviewedAt: at(MONDAY_9AM, hours(2)).toISOString(), mode: 'drill' },
      { questionId: id, rating: Rating.Easy, reviewedAt: MONDAY_9AM.toISOString(), mode: 'drill' },
    ];
    expect(weakestCards(deck, { [id]: card(State.Review, MONDAY_9AM) }, log)[0]?.lastRating).toBe(Rating.Again);
  });

  it('say "due now" at the due moment and give a date from a week on, in the reader’s zone', () => {
    expect(dueWhen(MONDAY_9AM, MONDAY_9AM)).toBe('due now');
    expect(dueWhen(at(MONDAY_9AM, days(6)), MONDAY_9AM)).toBe('due in 6 days');
    expect(dueWhen(at(MONDAY_9AM, days(7)), MONDAY_9AM)).toBe('due Mar 10');
    // 03:00 UTC on 11 March is still the evening of 10 March in New York.
    expect(dueWhen(new Date('2025-03-11T03:00:00Z'), MONDAY_9AM, NEW_YORK)).toBe('due Mar 10');
  });

  it('say when a card was never graded in this browser', () => {
    const weak = { question: deck[0]!, card: card(State.Review, MONDAY_9AM), lapses: 0, stability: 3, lastRating: undefined };
    expect(weakCardText(weak, MONDAY_9AM)).toBe('Not graded in this browser yet, due now');
  });
});

describe('the focus deck', () => {
  it('has no ratings to go on before any assessment or draft rating', () => {
    expect(latestRatings(assessed({}))).toBeNull();
  });

  it('puts the gap in the more important skill first when weighted gaps differ', () => {
    // communication: 2 short × weight 6 = 12; de-escalation: 2 short × weight 4 = 8.
    expect(focusSkills(assessed({ communication: 2, empathy: 4, 'de-escalation': 1, typing: 3 }), profile, all)).toEqual(['communication', 'de-escalation']);
  });

  it('keeps the guide’s order when every skill is met exactly, and leaves out skills not rated', () => {
    expect(focusSkills(assessed({ communication: 4, empathy: 4, 'de-escalation': 3 }), profile, all, 4)).toEqual(['communication', 'empathy', 'de-escalation']);
  });
});
