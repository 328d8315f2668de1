/**
 * What search can find, built at build time from the content: occupations,
 * guide sections, skills, interview questions and glossary terms. Each
 * document knows the URL (with anchor) a result leads to.
 */
import type { Occupation } from '../content/schemas';
import { guideSections, questionAnchor } from '../guide/sections';

export const DOC_TYPES = ['occupation', 'section', 'question', 'skill', 'term'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface SearchDoc {
  type: DocType;
  title: string;
  /** Other names the thing goes by: alternate job titles, an abbreviation. */
  aka: string;
  text: string;
  url: string;
  /** Shown under the title: which guide, which category. */
  context: string;
}

export interface SearchInput {
  occupations: Array<{ id: string; data: Occupation; body: string }>;
  questions: Array<{ id: string; text: string; purpose: string; category: string; skills: Array<{ id: string }> }>;
  skills: Array<{ id: string; name: string; description: string }>;
  glossary: Array<{ id: string; term: string; abbr?: string | undefined; definition: string }>;
}

const SNIPPET = 240;
const clip = (s: string) => (s.length > SNIPPET ? `${s.slice(0, SNIPPET).replace(/\s+\S*$/, '')}…` : s);
const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');

/** The words of each guide section, enough to find it by what it talks about. */
function sectionText(o: Occupation, body: string): Record<string, string> {
  return {
    'what-they-do': join(body.replace(/\s+/g, ' '), o.channels.join(', ')),
    'key-facts': join('median pay salary wage education training outlook openings'),
    'where-they-work': join(...o.workSettings.map((w) => `${w.title}. ${w.detail}`), ...o.schedule),
    education: join(o.education.typical, o.education.training, ...o.education.detail),
    pay: join('salary wage earnings median pay history', ...o.pay.unknown.map((u) => (typeof u === 'string' ? u : u.text))),
    outlook: join('job outlook employment projections openings', o.outlook.reason?.text),
    'day-in-the-life': join(...o.dayInTheLife.map((d) => `${d.title}. ${d.detail}`)),
    'how-to-become': join(...o.becomeOne.map((s) => `${s.title}. ${s.detail}`), ...o.certifications.map((c) => c.name)),
    skills: join(...o.skills.map((s) => s.why)),
    responsibilities: join(...o.responsibilities.map((r) => `${r.title}. ${r.detail}`)),
    metrics: join('metrics KPIs measured', ...o.metrics.map((m) => m.id.toUpperCase())),
    'interview-questions': 'interview questions answers STAR preparation',
    'career-path': join(
      'career path promotion advancement',
      ...[...(o.careerPath?.next ?? []), ...(o.careerPath?.lateral ?? []), ...(o.careerPath?.from ?? [])].map((s) => s.title),
    ),
    related: join(...o.related.map((r) => r.title)),
    questions: 'questions community help',
    sources: 'sources data references',
  };
}

export function buildSearchDocs(input: SearchInput): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const guideOf = new Map<string, { id: string; title: string }>();
  for (const { id, data: o, body } of input.occupations) {
    const url = `/careers/${id}/`;
    docs.push({ type: 'occupation', title: o.title, aka: join(o.shortTitle, ...o.alternateTitles), text: o.summary, url, context: 'Career guide' });
    const texts = sectionText(o, body);
    const sections = guideSections(o.plural, {
      hasDay: o.dayInTheLife.length > 0,
      hasMetrics: o.metrics.length > 0,
      hasQuestions: true,
      hasPath: Boolean(o.careerPath),
      hasRelated: o.related.length > 0,
    });
    for (const s of sections) {
      docs.push({ type: 'section', title: s.title, aka: '', text: clip(texts[s.id] ?? ''), url: `${url}#${s.id}`, context: o.title });
    }
    for (const s of o.skills) if (!guideOf.has(s.skill.id)) guideOf.set(s.skill.id, { id, title: o.title });
  }
  for (const q of input.questions) {
    docs.push({ type: 'question', title: q.text, aka: '', text: q.purpose, url: `/questions/#${questionAnchor(q.id)}`, context: `${q.category[0]!.toUpperCase()}${q.category.slice(1)} question` });
  }
  for (const s of input.skills) {
    const guide = guideOf.get(s.id);
    const url = guide ? `/careers/${guide.id}/#skill-${s.id}` : `/questions/#skill-${s.id}`;
    docs.push({ type: 'skill', title: s.name, aka: '', text: s.description, url, context: guide ? `Skill · ${guide.title}` : 'Skill' });
  }
  for (const t of input.glossary) {
    docs.push({ type: 'term', title: t.term, aka: t.abbr ?? '', text: clip(t.definition), url: `/glossary/#${t.id}`, context: 'Glossary' });
  }
  return docs;
}
