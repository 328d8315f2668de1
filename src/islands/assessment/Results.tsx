import type { AssessmentResult } from '../../lib/assessment/score';
import { deltaLabel } from '../../lib/assessment/format';
import { resultWords, verdict, type Voice } from '../../lib/assessment/verdict';
import type { SkillDelta } from '../../lib/assessment/history';
import type { ProbeQuestion, SkillProfile } from '../../lib/assessment/types';

interface Props {
  /** "self" for your own result; "shared" for one opened from a link, read by someone else. */
  voice: Voice;
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
export function Results({ voice, result, profile, questions, occupationTitle, completedLabel, since, deltas }: Props) {
  const change = new Map((deltas ?? []).map((d) => [d.id, deltaLabel(d)]));
  const { readiness, skills, strengths, meets, gaps, warning } = result;
  const judged = verdict(result, voice);
  const band = judged?.band ?? null;
  const w = resultWords(voice);
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  const byId = new Map(profile.map((s) => [s.id, s]));
  return (
    <div className="assess-results">
      <h2 id="results-title" className="assess-headline" tabIndex={-1}>
        {w.readiness}: {readiness.percent ?? '–'}%{band && <> · {band.label}</>}
      </h2>
      <p className="assess-meta">
        Against what employers expect of a new {occupationTitle.toLowerCase()}, {completedLabel}.
      </p>
      {judged?.advice.map((line) => (
        <p key={line} className={judged.cappedBy && line === judged.advice[0] ? 'assess-cap' : undefined}>
          {line}
        </p>
      ))}
      {since && <p className="assess-since">{since}</p>}
      {warning && (
        <p className="island-notice" role="status">
          {warning.message}
        </p>
      )}

      <h3>{w.chart}</h3>
      <figure className="assess-chart">
        <figcaption>Each bar is {voice === 'self' ? 'your' : 'the'} rating out of 5; the line marks the level a new hire needs. The table below gives the same figures.</figcaption>
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
      {/* Focusable so a keyboard can scroll the table on a narrow screen. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Ratings table">
        <table className="assess-table">
          <caption>
            {w.table} and the level a new {occupationTitle.toLowerCase()} needs, skill by skill
          </caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col" className="num">
                {w.rated}
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

      <h3>{w.strengths}</h3>
      {strengths.length ? (
        <ul>
          {strengths.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>: {w.ratedAs(s.rating ?? 0)}, a new hire needs {s.required}. {byId.get(s.id)?.why}
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.noStrengths}</p>
      )}
      {meets.length > 0 && (
        <>
          <h3>{w.meets}</h3>
          <p>{meets.map((s) => s.name).join(', ')}.</p>
        </>
      )}

      <h3>{w.gaps}</h3>
      {gaps.length ? (
        <ol className="assess-gaps">
          {gaps.map((g) => (
            <li key={g.id} className="assess-gap">
              <h4>
                {g.name}: {w.ratedAs(g.rating ?? 0)}, needed {g.required}
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
        <p>{w.noGaps}</p>
      )}
    </div>
  );
}
