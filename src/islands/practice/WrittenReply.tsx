/**
 * The written reply: a customer's message, a reply written against the clock, then a self-check
 * with figures worked out in the page and our model reply. Figures come from src/lib/practice/readability.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { activeMs } from '../../lib/practice/clock';
import { LONG_SENTENCE_WORDS, replyFigures } from '../../lib/practice/readability';
import { StorageNotice } from '../shared/StorageNotice';
import { Timer } from './Timer';
import { useIslandReady } from '../shared/use-island-ready';
import { usePractice } from './use-practice';
import './practice.css';

export interface ReplyOption {
  id: string;
  title: string;
  channel: 'email' | 'chat';
  customer: string;
  message: string;
  minutes: number;
  modelReply: string;
  notes: string[];
}

export const RUBRIC = [
  { id: 'greeting', label: 'Greeting: opens with the customer’s name, in a tone that fits the message' },
  { id: 'empathy', label: 'Empathy: acknowledges how the customer feels, or apologizes where we are at fault' },
  { id: 'answer', label: 'The answer: deals with what they asked, early and plainly' },
  { id: 'next', label: 'Next steps with a time frame: says what happens next and by when' },
  { id: 'tone', label: 'Tone: polite and calm, no blame, no jargon' },
  { id: 'length', label: `Length: as short as it can be, no sentence over ${LONG_SENTENCE_WORDS} words` },
] as const;

type Phase = 'ready' | 'writing' | 'checking';

export default function WrittenReply({ prompts }: { prompts: ReplyOption[] }) {
  const practice = usePractice();
  const root = useIslandReady<HTMLDivElement>(practice.ready);
  const [promptId, setPromptId] = useState(prompts[0]!.id);
  const [phase, setPhase] = useState<Phase>('ready');
  const [text, setText] = useState('');
  const [start, setStart] = useState(0);
  const [pauses, setPauses] = useState<{ from: number; to: number | null }[]>([]);
  const [now, setNow] = useState(0);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState(false);
  const [spentMs, setSpentMs] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const prompt = prompts.find((p) => p.id === promptId)!;
  const limit = prompt.minutes * 60_000;
  const paused = pauses.at(-1)?.to === null;
  const used = phase === 'writing' ? activeMs(start, now, pauses) : 0;

  const submit = (at: number) => {
    setSpentMs(Math.min(limit, activeMs(start, at, pauses)));
    setPhase('checking');
  };
  const submitRef = useRef(submit);
  submitRef.current = submit;

  useEffect(() => {
    if (phase !== 'writing') return;
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (activeMs(start, t, pausesRef.current) >= limit) submitRef.current(t);
    }, 500);
    return () => window.clearInterval(id);
  }, [phase, start, limit]);
  const pausesRef = useRef(pauses);
  pausesRef.current = pauses;

  useEffect(() => {
    if (phase === 'checking') heading.current?.focus();
    if (phase === 'writing') box.current?.focus();
  }, [phase]);

  const begin = () => {
    const t = Date.now();
    setStart(t);
    setNow(t);
    setPauses([]);
    setText('');
    setChecked({});
    setSaved(false);
    setPhase('writing');
  };

  const togglePause = () => {
    const t = Date.now();
    setNow(t);
    setPauses((list) => (paused ? list.map((p, i) => (i === list.length - 1 ? { ...p, to: t } : p)) : [...list, { from: t, to: null }]));
  };

  const figures = replyFigures(text);
  const save = () => {
    practice.record({
      test: 'reply',
      at: new Date().toISOString(),
      prompt: prompt.id,
      seconds: Math.round(spentMs / 1000),
      words: figures.words,
      grade: figures.grade,
      longSentences: figures.long.length,
      rubric: RUBRIC.filter((r) => checked[r.id]).length,
      rubricOf: RUBRIC.length,
    });
    setSaved(true);
  };

  return (
    <div className="practice" ref={root}>
      <StorageNotice notice={practice.notice} />
      <p className="practice-field">
        <label htmlFor="reply-prompt">Message</label>
        <select id="reply-prompt" value={promptId} disabled={phase === 'writing'} onChange={(e) => { setPromptId(e.currentTarget.value); setPhase('ready'); }}>
          {prompts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title} ({p.channel}, {p.minutes} minutes)
            </option>
          ))}
        </select>
      </p>
      <h2 id="reply-message">
        {prompt.channel === 'email' ? 'Email' : 'Chat message'} from {prompt.customer}
      </h2>
      <blockquote className="de-script">
        <p>{prompt.message}</p>
      </blockquote>
      {phase === 'ready' && (
        <p>
          <button type="button" className="button" onClick={begin}>
            Start the {prompt.minutes}-minute reply
          </button>
        </p>
      )}
      {phase === 'writing' && (
        <>
          <Timer ms={limit - used} label="Time left" paused={paused} />
          <p className="practice-field">
            <label htmlFor="reply-box">Your reply</label>
            <textarea ref={box} id="reply-box" rows={10} value={text} readOnly={paused} onChange={(e) => setText(e.currentTarget.value)} />
          </p>
          <p className="practice-actions">
            <button type="button" className="button" onClick={() => submit(Date.now())}>
              Send my reply
            </button>
            <button type="button" onClick={togglePause} aria-pressed={paused}>
              {paused ? 'Resume the clock' : 'Pause the clock'}
            </button>
          </p>
          <p className="practice-hint">A real test would not stop the clock; pause only if you are interrupted.</p>
        </>
      )}
      {phase === 'checking' && (
        <section aria-labelledby="reply-check">
          <h2 id="reply-check" ref={heading} tabIndex={-1}>
            Check your reply
          </h2>
          <blockquote className="reply-yours">
            {text.trim() ? text.split('\n').map((line, i) => <p key={i}>{line}</p>) : <p>(You did not write anything.)</p>}
          </blockquote>
          <dl className="practice-figures">
            <div>
              <dt>Words</dt>
              <dd>{figures.words}</dd>
            </div>
            <div>
              <dt>Reading grade</dt>
              <dd>{figures.grade === null ? '—' : figures.grade.toFixed(1)}</dd>
            </div>
            <div>
              <dt>Sentences over {LONG_SENTENCE_WORDS} words</dt>
              <dd>{figures.long.length}</dd>
            </div>
            <div>
              <dt>Time taken</dt>
              <dd>{Math.round(spentMs / 1000)} s</dd>
            </div>
          </dl>
          <p className="practice-hint">
            The reading grade is the Flesch–Kincaid grade level, worked out from words per sentence and syllables per word; grade 6 to 8 reads easily
            for most customers.
          </p>
          {figures.long.length > 0 && (
            <ul>
              {figures.long.map((s) => (
                <li key={s.text}>
                  {s.words} words: “{s.text}”
                </li>
              ))}
            </ul>
          )}
          <fieldset className="reply-rubric">
            <legend>Self-check: tick what your reply does</legend>
            {RUBRIC.map((r) => (
              <label key={r.id}>
                <input type="checkbox" checked={!!checked[r.id]} disabled={saved} onChange={(e) => setChecked({ ...checked, [r.id]: e.currentTarget.checked })} /> {r.label}
              </label>
            ))}
          </fieldset>
          <p className="practice-actions">
            <button type="button" className="button" onClick={save} disabled={saved}>
              {saved ? 'Self-check saved' : 'Save my self-check'}
            </button>
            <button type="button" onClick={() => setPhase('ready')}>
              Write another reply
            </button>
          </p>
          <h3>Our model reply</h3>
          <blockquote className="de-script">
            {prompt.modelReply.split('\n').filter(Boolean).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
          <h4>What it does</h4>
          <ul>
            {prompt.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
