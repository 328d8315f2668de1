/**
 * The situational-judgment test: for each scenario pick the most and the least effective
 * response, then a review that explains every choice. Scoring lives in src/lib/practice/sjt.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { scoreSjt, SCENARIO_POINTS, type SjtAnswer } from '../../lib/practice/sjt';
import { StorageNotice } from '../shared/StorageNotice';
import { useIslandReady } from '../shared/use-island-ready';
import { usePractice } from './use-practice';
import './practice.css';

export interface ScenarioOption {
  id: string;
  title: string;
  situation: string;
  responses: { id: string; text: string; rank: number; reason: string; skills: string[] }[];
}

interface Props {
  occupation: string;
  scenarios: ScenarioOption[];
  skillNames: Record<string, string>;
  drillHref: string;
  skillsHref: string;
  paperHref: string;
}

type Draft = Record<string, Partial<SjtAnswer>>;
const RANK_NAMES = ['Most effective', 'Second most effective', 'Third', 'Least effective'];
const letter = (id: string) => id.toUpperCase();

export default function JudgmentTest({ occupation, scenarios, skillNames, drillHref, skillsHref, paperHref }: Props) {
  const practice = usePractice();
  const root = useIslandReady<HTMLDivElement>(practice.ready);
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Draft>({});
  const [note, setNote] = useState('');
  const [reviewing, setReviewing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const answers = useMemo(() => {
    const out: Record<string, SjtAnswer> = {};
    for (const [id, a] of Object.entries(draft)) if (a.most && a.least) out[id] = { most: a.most, least: a.least };
    return out;
  }, [draft]);
  const answered = Object.keys(answers).length;
  const result = useMemo(() => scoreSjt(scenarios, answers), [scenarios, answers]);

  // Focus follows the user's move to another scenario or to the review, never the first render.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index, reviewing]);

  const scenario = scenarios[index]!;
  const current = draft[scenario.id] ?? {};

  const pick = (kind: keyof SjtAnswer, response: string) => {
    const other: keyof SjtAnswer = kind === 'most' ? 'least' : 'most';
    setDraft((d) => {
      const was = d[scenario.id] ?? {};
      const next: Partial<SjtAnswer> = { ...was, [kind]: response };
      if (was[other] === response) delete next[other];
      return { ...d, [scenario.id]: next };
    });
    setNote(current[other] === response ? `Response ${letter(response)} cannot be both; your ${other === 'most' ? 'most' : 'least'} effective choice was cleared.` : '');
  };

  const go = (to: number) => {
    moved.current = true;
    setNote('');
    setIndex(to);
  };

  const finish = () => {
    moved.current = true;
    practice.record({ test: 'sjt', at: new Date().toISOString(), occupation, total: result.total, max: result.max, answered, weak: result.weak });
    setReviewing(true);
  };

  if (reviewing) {
    return (
      <div className="practice" ref={root}>
        <StorageNotice notice={practice.notice} />
        <Review result={result} scenarios={scenarios} answers={answers} skillNames={skillNames} drillHref={drillHref} skillsHref={skillsHref} headingRef={heading} />
        <p className="practice-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft({});
              setIndex(0);
              setReviewing(false);
            }}
          >
            Start again
          </button>
          <a href="/practice/results/">All your results</a>
          <a href={paperHref}>Paper version with answer key</a>
        </p>
      </div>
    );
  }

  return (
    <div className="practice" ref={root}>
      <StorageNotice notice={practice.notice} />
      <section aria-labelledby="sjt-heading">
        <h2 id="sjt-heading" ref={heading} tabIndex={-1}>
          Scenario {index + 1} of {scenarios.length}: {scenario.title}
        </h2>
        <p className="sjt-situation">{scenario.situation}</p>
        <div className="table-scroll">
          <table className="sjt-grid">
            <caption className="visually-hidden">Responses to scenario {index + 1}: pick one most effective and one least effective</caption>
            <thead>
              <tr>
                <th scope="col">Response</th>
                <th scope="col" className="pick">
                  Most effective
                </th>
                <th scope="col" className="pick">
                  Least effective
                </th>
              </tr>
            </thead>
            <tbody>
              {scenario.responses.map((r) => (
                <tr key={r.id}>
                  <th scope="row" id={`sjt-${scenario.id}-${r.id}`}>
                    {letter(r.id)}. {r.text}
                  </th>
                  {(['most', 'least'] as const).map((kind) => (
                    <td key={kind} className="pick">
                      <input
                        type="radio"
                        name={`sjt-${kind}`}
                        aria-label={`${kind === 'most' ? 'Most' : 'Least'} effective: response ${letter(r.id)}`}
                        checked={current[kind] === r.id}
                        onChange={() => pick(kind, r.id)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p role="status" className="practice-hint">
          {note}
        </p>
        <p className="practice-actions">
          <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
            Previous
          </button>
          {index + 1 < scenarios.length && (
            <button type="button" className="button" onClick={() => go(index + 1)}>
              Next scenario
            </button>
          )}
          <button type="button" className={index + 1 === scenarios.length ? 'button' : undefined} disabled={answered === 0} onClick={finish}>
            Finish and review ({answered} answered)
          </button>
        </p>
        <p className="practice-hint">
          Each scenario scores up to {SCENARIO_POINTS} points: 2 for picking the key’s most effective response (1 for the next best), and the same for the
          least effective. You can finish at any time; only scenarios with both picks are scored.
        </p>
      </section>
    </div>
  );
}

function Review({
  result,
  scenarios,
  answers,
  skillNames,
  drillHref,
  skillsHref,
  headingRef,
}: {
  result: ReturnType<typeof scoreSjt>;
  scenarios: ScenarioOption[];
  answers: Record<string, SjtAnswer>;
  skillNames: Record<string, string>;
  drillHref: string;
  skillsHref: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const pct = result.max === 0 ? 0 : Math.round((result.total / result.max) * 100);
  return (
    <section aria-labelledby="sjt-review">
      <h2 id="sjt-review" ref={headingRef} tabIndex={-1}>
        Your review
      </h2>
      <p className="practice-score">
        {result.total} of {result.max} points ({pct}%) on {result.scenarios.length} scenario{result.scenarios.length === 1 ? '' : 's'}
      </p>
      {result.weak.length > 0 ? (
        <>
          <h3>Skills to work on</h3>
          <p>These skills were at stake in the scenarios where your picks were furthest from the key:</p>
          <ul>
            {result.weak.map((id) => (
              <li key={id}>
                <strong>{skillNames[id] ?? id}</strong>: <a href={`${drillHref}?skill=${encodeURIComponent(id)}`}>practice interview questions on it</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={skillsHref}>Rate yourself on every skill in the self-assessment</a>
          </p>
        </>
      ) : (
        <p>No skill scored under 60% in this round.</p>
      )}
      <h3>Every scenario, explained</h3>
      {result.scenarios.map((score, i) => {
        const s = byId.get(score.scenario)!;
        const answer = answers[s.id]!;
        const ranked = [...s.responses].sort((a, b) => a.rank - b.rank);
        return (
          <article key={s.id} className="sjt-review" aria-labelledby={`review-${s.id}`}>
            <h4 id={`review-${s.id}`}>
              {i + 1}. {s.title}: {score.total} of {SCENARIO_POINTS} points
            </h4>
            <p>{s.situation}</p>
            <p>
              You picked {letter(answer.most)} as most effective ({score.most} of 2) and {letter(answer.least)} as least effective ({score.least} of 2).
            </p>
            <ol>
              {ranked.map((r) => (
                <li key={r.id}>
                  <strong>{RANK_NAMES[r.rank - 1]}</strong>: {letter(r.id)}. {r.text}
                  {answer.most === r.id && <span className="sjt-tag"> your most effective</span>}
                  {answer.least === r.id && <span className="sjt-tag"> your least effective</span>}
                  <br />
                  <span>Why: {r.reason}</span>
                  <br />
                  <span className="practice-hint">Skills: {r.skills.map((k) => skillNames[k] ?? k).join(', ')}</span>
                </li>
              ))}
            </ol>
          </article>
        );
      })}
    </section>
  );
}
