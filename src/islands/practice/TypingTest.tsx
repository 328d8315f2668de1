/**
 * The typing test: pick a length and a passage, type, and see the score the way employers count
 * it. Scoring lives in src/lib/practice; this file holds the clock, the keystroke log and the views.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ENTRY_LEVEL_RANGE, formatMinutes, scoreRules } from '../../lib/practice/rules';
import { diffInput, passageStarts, scoreTyping, testPassages, testText, typingProgress, words as splitWords, type Keystroke, type TypingResult } from '../../lib/practice/typing';
import { StorageNotice } from '../shared/StorageNotice';
import { BarChart } from './BarChart';
import { SourceLink, type SourceInfo } from './SourceLink';
import { Timer } from './Timer';
import { useIslandReady } from '../shared/use-island-ready';
import { usePractice } from './use-practice';
import './practice.css';

export interface PassageOption {
  id: string;
  title: string;
  kind: string;
  occupations: string[];
  text: string;
}

interface Props {
  passages: PassageOption[];
  occupations: { id: string; title: string }[];
  sources: Record<string, SourceInfo>;
}

const LENGTHS = [1, 3, 5] as const;
const PASTE_MESSAGE = 'Pasting is turned off here. A typing test measures your own keystrokes, and employers’ tests block pasting too.';

type Phase = { name: 'ready' } | { name: 'running'; start: number } | { name: 'done'; result: TypingResult; passage: string };

type WordStatus = 'todo' | 'done' | 'wrong' | 'current' | 'current-wrong';

const Word = memo(function Word({ text, status }: { text: string; status: WordStatus }) {
  return (
    <span className={`word ${status}`} aria-current={status.startsWith('current') ? 'true' : undefined}>
      {text}{' '}
    </span>
  );
});

const Passage = memo(function Passage({ words, starts, typed }: { words: string[]; starts: number[]; typed: string }) {
  const box = useRef<HTMLDivElement>(null);
  const progress = useMemo(() => typingProgress(words, typed), [words, typed]);
  // One passage at a time: the one holding the current word (the next shows when it is done).
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= progress.current) k += 1;
  const from = starts[k] ?? 0;
  const to = starts[k + 1] ?? words.length;
  // Keep the current word in view inside the box, without scrolling the page.
  useLayoutEffect(() => {
    const el = box.current?.querySelector<HTMLElement>('.word.current, .word.current-wrong');
    const container = box.current;
    if (!el || !container) return;
    const line = el.offsetHeight;
    if (el.offsetTop + line > container.scrollTop + container.clientHeight - line || el.offsetTop < container.scrollTop) {
      container.scrollTop = Math.max(0, el.offsetTop - line);
    }
  }, [progress.current]);
  return (
    <div ref={box} className="typing-passage" id="typing-passage">
      {words.slice(from, to).map((w, j) => {
        const i = from + j;
        const status: WordStatus =
          i < progress.current ? (progress.wrong.has(i) ? 'wrong' : 'done') : i === progress.current ? (progress.currentWrong ? 'current-wrong' : 'current') : 'todo';
        return <Word key={i} text={w} status={status} />;
      })}
    </div>
  );
});

export default function TypingTest({ passages, occupations, sources }: Props) {
  const practice = usePractice();
  const root = useIslandReady<HTMLDivElement>(practice.ready);
  const { record } = practice;
  const [minutes, setMinutes] = useState<number>(1);
  const [occupation, setOccupation] = useState(occupations[0]?.id ?? '');
  const forOccupation = useMemo(() => passages.filter((p) => p.occupations.includes(occupation)), [passages, occupation]);
  const [passageId, setPassageId] = useState(forOccupation[0]?.id ?? passages[0]!.id);
  const [phase, setPhase] = useState<Phase>({ name: 'ready' });
  const [typed, setTyped] = useState('');
  const [now, setNow] = useState(0);
  const [pasteRefused, setPasteRefused] = useState(false);
  const log = useRef<Keystroke[]>([]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const ordered = useMemo(() => testPassages(passages, passageId, occupation), [passages, passageId, occupation]);
  const text = useMemo(() => testText(ordered), [ordered]);
  const words = useMemo(() => splitWords(text), [text]);
  const starts = useMemo(() => passageStarts(ordered), [ordered]);
  const durationMs = minutes * 60_000;

  const finish = useCallback(
    (elapsed: number) => {
      const result = scoreTyping(text, log.current, Math.min(elapsed, durationMs));
      setPhase({ name: 'done', result, passage: passageId });
      const [, sanDiego, iowa] = scoreRules(result);
      record({
        test: 'typing',
        at: new Date().toISOString(),
        occupation,
        passage: passageId,
        minutes: result.minutes,
        characters: result.characters,
        gross: result.gross,
        net: result.net,
        errors: result.errors,
        accuracy: result.accuracy,
        perMinute: result.perMinute,
        sanDiego: sanDiego!.net,
        iowa: iowa!.net,
      });
    },
    [text, durationMs, passageId, occupation, record],
  );
  const finishRef = useRef(finish);
  finishRef.current = finish;

  // The clock: ticks while running, and ends the test when the time is up. It depends only on
  // the start, so keystrokes never reset it.
  const startedAt = phase.name === 'running' ? phase.start : null;
  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => {
      const t = Date.now();
      if (t - startedAt >= durationMs) finishRef.current(durationMs);
      else setNow(t);
    };
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [startedAt, durationMs]);

  useEffect(() => {
    if (phase.name === 'done') resultsHeading.current?.focus();
  }, [phase.name]);

  const restart = () => {
    log.current = [];
    setTyped('');
    setPasteRefused(false);
    setPhase({ name: 'ready' });
    window.setTimeout(() => box.current?.focus(), 0);
  };

  const onInput = (value: string) => {
    if (phase.name === 'done') return;
    const t = Date.now();
    let start = phase.name === 'running' ? phase.start : t;
    if (phase.name === 'ready') {
      if (value === '') return;
      setPhase({ name: 'running', start: t });
      setNow(t);
      start = t;
    }
    log.current.push(...diffInput(typed, value, t - start));
    setTyped(value);
  };

  const refusePaste = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setPasteRefused(true);
  };

  const running = phase.name === 'running';
  const remaining = running ? durationMs - (now - phase.start) : durationMs;

  return (
    <div className="practice" ref={root}>
      <StorageNotice notice={practice.notice} />
      {phase.name !== 'done' && (
        <>
          <fieldset className="practice-choice" disabled={running}>
            <legend>Test length</legend>
            {LENGTHS.map((m) => (
              <label key={m}>
                <input type="radio" name="typing-length" value={m} checked={minutes === m} onChange={() => setMinutes(m)} /> {m} minute{m === 1 ? '' : 's'}
              </label>
            ))}
            <p className="practice-hint">San Diego and Iowa score only tests of 5 minutes or more.</p>
          </fieldset>
          <div className="practice-row">
            <p className="practice-field">
              <label htmlFor="typing-occupation">Job</label>
              <select
                id="typing-occupation"
                value={occupation}
                disabled={running}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setOccupation(next);
                  setPassageId(passages.find((p) => p.occupations.includes(next))?.id ?? passageId);
                }}
              >
                {occupations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            </p>
            <p className="practice-field">
              <label htmlFor="typing-passage-choice">Passage</label>
              <select id="typing-passage-choice" value={passageId} disabled={running} onChange={(e) => setPassageId(e.currentTarget.value)}>
                {forOccupation.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </p>
          </div>
          <h2 id="typing-passage-heading">Type this passage</h2>
          <Passage words={words} starts={starts} typed={typed} />
          <Timer ms={remaining} label="Time left" />
          <p className="practice-field">
            <label htmlFor="typing-box">Your typing</label>
            <span className="practice-hint" id="typing-help">
              The clock starts with your first keystroke. Type the passage as shown, with its capitals and punctuation; fix mistakes with Backspace if
              you like.
            </span>
            <textarea
              ref={box}
              id="typing-box"
              className="typing-box"
              rows={4}
              value={typed}
              aria-describedby="typing-help typing-paste"
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              onChange={(e) => onInput(e.currentTarget.value)}
              onPaste={refusePaste}
              onDrop={refusePaste}
            />
          </p>
          <p id="typing-paste" className={pasteRefused ? 'island-notice' : 'visually-hidden'} role={pasteRefused ? 'alert' : undefined}>
            {pasteRefused ? PASTE_MESSAGE : 'Pasting is turned off: the test measures your own keystrokes.'}
          </p>
          {running && (
            <p>
              <button type="button" onClick={() => finish(Date.now() - phase.start)}>
                Stop and score what I typed
              </button>
            </p>
          )}
        </>
      )}
      {phase.name === 'done' && (
        <TypingResults result={phase.result} sources={sources} headingRef={resultsHeading} onRestart={restart} passageTitle={passages.find((p) => p.id === phase.passage)?.title ?? ''} />
      )}
    </div>
  );
}

function TypingResults({
  result,
  sources,
  headingRef,
  onRestart,
  passageTitle,
}: {
  result: TypingResult;
  sources: Record<string, SourceInfo>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onRestart: () => void;
  passageTitle: string;
}) {
  const rules = scoreRules(result);
  const range = sources[ENTRY_LEVEL_RANGE.source];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <section className="practice-results" aria-labelledby="typing-results">
      <h2 id="typing-results" ref={headingRef} tabIndex={-1}>
        Your result
      </h2>
      <p>
        {formatMinutes(result.minutes)} on “{passageTitle}”: {result.characters} keystrokes kept, which is {(result.characters / 5).toFixed(1)} words of 5
        keystrokes.
      </p>
      <dl className="practice-figures">
        <div>
          <dt>Gross speed</dt>
          <dd>{Math.round(result.gross)} WPM</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd>{result.errors}</dd>
        </div>
        <div>
          <dt>Net speed</dt>
          <dd>{Math.round(result.net)} WPM</dd>
        </div>
        <div>
          <dt>Accuracy</dt>
          <dd>{pct(result.accuracy)}</dd>
        </div>
      </dl>
      <p className="practice-hint">
        A word is 5 keystrokes, spaces and punctuation included. An error is a wrong, extra or skipped word. Net speed takes the errors per minute off
        the gross speed; accuracy is the share of words you typed right.
      </p>
      <BarChart title="Speed in each minute (gross WPM)" unit="Gross WPM" points={result.perMinute.map((v, i) => ({ label: `Minute ${i + 1}`, value: v }))} />
      <h3>Your score under each employer’s rule</h3>
      <ul className="practice-rules">
        {rules.map((r) => (
          <li key={r.id}>
            <h4>{r.name}</h4>
            <p className="practice-score">{Math.round(r.net)} net WPM</p>
            <p>{r.method}</p>
            {r.problems.map((p) => (
              <p key={p} className="practice-problem">
                {p}
              </p>
            ))}
            {r.source && sources[r.source] && (
              <p className="practice-hint">
                Source: <SourceLink source={sources[r.source]!} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {range && (
        <p>
          <strong>
            {ENTRY_LEVEL_RANGE.low}–{ENTRY_LEVEL_RANGE.high} WPM
          </strong>{' '}
          is what most companies ask of entry-level staff, according to a staffing firm (<SourceLink source={range} />
          ). Your net speed was {Math.round(result.net)} WPM
          {result.net >= ENTRY_LEVEL_RANGE.high ? ', at or above that range.' : result.net >= ENTRY_LEVEL_RANGE.low ? ', within that range.' : ', below that range for now.'}
        </p>
      )}
      <p>This is practice: employers that ask for a typing certificate need one from a test they accept, not from this page.</p>
      <p className="practice-actions">
        <button type="button" className="button" onClick={onRestart}>
          Take another test
        </button>{' '}
        <a href="/practice/results/">All your results</a>
      </p>
    </section>
  );
}
