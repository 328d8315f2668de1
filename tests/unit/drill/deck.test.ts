import { describe, expect, it } from 'vitest';
import { deckFacets, deckQuery, filterDeck, parseDeckQuery, toDrillQuestion } from '../../../src/lib/drill/deck';
import type { Question } from '../../../src/lib/content/schemas';
import { deck } from './fixtures';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('filtering the deck', () => {
  it('keeps the whole deck, in order, when nothing is chosen', () => {
    expect(filterDeck(deck)).toEqual(deck);
    expect(filterDeck(deck, { skills: [], categories: [] })).toEqual(deck);
  });

  it('keeps questions probing any chosen skill', () => {
    expect(ids(filterDeck(deck, { skills: ['de-escalation', 'accountability'] }))).toEqual([
      'angry-customer',
      'said-no-to-customer',
      'mistake-you-made',
      'feedback-received',
    ]);
  });

  it('combines skills and categories: any chosen skill and any chosen category', () => {
    expect(ids(filterDeck(deck, { skills: ['time-management', 'de-escalation'], categories: ['situational'] }))).toEqual([
      'handle-hold-times',
      'busy-queue',
    ]);
  });
});

describe('decks by URL', () => {
  const known = deckFacets(deck);

  it('lists the skills and categories a deck can be filtered by', () => {
    expect(known.categories).toEqual(['background', 'behavioral', 'motivational', 'situational', 'technical']);
    expect(known.skills).toContain('de-escalation');
  });

  it('reads repeated parameters and reports unknown values instead of emptying the deck', () => {
    expect(parseDeckQuery('?skill=empathy&skill=de-escalation&skill=juggling&category=behavioral&category=Poetry', known)).toEqual({
      filters: { skills: ['empathy', 'de-escalation'], categories: ['behavioral'] },
      ignored: { skills: ['juggling'], categories: ['poetry'] },
    });
  });

  it('accepts comma-separated values, any case, without duplicates', () => {
    expect(parseDeckQuery(new URLSearchParams('skill=Empathy,%20teamwork,empathy'), known).filters.skills).toEqual(['empathy', 'teamwork']);
  });

  it('ignores parameters it does not know', () => {
    expect(parseDeckQuery('?utm_source=mail', known)).toEqual({ filters: { skills: [], categories: [] }, ignored: { skills: [], categories: [] } });
  });

  it('writes filters back to a query string that reads back the same', () => {
    const query = deckQuery({ skills: ['empathy', 'de-escalation'], categories: ['behavioral'] });
    expect(query).toBe('?skill=empathy&skill=de-escalation&category=behavioral');
    expect(parseDeckQuery(query, known).filters).toEqual({ skills: ['empathy', 'de-escalation'], categories: ['behavioral'] });
    expect(deckQuery({})).toBe('');
  });
});

describe('island props', () => {
  it('turn a content question into plain data with skill ids', () => {
    const question: Question = {
      id: 'angry-customer',
      text: 'Tell me about an angry customer.',
      purpose: 'To see how you stay calm.',
      category: 'behavioral',
      skills: [{ collection: 'skills', id: 'empathy' }],
      occupations: [{ collection: 'occupations', id: 'customer-service-representative' }],
      strongAnswer: ['Names the feeling.'],
      pitfalls: ['Blames the customer.'],
      followUps: ['What would you do differently?'],
      featured: true,
      wording: [],
    };
    expect(toDrillQuestion(question)).toEqual({
      id: 'angry-customer',
      text: 'Tell me about an angry customer.',
      purpose: 'To see how you stay calm.',
      category: 'behavioral',
      skills: ['empathy'],
      strongAnswer: ['Names the feeling.'],
      pitfalls: ['Blames the customer.'],
      followUps: ['What would you do differently?'],
    });
  });
});
