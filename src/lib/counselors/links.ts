/**
 * Links a counselor sends: a focused practice deck, a guide section, the self-assessment, or a
 * handout. Deck links use the drill's own query format (src/lib/drill/deck.ts): repeated
 * `skill=` and `category=` parameters, so what the builder makes is what the drill reads.
 */
import { deckQuery } from '../drill/deck';

export interface DeckChoice {
  skills?: readonly string[];
  categories?: readonly string[];
}

export function practiceLink(occupation: string, choice: DeckChoice = {}): string {
  return `/careers/${occupation}/interview/${deckQuery({ skills: choice.skills, categories: choice.categories })}`;
}

export function sectionLink(occupation: string, sectionId?: string): string {
  return `/careers/${occupation}/${sectionId ? `#${sectionId}` : ''}`;
}

export function selfCheckLink(occupation: string): string {
  return `/careers/${occupation}/skills/`;
}

export const HANDOUTS = [
  { id: 'one-pager', title: 'One-page career summary' },
  { id: 'questions', title: 'Interview questions to prepare' },
  { id: 'self-check', title: 'Paper skills self-check' },
] as const;
export type HandoutId = (typeof HANDOUTS)[number]['id'];

export function handoutLink(occupation: string, handout: HandoutId): string {
  return `/counselors/handouts/${occupation}/${handout}/`;
}

/** An absolute link to paste in an email: the site's address and the path. */
export function absolute(path: string, origin: string): string {
  return new URL(path, origin).href;
}
