import type { ReactNode } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';

/** The back of a card: why it is asked and what a good answer holds. */
export function AnswerBack({ question, children }: { question: DrillQuestion; children?: ReactNode }) {
  return (
    <div className="drill-back">
      <h3>Why they ask</h3>
      <p>{question.purpose}</p>
      <h3>A strong answer shows</h3>
      <ul>
        {question.strongAnswer.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h3>Pitfalls</h3>
      <ul>
        {question.pitfalls.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {question.star && (
        <>
          <h3>Build your answer with STAR</h3>
          <dl className="drill-star">
            <dt>Situation</dt>
            <dd>{question.star.situation}</dd>
            <dt>Task</dt>
            <dd>{question.star.task}</dd>
            <dt>Action</dt>
            <dd>{question.star.action}</dd>
            <dt>Result</dt>
            <dd>{question.star.result}</dd>
          </dl>
        </>
      )}
      {question.framework && (
        <>
          <h3>A way to answer</h3>
          <p>{question.framework}</p>
        </>
      )}
      {question.followUps.length > 0 && (
        <>
          <h3>Follow-up questions to expect</h3>
          <ul>
            {question.followUps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {children}
    </div>
  );
}
