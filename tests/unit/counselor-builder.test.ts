import { describe, expect, it } from 'vitest';
import { buildDeck, deckPreview, type BuilderOccupation } from '../../src/lib/counselors/builder';
import { parseDeckQuery } from '../../src/lib/drill/deck';

const teller: BuilderOccupation = {
  id: 'teller',
  title: 'Bank Teller',
  skills: [
    { id: 'cash-handling', name: 'Cash handling' },
    { id: 'integrity', name: 'Integrity' },
  ],
  questions: [
    { text: 'Your drawer is short at close.', category: 'situational', skills: ['cash-handling'] },
    { text: 'Tell me about a time you caught an error.', category: 'behavioral', skills: ['cash-handling', 'integrity'] },
    { text: 'A friend asks you to skip an ID check.', category: 'situational', skills: ['integrity'] },
    { text: 'Why banking?', category: 'motivational', skills: ['integrity'] },
  ],
};

describe('the counselors link builder', () => {
  it('links to the deck chosen and previews what it opens', () => {
    const built = buildDeck(teller, { skills: ['cash-handling'], categories: ['situational'] });
    expect(built).toEqual({
      ok: true,
      path: '/careers/teller/interview/?skill=cash-handling&category=situational',
      size: 1,
      summary: '1 situational question on Cash handling',
      sample: ['Your drawer is short at close.'],
    });
  });

  it('opens the whole deck when nothing is chosen, and previews only the first questions', () => {
    const built = buildDeck(teller, {});
    expect(built.ok && built.summary).toBe('All 4 questions');
    expect(built.ok && built.sample).toHaveLength(3);
    expect(built.ok && built.path).toBe('/careers/teller/interview/');
  });

  it('refuses a combination that leaves no question, and says how to widen it', () => {
    const built = buildDeck(teller, { skills: ['cash-handling'], categories: ['motivational'] });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.reason).toBe('Bank Teller has no motivational question on Cash handling. Untick a question type or a skill to widen the deck.');
  });

  it('previews a deck as a reader reads it: what it opens, its first questions, how many more', () => {
    expect(deckPreview(buildDeck(teller, {}))).toEqual({
      refused: false,
      lead: 'Opens all 4 questions:',
      items: ['Your drawer is short at close.', 'Tell me about a time you caught an error.', 'A friend asks you to skip an ID check.'],
      more: 'and 1 more.',
    });
    expect(deckPreview(buildDeck(teller, { categories: ['motivational'] })).more).toBeNull();
    const refused = deckPreview(buildDeck(teller, { skills: ['cash-handling'], categories: ['motivational'] }));
    expect(refused).toMatchObject({ refused: true, items: [], more: null });
    expect(refused.lead).toMatch(/^No link: Bank Teller has no motivational question/);
  });

  it('refuses a skill from another occupation instead of dropping it silently', () => {
    const built = buildDeck(teller, { skills: ['upselling'], categories: ['behavioral'] });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.reason).toMatch(/upselling/);
  });

  it('makes links the drill reads back as the same, non-empty deck', () => {
    for (const skills of [[], ['cash-handling'], ['integrity'], ['cash-handling', 'integrity']]) {
      for (const categories of [[], ['situational'], ['behavioral', 'motivational']]) {
        const built = buildDeck(teller, { skills, categories });
        if (!built.ok) continue;
        const parsed = parseDeckQuery(new URL(built.path, 'https://x.test').search, { skills: teller.skills.map((s) => s.id), categories: ['situational', 'behavioral', 'motivational'] });
        expect(parsed.filters).toEqual({ skills, categories });
        expect(parsed.ignored).toEqual({ skills: [], categories: [] });
        expect(built.size).toBeGreaterThan(0);
      }
    }
  });
});
