/**
 * One occupation view, built once per occupation from the collections: the guide, the drill,
 * the self-assessment, the handouts and the counselors' page all read this, so "the questions
 * for an occupation" or "its skills with their names" are worked out in one place.
 */
import { questionsFor, must, site, type OccupationEntry, type QuestionData, type SkillData, type SourceData } from './site';
import { glossaryViews, type TermView } from './glossary';
import { toSkillProfile } from '../lib/assessment/profile';
import type { SkillProfile } from '../lib/assessment/types';
import { collectRefs } from '../lib/content/refs';
import { guideSections, type Section } from '../lib/guide/sections';
import { routes } from '../lib/routes';
import { markOlder } from '../lib/figures/figure';
import { headlineFigures, occupationFigures, withOlder, type OccupationFigures } from '../lib/figures/occupation';

export interface PathStep {
  title: string;
  detail: string;
  /** Our guide for this step, when there is one. */
  href: string | undefined;
}

export interface OccupationView {
  id: string;
  entry: OccupationEntry;
  data: OccupationEntry['data'];
  /** Every figure the guide shows, with source, period and (computed) whether it is older. */
  figures: OccupationFigures;
  /** Featured questions first, then the rest in bank order. */
  questions: QuestionData[];
  /** The occupation's skills in the guide's order, joined with their content. */
  skills: SkillProfile;
  /** Skill content by id, for question cards that name the skills they probe. */
  skillIndex: Map<string, SkillData>;
  /** Every source content, by id: figures name theirs. */
  sourceIndex: Map<string, SourceData>;
  /** Sources the page cites, in first-cited order. */
  cited: SourceData[];
  metrics: TermView[];
  sections: Section[];
  careerPath: { from: PathStep[]; next: PathStep[]; lateral: PathStep[]; source: SourceData | undefined } | undefined;
  related: Array<OccupationEntry['data']['related'][number] & { href: string | undefined }>;
  href: { guide: string; drill: string; skills: string; sources: string; details: string };
}

let cached: Promise<OccupationView[]> | undefined;

async function build(): Promise<OccupationView[]> {
  const [data, terms] = await Promise.all([site(), glossaryViews()]);
  const guides = new Set(data.occupations.map((entry) => entry.id));
  const guideLink = (ref: { id: string } | undefined) => (ref && guides.has(ref.id) ? routes.guide(ref.id) : undefined);
  const steps = (list: Array<{ title: string; detail: string; occupation?: { id: string } | undefined }>) =>
    list.map((step) => ({ title: step.title, detail: step.detail, href: guideLink(step.occupation) }));

  const sourceOf = (id: string) => must(data.sources, id);
  const raw = data.occupations.map((entry) => occupationFigures(entry.id, entry.data, sourceOf));
  const all = raw.flatMap(headlineFigures);
  const marked = new Map(markOlder(all).map((f) => [f.id, f]));

  return data.occupations.map((entry, i) => {
    const o = entry.data;
    const questions = questionsFor(data.questions, entry.id);
    const path = o.careerPath;
    const hasPath = Boolean(path && path.next.length + path.lateral.length + path.from.length > 0);
    return {
      id: entry.id,
      entry,
      data: o,
      figures: withOlder(raw[i]!, marked),
      questions,
      skills: toSkillProfile(o.skills, data.skills),
      skillIndex: data.skills,
      sourceIndex: data.sources,
      cited: collectRefs(o, 'sources').map((id) => must(data.sources, id)),
      metrics: o.metrics.map((ref) => must(terms, ref.id)),
      sections: guideSections(o.plural, {
        hasDay: o.dayInTheLife.length > 0,
        hasMetrics: o.metrics.length > 0,
        hasQuestions: questions.length > 0,
        hasPath,
        hasRelated: o.related.length > 0,
      }),
      careerPath:
        path && hasPath
          ? {
              from: steps(path.from),
              next: steps(path.next),
              lateral: steps(path.lateral),
              source: path.source && must(data.sources, path.source.id),
            }
          : undefined,
      related: o.related.map((r) => ({ ...r, href: guideLink(r.occupation) })),
      href: { guide: routes.guide(entry.id), drill: routes.drill(entry.id), skills: routes.skills(entry.id), sources: routes.sources(entry.id), details: routes.details(entry.id) },
    };
  });
}

/** Every occupation view, in the site's order. */
export function occupationViews(): Promise<OccupationView[]> {
  cached ??= build();
  return cached;
}

/** `getStaticPaths` for a page per occupation. */
export async function occupationPaths() {
  return (await occupationViews()).map((view) => ({ params: { occupation: view.id }, props: { view } }));
}

/** A section's title by id; the section list decides which exist. */
export function sectionTitle(view: OccupationView, id: string): string {
  const section = view.sections.find((s) => s.id === id);
  if (!section) throw new Error(`${view.id}: the guide has no section "${id}"`);
  return section.title;
}

/** Whether the occupation's guide has a section (some exist only when the content has them). */
export function hasSection(view: OccupationView, id: string): boolean {
  return view.sections.some((s) => s.id === id);
}
