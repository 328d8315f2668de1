/** Words the drill shows for categories and queue kinds. */
import type { QuestionCategory } from './deck';
import type { QueueKind } from './queue';
import type { QueueCounts } from './queue';

export function categoryLabel(category: QuestionCategory | string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}

export const KIND_LABELS: Readonly<Record<QueueKind, string>> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  cram: 'Before your interview',
  extra: 'Extra practice',
};

/**
 * "3 new · 1 learning due · 4 reviews due", plus the cram cards when the interview is close and
 * the reviews the daily cap holds back. The Progress view uses the same counts and words.
 */
export function statusLine(c: QueueCounts): string {
  const parts = [`${c.new} new`, `${c.learning} learning due`, `${c.due} ${c.due === 1 ? 'review' : 'reviews'} due`];
  if (c.cram > 0) parts.push(`${c.cram} to refresh before your interview`);
  if (c.overCap > 0) parts.push(`${c.overCap} more held for tomorrow by your daily review limit`);
  return parts.join(' · ');
}

/** "all 33 questions", "6 questions on Empathy", "4 behavioral questions on Empathy or Teamwork" */
export function deckLabel(
  size: number,
  total: number,
  filters: { skills: readonly string[]; categories: readonly string[] },
  skillName: (id: string) => string,
): string {
  if (!filters.skills.length && !filters.categories.length) return `all ${total} questions`;
  const noun = size === 1 ? 'question' : 'questions';
  const categories = filters.categories.map((c) => c.toLowerCase()).join(' or ');
  const skills = filters.skills.map(skillName).join(' or ');
  return [String(size), categories, noun, skills && `on ${skills}`].filter(Boolean).join(' ');
}
