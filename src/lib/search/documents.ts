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
  /** What the thing is about though it may not say so in words ("pay" for the Pay section). */
  keywords: string;
  /** The occupation (id) this belongs to: a guide and its sections. */
  occupation?: string;
  /** How much a match here counts: guides and their key sections above passing mentions. */
  weight: number;
  /** Sent in the index's second file (interview questions, parts of sections): see pack.ts. */
  later?: true;
}

/** Guides and the sections job seekers come for rank above passing mentions. */
const TYPE_WEIGHT: Record<DocType, number> = { occupation: 1.3, section: 1, question: 0.9, skill: 1, term: 1.15 };
const SECTION_WEIGHT: Record<string, number> = {
  'what-they-do': 1.1,
  pay: 1.2,
  outlook: 1.1,
  'how-to-become': 1.15,
  education: 1.05,
  'key-facts': 0.9,
  related: 0.5,
  questions: 0.45,
  sources: 0.4,
};
/** What each kind of section is about, in the words people search with. */
const SECTION_KEYWORDS: Record<string, string> = {
  'what-they-do': 'what the job is duties overview',
  'key-facts': 'key facts summary at a glance',
  'where-they-work': 'work settings workplace schedule',
  education: 'education training requirements',
  pay: 'pay salary wage earnings',
  outlook: 'job outlook employment projections openings',
  'how-to-become': 'how to become get hired requirements certification',
  skills: 'skills',
  responsibilities: 'responsibilities duties tasks',
  metrics: 'metrics KPIs measured targets',
  'interview-questions': 'interview questions',
  'career-path': 'career path promotion advancement',
  related: 'related occupations similar jobs',
  questions: 'questions community',
  sources: 'sources data references',
};

export interface SearchInput {
  occupations: Array<{ id: string; data: Occupation; body: string }>;
  questions: Array<{ id: string; text: string; purpose: string; category: string; skills: Array<{ id: string }> }>;
  skills: Array<{ id: string; name: string; description: string }>;
  glossary: Array<{ id: string; term: string; abbr?: string | undefined; definition: string }>;
}

const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');

/** The words of each guide section, enough to find it by what it talks about. */
function sectionText(o: Occupation, body: string): Record<string, string> {
  return {
    'what-they-do': join(body.replace(/\s+/g, ' '), o.channels.join(', ')),
    'key-facts': join('median pay education training outlook'),
    'where-they-work': join(...o.workSettings.map((w) => `${w.title}. ${w.detail}`), ...o.schedule),
    education: join(o.education.typical, o.education.training, ...o.education.detail),
    pay: join('median pay history', ...o.pay.unknown.map((u) => (typeof u === 'string' ? u : u.text))),
    outlook: join(o.outlook.reason?.text, ...o.outlook.unknown.map((u) => (typeof u === 'string' ? u : u.text))),
    'day-in-the-life': join(...o.dayInTheLife.map((d) => `${d.title}. ${d.detail}`)),
    'how-to-become': join(...o.becomeOne.map((s) => `${s.title}. ${s.detail}`), ...o.certifications.map((c) => c.name)),
    skills: join(...o.skills.map((s) => s.why)),
    responsibilities: join(...o.responsibilities.map((r) => `${r.title}. ${r.detail}`)),
    metrics: join(...o.metrics.map((m) => m.id.toUpperCase())),
    'interview-questions': 'answers STAR preparation',
    'career-path': join(
      ...[...(o.careerPath?.next ?? []), ...(o.careerPath?.lateral ?? []), ...(o.careerPath?.from ?? [])].map((s) => s.title),
    ),
    related: join(...o.related.map((r) => r.title)),
    questions: '',
    sources: '',
  };
}

export function buildSearchDocs(input: SearchInput): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const parts: SearchDoc[] = [];
  const guideOf = new Map<string, { id: string; title: string }>();
  for (const { id, data: o, body } of input.occupations) {
    const url = `/careers/${id}/`;
    docs.push({
      type: 'occupation',
      title: o.title,
      aka: join(o.shortTitle, ...o.alternateTitles),
      text: o.summary,
      url,
      context: 'Career guide',
      keywords: 'career guide',
      occupation: id,
      weight: TYPE_WEIGHT.occupation,
    });
    const texts = sectionText(o, body);
    const sections = guideSections(o.plural, {
      hasDay: o.dayInTheLife.length > 0,
      hasMetrics: o.metrics.length > 0,
      hasQuestions: true,
      hasPath: Boolean(o.careerPath),
      hasRelated: o.related.length > 0,
    });
    for (const s of sections) {
      const weight = TYPE_WEIGHT.section * (SECTION_WEIGHT[s.id] ?? 1);
      docs.push({ type: 'section', title: s.title, aka: '', text: texts[s.id] ?? '', url: `${url}#${s.id}`, context: o.title, keywords: SECTION_KEYWORDS[s.id] ?? '', occupation: id, weight });
    }
    // A work setting is what people ask for by name ("working from home"), so it is found on its own.
    for (const w of o.workSettings) {
      parts.push({ type: 'section', title: w.title, aka: '', text: w.detail, url: `${url}#where-they-work`, context: o.title, keywords: '', occupation: id, weight: TYPE_WEIGHT.section, later: true });
    }
    for (const s of o.skills) if (!guideOf.has(s.skill.id)) guideOf.set(s.skill.id, { id, title: o.title });
  }
  for (const s of input.skills) {
    const guide = guideOf.get(s.id);
    const url = guide ? `/careers/${guide.id}/#skill-${s.id}` : `/questions/#skill-${s.id}`;
    docs.push({ type: 'skill', title: s.name, aka: '', text: s.description, url, context: guide ? `Skill · ${guide.title}` : 'Skill', keywords: 'skill', weight: TYPE_WEIGHT.skill });
  }
  for (const t of input.glossary) {
    docs.push({ type: 'term', title: t.term, aka: t.abbr ?? '', text: t.definition, url: `/glossary/#${t.id}`, context: 'Glossary', keywords: 'glossary term meaning', weight: TYPE_WEIGHT.term });
  }
  // Parts of sections and questions last: the index sends them in its second file.
  docs.push(...parts);
  for (const q of input.questions) {
    const context = `${q.category[0]!.toUpperCase()}${q.category.slice(1)} question`;
    docs.push({ type: 'question', title: q.text, aka: '', text: q.purpose, url: `/questions/#${questionAnchor(q.id)}`, context, keywords: 'interview question', weight: TYPE_WEIGHT.question, later: true });
  }
  return docs;
}
