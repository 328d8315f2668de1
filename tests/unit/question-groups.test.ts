import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/lib/content/schemas';
import { questionGroups } from '../../src/lib/guide/questions';

type Q = { id: string; category: (typeof CATEGORIES)[number]; featured?: boolean };
const q = (id: string, category: Q['category'], featured?: boolean): Q => (featured === undefined ? { id, category } : { id, category, featured });
const ids = (groups: ReturnType<typeof questionGroups<Q>>) => groups.map((g) => [g.id, g.list.map((x) => x.id)]);

describe('question groups on the guide and the answer-guides page', () => {
  it('puts the common questions first, then the rest by kind in the site’s order, each in the author’s order', () => {
    const questions = [
      q('why-here', 'motivational'),
      q('angry-caller', 'situational', true),
      q('conflict', 'behavioral'),
      q('tell-me', 'background', true),
      q('escalate', 'situational'),
      q('crm', 'technical'),
      q('mistake', 'behavioral'),
      q('about-you', 'background'),
    ];
    expect(ids(questionGroups(questions))).toEqual([
      ['most-common', ['angry-caller', 'tell-me']],
      ['questions-behavioral', ['conflict', 'mistake']],
      ['questions-situational', ['escalate']],
      ['questions-motivational', ['why-here']],
      ['questions-technical', ['crm']],
      ['questions-background', ['about-you']],
    ]);
  });

  it('lists every question exactly once, a featured one only among the common ones', () => {
    const questions = CATEGORIES.flatMap((c, i) => [q(`${c}-a`, c, i % 2 === 0), q(`${c}-b`, c, false), q(`${c}-c`, c)]);
    const listed = questionGroups(questions).flatMap((g) => g.list.map((x) => x.id));
    expect(listed.toSorted()).toEqual(questions.map((x) => x.id).toSorted());
  });

  it('shows no heading for a kind with no questions, and no common group when none is featured', () => {
    const groups = questionGroups([q('conflict', 'behavioral'), q('crm', 'technical', false)]);
    expect(groups.map((g) => g.id)).toEqual(['questions-behavioral', 'questions-technical']);
    expect(questionGroups([])).toEqual([]);
  });

  it('gives each group its own heading, the common one included', () => {
    const groups = questionGroups(CATEGORIES.map((c, i) => q(`${c}`, c, i === 0)).concat(q('x', 'behavioral')));
    expect(groups).toHaveLength(CATEGORIES.length + 1);
    const titles = groups.map((g) => g.title);
    for (const title of titles) expect(title.trim().length).toBeGreaterThan(3);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
