import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../../src/lib/drill/card';
import { coverage } from '../../../src/lib/drill/interview-date';
import { newCard, State } from '../../../src/lib/drill/schedule';
import { at, days, deck, MONDAY_9AM } from './fixtures';

describe('interview coverage before the scheduler has loaded', () => {
  it('counts seen and due cards, and leaves the recall figures at 0 instead of failing', () => {
    const seen: StoredCard = { ...newCard(at(MONDAY_9AM, -days(3))), state: State.Review, due: at(MONDAY_9AM, days(1)).toISOString(), last_review: at(MONDAY_9AM, -days(1)).toISOString(), reps: 2 };
    const result = coverage(deck, { [deck[0]!.id]: seen }, at(MONDAY_9AM, days(5)), MONDAY_9AM, undefined);
    expect(result).toMatchObject({ total: deck.length, seen: 1, unseen: deck.length - 1, dueBeforeInterview: 1, expectedRecall: 0, likelyRecalled: 0 });
  });
});
