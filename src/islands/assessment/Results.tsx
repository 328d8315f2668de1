import type { AssessmentResult } from '../../lib/assessment/score';
import { deltaLabel, readinessBand } from '../../lib/assessment/format';
import type { SkillDelta } from '../../lib/assessment/history';
import type { ProbeQuestion, SkillProfile } from '../../lib/assessment/types';

interface Props {
  result: AssessmentResult;
  profile: SkillProfile;
  questions: readonly ProbeQuestion[];
  occupationTitle: string;
  completedLabel: string;
  /** "since last time" sentence, when there is an earlier assessment. */
  since: string | null;
  /** The change per skill since the assessment before, when there is one. */
  deltas?: readonly SkillDelta[] | undefined;
}

const BAR = 100;

/** Readiness, a chart with its table, strengths and gaps with what to do next. */
export function Results({ result, profile, questions, occupationTitle, completedLabel, since, deltas }: Props) {
  const change = new Map((deltas ?? []).map((d) => [d.id, deltaLabel(d)]));
  const { readiness, skills, strengths, gaps, warning } = result;
  const band = readiness.percent === null ? null : readinessBand(readiness.percent);
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  const byId = new Map(profile.map((s) => [s.id, s]));
  return (
    <div className="assess-results">
      <h2 id="results-title" tabIndex={-1}>
        Your readiness: {readiness.percent ?? '–'}%{band && <> · {band.label}</>}
      </h2>
      <p className="assess-meta">
        Against what employers expect of a new {occupationTitle.toLowerCase()}, {completedLabel}.
      </p>
      {band && <p>{band.advice}</p>}
      {since && <p className="assess-since">{since}</p>}
      {warning && (
        <p className="island-notice" role="status">
          {warning.message}
        </p>
      )}

      <h3>Your ratings against the job</h3>
      <figure className="assess-chart">
        <figcaption>Each bar is your rating out of 5; the line marks the level a new hire needs. The table below gives the same figures.</figcaption>
        <ul className="assess-bars" aria-hidden="true">
          {skills.map((s) => (
            <li key={s.id}>
              <span className="assess-bar-name">{s.name}</span>
              <svg viewBox={`0 0 ${BAR} 14`} className="assess-bar" preserveAspectRatio="none">
                <rect x="0" y="2" width={BAR} height="10" className="track" />
                <rect x="0" y="2" width={((s.rating ?? 0) / 5) * BAR} height="10" className={s.gap > 0 ? 'short' : 'met'} />
                <rect x={(s.required / 5) * BAR - 0.8} y="0" width="1.6" height="14" className="need" />
              </svg>
            </li>
          ))}
        </ul>
      </figure>
      <div className="table-wrap">
        <table className="assess-table">
          <caption>Your rating and the level a new {occupationTitle.toLowerCase()} needs, skill by skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col" className="num">
                You
              </th>
              <th scope="col" className="num">
                Needed
              </th>
              <th scope="col">Result</th>
              {deltas && <th scope="col">Since last time</th>}
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td className="num">{s.rating ?? '–'}</td>
                <td className="num">{s.required}</td>
                <td>{s.rating === null ? 'Not rated' : s.gap > 0 ? `${s.gap} below` : s.surplus > 0 ? `${s.surplus} above` : 'Meets it'}</td>
                {deltas && <td>{change.get(s.id) ?? '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Your strengths</h3>
      {strengths.length ? (
        <ul>
          {strengths.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>: you rated {s.rating}, a new hire needs {s.required}. {byId.get(s.id)?.why}
            </li>
          ))}
        </ul>
      ) : (
        <p>No skill meets the level yet. Start with the first gap below.</p>
      )}

      <h3>Your gaps, most important first</h3>
      {gaps.length ? (
        <ol className="assess-gaps">
          {gaps.map((g) => (
            <li key={g.id} className="assess-gap">
              <h4>
                {g.name}: you {g.rating}, needed {g.required}
              </h4>
              <p>{byId.get(g.id)?.why}</p>
              <p className="assess-sub">Next steps</p>
              <ul>
                {g.improve.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              {g.questionIds.length > 0 && (
                <>
                  <p className="assess-sub">Interview questions that probe it</p>
                  <ul>
                    {g.questionIds.slice(0, 4).map((id) => (
                      <li key={id}>{questionText.get(id)}</li>
                    ))}
                  </ul>
                  <p>
                    <a className="button" href={g.practiceHref}>
                      Practice {g.name.toLowerCase()} questions
                    </a>
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>No gaps: you meet or beat the level a new hire needs in every skill you rated.</p>
      )}
    </div>
  );
}
