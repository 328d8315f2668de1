/**
 * The deck: the questions the island receives as props, and the filters that pick a focused
 * deck from the URL (`?skill=empathy&category=behavioral`), so counselors can link to one.
 */
import type { CATEGORIES, Question } from '../content/schemas';

export type QuestionCategory = (typeof CATEGORIES)[number];

/** A question as the island needs it: plain, serialisable, no references left to resolve. */
export interface DrillQuestion {
  id: string;
  text: string;
  purpose: string;
  category: QuestionCategory;
  /** Skill ids. */
  skills: string[];
  strongAnswer: string[];
  pitfalls: string[];
  star?: { situation: string; task: string; action: string; result: string };
  framework?: string;
  followUps: string[];
}

/** Builds island props from a validated question; pages call this, islands never see content. */
export function toDrillQuestion(question: Question): DrillQuestion {
  const drill: DrillQuestion = {
    id: question.id,
    text: question.text,
    purpose: question.purpose,
    category: question.category,
    skills: question.skills.map((skill) => skill.id),
    strongAnswer: [...question.strongAnswer],
    pitfalls: [...question.pitfalls],
    followUps: [...question.followUps],
  };
  if (question.star) drill.star = { ...question.star };
  if (question.framework !== undefined) drill.framework = question.framework;
  return drill;
}

export interface DeckFilters {
  skills?: readonly string[] | undefined;
  categories?: readonly string[] | undefined;
}

/**
 * Questions probing any of the chosen skills and in any of the chosen categories; an empty or
 * missing list does not filter. Deck order is kept: it is the order new cards are introduced.
 */
export function filterDeck<Q extends Pick<DrillQuestion, 'skills' | 'category'>>(questions: readonly Q[], filters: DeckFilters = {}): Q[] {
  const skills = filters.skills?.length ? new Set(filters.skills) : null;
  const categories = filters.categories?.length ? new Set<string>(filters.categories) : null;
  return questions.filter(
    (q) => (!skills || q.skills.some((s) => skills.has(s))) && (!categories || categories.has(q.category)),
  );
}

/** The skills and categories a deck can be filtered by, sorted. */
export function deckFacets(questions: readonly DrillQuestion[]): { skills: string[]; categories: string[] } {
  const skills = new Set<string>();
  const categories = new Set<string>();
  for (const q of questions) {
    q.skills.forEach((s) => skills.add(s));
    categories.add(q.category);
  }
  return { skills: [...skills].sort(), categories: [...categories].sort() };
}

export interface ParsedFilters {
  filters: { skills: string[]; categories: string[] };
  /** Values in the URL that match nothing in the deck, so the page can say it ignored them. */
  ignored: { skills: string[]; categories: string[] };
}

function values(params: URLSearchParams, name: string): string[] {
  // Repeated parameters are the canonical form; commas are accepted because people type them.
  const all = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(all)];
}

/**
 * Reads `?skill=...&category=...` against what the deck holds (see `deckFacets`). Unknown values
 * are dropped and reported rather than yielding an empty deck.
 */
export function parseDeckQuery(
  query: string | URLSearchParams,
  known: { skills: readonly string[]; categories: readonly string[] },
): ParsedFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const split = (requested: string[], allowed: readonly string[]) => {
    const set = new Set(allowed);
    return { kept: requested.filter((v) => set.has(v)), dropped: requested.filter((v) => !set.has(v)) };
  };
  const skills = split(values(params, 'skill'), known.skills);
  const categories = split(values(params, 'category'), known.categories);
  return {
    filters: { skills: skills.kept, categories: categories.kept },
    ignored: { skills: skills.dropped, categories: categories.dropped },
  };
}

/** `?skill=empathy&skill=de-escalation&category=behavioral`, or '' when nothing is filtered. */
export function deckQuery(filters: DeckFilters): string {
  const params = new URLSearchParams();
  for (const skill of new Set(filters.skills ?? [])) params.append('skill', skill);
  for (const category of new Set(filters.categories ?? [])) params.append('category', category);
  const text = params.toString();
  return text ? `?${text}` : '';
}
