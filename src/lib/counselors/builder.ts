/**
 * The counselors' link builder as a rule: given one occupation's questions and the choices made,
 * the link to send and the deck it opens, or the reason there is no link. Skills are only ever
 * the chosen occupation's, and a choice that leaves no question gives no link, so a counselor
 * can't send a client to an empty or silently widened deck.
 */
import { filterDeck, type DeckFilters, type QuestionCategory } from '../drill/deck';
import { categoryLabel, deckLabel } from '../drill/labels';
import { practiceLink } from './links';

/** What the builder knows of a question: enough to filter it, and its text for the preview. */
export interface BuilderQuestion {
  text: string;
  category: QuestionCategory;
  skills: string[];
}

/** One occupation as the builder receives it from the page. */
export interface BuilderOccupation {
  id: string;
  title: string;
  questions: BuilderQuestion[];
  /** The skills its questions probe, with their names, in the order offered. */
  skills: Array<{ id: string; name: string }>;
}

export type BuiltDeck =
  | { ok: true; path: string; size: number; summary: string; sample: string[] }
  | { ok: false; reason: string };

/** How many question texts the preview lists before "and N more". */
export const PREVIEW_SIZE = 3;

export function buildDeck(occupation: BuilderOccupation, choice: DeckFilters): BuiltDeck {
  const known = new Set(occupation.skills.map((s) => s.id));
  const skills = [...new Set(choice.skills ?? [])];
  const foreign = skills.filter((s) => !known.has(s));
  if (foreign.length) {
    return { ok: false, reason: `No ${occupation.title} question probes ${foreign.join(', ')}: choose from this occupation's skills.` };
  }
  const categories = [...new Set(choice.categories ?? [])];
  const deck = filterDeck(occupation.questions, { skills, categories });
  const name = (id: string) => occupation.skills.find((s) => s.id === id)?.name ?? id;
  if (deck.length === 0) {
    const what = [categories.map((c) => categoryLabel(c).toLowerCase()).join(' or '), 'question', skills.length ? `on ${skills.map(name).join(' or ')}` : '']
      .filter(Boolean)
      .join(' ');
    return { ok: false, reason: `${occupation.title} has no ${what}. Untick a question type or a skill to widen the deck.` };
  }
  const label = deckLabel(deck.length, occupation.questions.length, { skills, categories }, name);
  return {
    ok: true,
    path: practiceLink(occupation.id, { skills, categories }),
    size: deck.length,
    summary: label.charAt(0).toUpperCase() + label.slice(1),
    sample: deck.slice(0, PREVIEW_SIZE).map((q) => q.text),
  };
}

/** What the builder's preview says about a deck: the same words in the built page and after each change. */
export interface DeckPreview {
  refused: boolean;
  lead: string;
  /** The first questions of the deck. */
  items: string[];
  /** "and 9 more.", when the deck has more than the items shown. */
  more: string | null;
}

export function deckPreview(built: BuiltDeck): DeckPreview {
  if (!built.ok) return { refused: true, lead: `No link: ${built.reason}`, items: [], more: null };
  const rest = built.size - built.sample.length;
  return {
    refused: false,
    lead: `Opens ${built.summary.charAt(0).toLowerCase()}${built.summary.slice(1)}:`,
    items: built.sample,
    more: rest > 0 ? `and ${rest} more.` : null,
  };
}
