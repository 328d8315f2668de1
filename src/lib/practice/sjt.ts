/**
 * Situational-judgment scoring the usual way: the candidate picks the most and the least
 * effective response, and each pick earns credit by how close it is to the key's ranking
 * (rank 1 is the most effective of four).
 */

export interface KeyedResponse {
  id: string;
  /** 1 = most effective … 4 = least effective. */
  rank: number;
  skills: readonly string[];
}
export interface KeyedScenario {
  id: string;
  responses: readonly KeyedResponse[];
}
export interface SjtAnswer {
  most: string;
  least: string;
}

/** Full credit for the key's choice, half for the next one in, none further away. */
export const PICK_POINTS = 2;
export const SCENARIO_POINTS = PICK_POINTS * 2;
/** A skill scoring under this share of its points is worth practicing. */
export const WEAK_SHARE = 0.6;

export interface ScenarioScore {
  scenario: string;
  most: number;
  least: number;
  total: number;
  /** The ids the key picks. */
  keyMost: string;
  keyLeast: string;
}

function rankOf(scenario: KeyedScenario, id: string): number | null {
  return scenario.responses.find((r) => r.id === id)?.rank ?? null;
}

export function scoreScenario(scenario: KeyedScenario, answer: SjtAnswer): ScenarioScore {
  const ranks = scenario.responses.map((r) => r.rank);
  const top = Math.min(...ranks);
  const bottom = Math.max(...ranks);
  const keyMost = scenario.responses.find((r) => r.rank === top)!.id;
  const keyLeast = scenario.responses.find((r) => r.rank === bottom)!.id;
  if (answer.most === answer.least) return { scenario: scenario.id, most: 0, least: 0, total: 0, keyMost, keyLeast };
  const most = rankOf(scenario, answer.most);
  const least = rankOf(scenario, answer.least);
  const mostPoints = most === null ? 0 : Math.max(0, PICK_POINTS - (most - top));
  const leastPoints = least === null ? 0 : Math.max(0, PICK_POINTS - (bottom - least));
  return { scenario: scenario.id, most: mostPoints, least: leastPoints, total: mostPoints + leastPoints, keyMost, keyLeast };
}

export interface SkillScore {
  skill: string;
  earned: number;
  possible: number;
}

export interface SjtResult {
  total: number;
  max: number;
  scenarios: ScenarioScore[];
  /** Per skill at stake (the skills of each scenario's best response), weakest first. */
  skills: SkillScore[];
  weak: string[];
}

/** Scores the scenarios answered; unanswered ones are left out, not counted as wrong. */
export function scoreSjt(scenarios: readonly KeyedScenario[], answers: Readonly<Record<string, SjtAnswer>>): SjtResult {
  const scored: ScenarioScore[] = [];
  const bySkill = new Map<string, SkillScore>();
  for (const scenario of scenarios) {
    const answer = Object.hasOwn(answers, scenario.id) ? answers[scenario.id] : undefined;
    if (!answer) continue;
    const score = scoreScenario(scenario, answer);
    scored.push(score);
    const best = scenario.responses.find((r) => r.id === score.keyMost)!;
    for (const skill of best.skills) {
      const entry = bySkill.get(skill) ?? { skill, earned: 0, possible: 0 };
      entry.earned += score.total;
      entry.possible += SCENARIO_POINTS;
      bySkill.set(skill, entry);
    }
  }
  const skills = [...bySkill.values()].sort((a, b) => a.earned / a.possible - b.earned / b.possible || a.skill.localeCompare(b.skill));
  return {
    total: scored.reduce((sum, s) => sum + s.total, 0),
    max: scored.length * SCENARIO_POINTS,
    scenarios: scored,
    skills,
    weak: skills.filter((s) => s.earned / s.possible < WEAK_SHARE).map((s) => s.skill),
  };
}
