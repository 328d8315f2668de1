import { useEffect, useRef, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import { durationLabel } from '../../lib/drill/duration';
import {
  canGrade,
  countdownLeftMs,
  gradeWaitMs,
  PACE_LABELS,
  currentElapsedMs,
  currentQuestionId,
  gradeCurrent,
  isFinished,
  isPaused,
  mockSummary,
  MOCK_LENGTHS,
  pauseMock,
  pickMockQuestions,
  resumeMock,
  skipCurrent,
  startMock,
  type MockSession,
} from '../../lib/drill/mock';
import { type Progress } from '../../lib/drill/progress';
import { recordReview } from '../../lib/drill/review';
import { GRADE_LABELS, isGrade, type Grade } from '../../lib/drill/schedule';
import { AnswerBack } from './AnswerBack';
import { AnswerRecorder } from './AnswerRecorder';
import { RecordingsList } from './RecordingsList';
import { canSpeak, speak, stopSpeaking } from './speech-browser';
import { GradeButtons } from './GradeButtons';
import { isShortcutEvent } from './keys';
import type { Announce, Update } from './types';

const COUNTDOWNS = [0, 60, 90, 120, 180];

function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

const RATES = [0.75, 1, 1.25, 1.5];

interface Props {
  occupation: string;
  deck: DrillQuestion[];
  deckName: string;
  progress: Progress;
  update: Update;
  announce: Announce;
}

export function MockInterview({ occupation, deck, deckName, progress, update, announce }: Props) {
  const [answered, setAnswered] = useState({ recorded: false, typedWords: 0 });
  const answeredRef = useRef(answered);
  answeredRef.current = answered;
  const [voices, setVoices] = useState<string[]>([]);
  const [speechOk, setSpeechOk] = useState(false);
  useEffect(() => {
    if (!canSpeak()) return;
    setSpeechOk(true);
    const read = () => setVoices(window.speechSynthesis.getVoices().filter((v) => v.lang.startsWith('en')).map((v) => v.name));
    read();
    window.speechSynthesis.addEventListener('voiceschanged', read);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', read);
      stopSpeaking();
    };
  }, []);
  const [session, setSessionState] = useState<MockSession | null>(null);
  // Key presses can come faster than renders: handlers work on the newest session.
  const live = useRef<MockSession | null>(null);
  const setSession = (next: MockSession | null) => {
    live.current = next;
    setSessionState(next);
  };
  const [, tick] = useState(0);
  const timesUp = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const { mockLength, countdownSeconds, readAloud, speechRate, voice } = progress.settings;
  const currentId = session ? currentQuestionId(session) : undefined;
  const currentText = deck.find((q) => q.id === currentId)?.text;
  useEffect(() => {
    // Each question is read aloud as it appears, as an interviewer would ask it.
    if (readAloud && currentText) speak(currentText, { rate: speechRate, voice });
    setAnswered({ recorded: false, typedWords: 0 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentId, session?.questionIds.join()]);
  const length = Math.min(mockLength, deck.length);

  const running = session !== null && !isFinished(session) && !isPaused(session);
  useEffect(() => {
    const current = live.current;
    if (!running || !current) return;
    // Wake up when the shown second changes, not on a drifting one-second interval.
    const elapsed = currentElapsedMs(current, new Date());
    const timer = window.setTimeout(() => tick((n) => n + 1), 1000 - (elapsed % 1000));
    return () => window.clearTimeout(timer);
  });

  useEffect(() => {
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  });

  const now = new Date();
  const left = session && countdownSeconds > 0 ? countdownLeftMs(session, now, countdownSeconds) : null;
  useEffect(() => {
    if (left === 0 && !timesUp.current) {
      timesUp.current = true;
      announce('Time is up for this answer. Grade yourself or skip.');
    }
  }, [left, announce]);

  const begin = () => {
    const picked = pickMockQuestions(deck, length, Math.random);
    setSession(startMock(picked.map((q) => q.id), new Date()));
    timesUp.current = false;
    focusHeading.current = true;
    announce(`Mock interview started: ${picked.length} questions.`);
  };

  const answer = (rating: Grade | null) => {
    const session = live.current;
    if (!session) return;
    const id = currentQuestionId(session);
    if (!id) return;
    const at = new Date();
    if (rating !== null && !canGrade(session, at, answeredRef.current)) {
      announce(`Answer first: grading opens after ${Math.ceil(gradeWaitMs(session, at) / 1000)} more seconds on this question, or once you record an answer. Or skip it.`);
      return;
    }
    const next = rating === null ? skipCurrent(session, at) : gradeCurrent(session, rating, at, answeredRef.current);
    if (rating !== null) update((p) => recordReview(p, id, rating, at, 'mock'));
    stopSpeaking();
    setSession(next);
    timesUp.current = false;
    focusHeading.current = true;
    announce(rating === null ? 'Skipped.' : `Graded ${GRADE_LABELS[rating]}.`);
  };

  const togglePause = () => {
    const session = live.current;
    if (!session) return;
    const at = new Date();
    const paused = isPaused(session);
    setSession(paused ? resumeMock(session, at) : pauseMock(session, at));
    announce(paused ? 'Clock running.' : 'Paused.');
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const session = live.current;
      if (!session || isFinished(session) || !isShortcutEvent(event)) return;
      const rating = Number(event.key);
      if (/^[1-4]$/.test(event.key) && isGrade(rating)) {
        event.preventDefault();
        answer(rating);
      } else if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        togglePause();
      } else if (event.key === 's' || event.key === 'S') {
        event.preventDefault();
        answer(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (!session) {
    return (
      <section className="drill-card" aria-labelledby="mock-title">
        <h2 id="mock-title">Mock interview</h2>
        <p>
          Questions one at a time from {deckName}, in random order. Answer each aloud, then grade yourself: your grades feed your practice schedule.
        </p>
        <fieldset className="drill-choice">
          <legend>Number of questions</legend>
          {MOCK_LENGTHS.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name="mock-length"
                value={n}
                checked={mockLength === n}
                onChange={() => update((p) => ({ ...p, settings: { ...p.settings, mockLength: n } }))}
              />{' '}
              {n}
            </label>
          ))}
        </fieldset>
        <div className="drill-inline">
          <label htmlFor="mock-countdown">Time to answer each question</label>
          <select
            id="mock-countdown"
            value={countdownSeconds}
            onChange={(e) => {
              const seconds = Number(e.currentTarget.value);
              update((p) => ({ ...p, settings: { ...p.settings, countdownSeconds: seconds } }));
            }}
          >
            {COUNTDOWNS.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? 'No countdown' : durationLabel(s * 1000)}
              </option>
            ))}
          </select>
        </div>
        {speechOk ? (
          <fieldset className="drill-choice drill-voice">
            <legend>The interviewer’s voice</legend>
            <label>
              <input type="checkbox" checked={readAloud} onChange={(e) => {
                const on = e.currentTarget.checked;
                update((p) => ({ ...p, settings: { ...p.settings, readAloud: on } }));
              }} />{' '}
              Read each question aloud
            </label>
            <span className="drill-inline">
              <label htmlFor="mock-voice">Voice</label>
              <select
                id="mock-voice"
                value={voice ?? ''}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  update((p) => {
                    const { voice: _old, ...settings } = p.settings;
                    return { ...p, settings: name ? { ...settings, voice: name } : settings };
                  });
                }}
              >
                <option value="">Browser default</option>
                {voices.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </span>
            <span className="drill-inline">
              <label htmlFor="mock-rate">Speed</label>
              <select
                id="mock-rate"
                value={speechRate}
                onChange={(e) => {
                  const rate = Number(e.currentTarget.value);
                  update((p) => ({ ...p, settings: { ...p.settings, speechRate: rate } }));
                }}
              >
                {RATES.map((r) => (
                  <option key={r} value={r}>
                    {r === 1 ? 'Normal' : `${r}×`}
                  </option>
                ))}
              </select>
            </span>
            <button type="button" onClick={() => speak('Tell me about yourself.', { rate: speechRate, voice })}>
              Try the voice
            </button>
          </fieldset>
        ) : (
          <p className="drill-hint">This browser cannot read questions aloud; they are shown on screen.</p>
        )}
        <p className="drill-hint">
          You can record each answer and play it back. Recordings stay on this device, in this browser’s storage; nothing is uploaded. A grade needs an
          answer: 20 seconds on the question, a recording, or a typed answer; otherwise skip it.
        </p>
        {deck.length < mockLength && <p className="drill-hint">This deck has {deck.length} questions, so the mock will use all of them.</p>}
        <button type="button" className="button" disabled={deck.length === 0} onClick={begin}>
          Start mock interview
        </button>
        <RecordingsList occupation={occupation} announce={announce} />
      </section>
    );
  }

  if (isFinished(session)) {
    const summary = mockSummary(session, deck);
    return (
      <section className="drill-card" aria-labelledby="mock-summary-title">
        <h2 id="mock-summary-title" ref={heading} tabIndex={-1}>
          How your mock interview went
        </h2>
        <p>
          {summary.items.length} questions in {summary.total}. A behavioral answer usually takes 1 to 2 minutes: long enough for the situation, what you
          did and the result, short enough to keep the interviewer with you.{' '}
          {summary.toReview.length > 0
            ? `${summary.toReview.length} to review: the ones you graded Blanked or Shaky, or skipped. Graded ones come back sooner in practice.`
            : 'Nothing to review: well done.'}
        </p>
        <div className="table-wrap">
          <table className="drill-table">
            <caption className="visually-hidden">Each question of the mock interview, the time you took and your grade</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Time</th>
                <th scope="col">Against the usual 1–2 minutes</th>
                <th scope="col">Your grade</th>
              </tr>
            </thead>
            <tbody>
              {summary.items.map((item) => (
                <tr key={item.question.id} className={item.review ? 'to-review' : undefined}>
                  <th scope="row">{item.question.text}</th>
                  <td>{item.time}</td>
                  <td>{item.pace === null ? '–' : PACE_LABELS[item.pace]}{item.recorded ? ' · recorded' : ''}</td>
                  <td>
                    {item.grade}
                    {item.review && <strong className="drill-flag"> · review</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="drill-actions">
          <button type="button" className="button" onClick={begin}>
            Start another mock interview
          </button>
          <button type="button" onClick={() => setSession(null)}>
            Change settings
          </button>
        </div>
      </section>
    );
  }

  const id = currentQuestionId(session);
  const question = deck.find((q) => q.id === id);
  const paused = isPaused(session);
  const elapsed = currentElapsedMs(session, now);
  const gradable = canGrade(session, now, answered);
  return (
    <section className="drill-card" aria-labelledby="mock-question">
      <p className="drill-meta">
        Mock interview · question {session.answers.length + 1} of {session.questionIds.length}
      </p>
      <h2 id="mock-question" ref={heading} tabIndex={-1} className="drill-question">
        {question?.text}
      </h2>
      <p className={`drill-timer${left === 0 ? ' is-over' : ''}`}>
        <span role="timer" aria-label={left === null ? 'Time on this question' : 'Time left to answer'}>
          {left === null ? clock(elapsed) : left === 0 ? 'Time is up' : `${clock(left)} left`}
        </span>
        {paused && <span> (paused)</span>}
      </p>
      <div className="drill-actions">
        <button type="button" onClick={togglePause} aria-keyshortcuts="P">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={() => answer(null)} aria-keyshortcuts="S">
          Skip
        </button>
      </div>
      {question && (
        <AnswerRecorder
          key={`${session.answers.length}:${question.id}`}
          occupation={occupation}
          questionId={question.id}
          questionText={question.text}
          onAnswer={setAnswered}
          announce={announce}
        />
      )}
      {speechOk && question && (
        <p>
          <button type="button" className="link-button" onClick={() => speak(question.text, { rate: speechRate, voice })}>
            Hear the question again
          </button>
        </p>
      )}
      {gradable ? null : (
        <p className="drill-hint">
          Grading opens in {Math.ceil(gradeWaitMs(session, now) / 1000)} s, or as soon as you record an answer. Skip if you want to move on.
        </p>
      )}
      <GradeButtons
        card={id ? progress.cards[id] : undefined}
        now={now}
        showIntervals
        disabled={!gradable}
        onGrade={(r) => answer(r)}
        label="When you have answered aloud, grade yourself"
      />
      {question && (
        <details>
          <summary>What a strong answer covers</summary>
          <AnswerBack question={question} />
        </details>
      )}
    </section>
  );
}
