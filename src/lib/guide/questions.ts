/**
 * How an occupation's questions are grouped for reading: the ones most likely to be asked, then
 * the rest by kind, in the author's order. The guide's short list and the answer-guides page
 * show the same groups with the same anchors.
 */
import { CATEGORIES } from '../content/schemas';

export interface GroupedQuestion {
  category: (typeof CATEGORIES)[number];
  featured?: boolean | undefined;
}

export interface QuestionGroup<Q> {
  id: string;
  title: string;
  list: Q[];
}

const CATEGORY_TITLES: Record<(typeof CATEGORIES)[number], string> = {
  behavioral: 'Behavioral: tell me about a time',
  situational: 'Situational: what would you do',
  motivational: 'Motivation and values',
  technical: 'Systems, metrics and rules',
  background: 'About you',
};

export function questionGroups<Q extends GroupedQuestion>(questions: readonly Q[]): QuestionGroup<Q>[] {
  const featured = questions.filter((q) => q.featured);
  const groups: QuestionGroup<Q>[] = [];
  if (featured.length) groups.push({ id: 'most-common', title: 'Common questions to prepare first', list: featured });
  for (const category of CATEGORIES) {
    const list = questions.filter((q) => !q.featured && q.category === category);
    if (list.length) groups.push({ id: `questions-${category}`, title: CATEGORY_TITLES[category], list });
  }
  return groups;
}
