import { describe, expect, it } from 'vitest';
import { deckLabel, statusLine } from '../../../src/lib/drill/labels';

describe('drill labels', () => {
  it('writes the status line the issue asks for', () => {
    expect(statusLine({ new: 3, learning: 1, due: 4, overCap: 0, cram: 0 })).toBe('3 new · 1 learning due · 4 reviews due');
    expect(statusLine({ new: 0, learning: 0, due: 1, overCap: 0, cram: 2 })).toBe('0 new · 0 learning due · 1 review due · 2 to refresh before your interview');
    expect(statusLine({ new: 0, learning: 0, due: 5, overCap: 3, cram: 0 })).toBe('0 new · 0 learning due · 5 reviews due · 3 more held for tomorrow by your daily review limit');
  });

  it('names the deck by its filters', () => {
    const name = (id: string) => ({ empathy: 'Empathy', teamwork: 'Teamwork' })[id] ?? id;
    expect(deckLabel(33, 33, { skills: [], categories: [] }, name)).toBe('all 33 questions');
    expect(deckLabel(6, 33, { skills: ['empathy'], categories: [] }, name)).toBe('6 questions on Empathy');
    expect(deckLabel(1, 33, { skills: ['empathy', 'teamwork'], categories: ['behavioral'] }, name)).toBe('1 behavioral question on Empathy or Teamwork');
  });
});
