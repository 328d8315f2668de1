import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { dueForecast } from '../../../src/lib/drill/forecast';
import { newCard, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, MONDAY_9AM } from './fixtures';

const seenDue = (due: Date): StoredCard => ({ ...newCard(at(due, -days(3))), state: State.Review, due: due.toISOString(), last_review: at(due, -days(1)).toISOString(), reps: 2 });

describe('the due forecast, today', () => {
  it('counts a card due this very moment as due now, and one due a moment later only as later today', () => {
    const cards = { [deck[0]!.id]: seenDue(MONDAY_9AM), [deck[1]!.id]: seenDue(at(MONDAY_9AM, 1)) };
    const [today] = dueForecast(deck, cards, MONDAY_9AM, 'UTC');
    expect(today).toEqual({ date: '2025-03-03', count: 2, dueNow: 1 });
  });
});
