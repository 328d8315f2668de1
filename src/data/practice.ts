/**
 * The hiring-test practice content, gathered once for the practice pages: passages, scenarios,
 * callers and reply prompts as plain objects with their references resolved to ids.
 */
import { getCollection } from 'astro:content';
import { site, must } from './site';

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

async function gather() {
  const [passages, scenarios, callers, replies, data] = await Promise.all([
    getCollection('passages'),
    getCollection('scenarios'),
    getCollection('callers'),
    getCollection('replies'),
    site(),
  ]);
  const occupations = data.occupations.map((o) => ({ id: o.id, title: o.data.title }));
  const order = new Map(occupations.map((o, i) => [o.id, i]));
  const byJob = <T extends { occupations: string[] }>(list: T[]) => list.sort((a, b) => (order.get(a.occupations[0]!) ?? 99) - (order.get(b.occupations[0]!) ?? 99));
  const scenarioList = scenarios.map((s) => ({
    id: s.id,
    title: s.data.title,
    occupations: ids(s.data.occupations),
    situation: s.data.situation,
    responses: s.data.responses.map((r, i) => ({ id: String.fromCharCode(97 + i), text: r.text, rank: r.rank, reason: r.reason, skills: ids(r.skills) })),
  }));
  const scenarioCount = new Map<string, number>();
  for (const s of scenarioList) for (const o of s.occupations) scenarioCount.set(o, (scenarioCount.get(o) ?? 0) + 1);
  return {
    occupations,
    /** The occupations that have situational-judgment scenarios, each with its count: one test (and paper version) each. */
    sjtOccupations: occupations.filter((o) => scenarioCount.has(o.id)).map((o) => ({ ...o, scenarios: scenarioCount.get(o.id)! })),
    passages: byJob(passages.map((p) => ({ id: p.id, title: p.data.title, kind: p.data.kind, occupations: ids(p.data.occupations), text: p.data.text }))),
    scenarios: scenarioList,
    callers: callers.map((c) => ({ id: c.id, title: c.data.title, occupations: ids(c.data.occupations), script: c.data.script, record: c.data.record })),
    replies: replies.map((r) => ({ ...r.data, id: r.id, occupations: ids(r.data.occupations) })),
    skillName: (id: string) => must(data.skills, id).name,
    source: (id: string) => {
      const s = must(data.sources, id);
      return { id, publisher: s.publisher, title: s.title, url: s.url, asOf: s.asOf };
    },
  };
}

let cached: ReturnType<typeof gather> | undefined;
export function practice() {
  cached ??= gather();
  return cached;
}
export type PracticeData = Awaited<ReturnType<typeof gather>>;
export type ScenarioView = PracticeData['scenarios'][number];

/** One page per occupation that has scenarios (the situational-judgment test and its paper version). */
export async function occupationPaths() {
  const data = await practice();
  return data.sjtOccupations.map(({ id, title }) => ({ params: { occupation: id }, props: { occupation: { id, title } } }));
}
export interface OccupationProps {
  occupation: { id: string; title: string };
}
