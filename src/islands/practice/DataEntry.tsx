/**
 * Data entry from a caller: the customer's words are read aloud (or shown, for anyone without
 * sound) while you fill a customer record; then each field is checked. Also a 10-key drill.
 * Field rules live in src/lib/practice/fields.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../lib/practice/clock';
import { keystrokesPerHour, scoreField, speakable, type FieldKind } from '../../lib/practice/fields';
import { StorageNotice } from '../shared/StorageNotice';
import { TenKeyDrill } from './TenKeyDrill';
import { useIslandReady } from '../shared/use-island-ready';
import { usePractice } from './use-practice';
import './practice.css';

export interface CallerOption {
  id: string;
  title: string;
  script: string;
  record: { name: string; account: string; phone: string; address: string; category: string; noteFacts: string[] };
}

interface Props {
  callers: CallerOption[];
  categories: string[];
}

type FieldId = 'name' | 'account' | 'phone' | 'address' | 'category' | 'note';
const FIELDS: { id: FieldId; label: string; kind: FieldKind; hint?: string }[] = [
  { id: 'name', label: 'Customer name', kind: 'name' },
  { id: 'account', label: 'Account number', kind: 'digits', hint: 'Digits only; spaces are fine.' },
  { id: 'phone', label: 'Phone', kind: 'digits' },
  { id: 'address', label: 'Address', kind: 'address' },
  { id: 'category', label: 'Issue category', kind: 'choice' },
  { id: 'note', label: 'Note', kind: 'note', hint: 'What the customer needs, in your words: keep the key facts.' },
];
const NUMERIC: FieldId[] = ['account', 'phone'];
type Values = Record<FieldId, string>;
const EMPTY: Values = { name: '', account: '', phone: '', address: '', category: '', note: '' };

function expectedOf(caller: CallerOption, field: FieldId): string {
  return field === 'note' ? caller.record.noteFacts.join('\n') : caller.record[field];
}

interface Outcome {
  checks: { field: FieldId; label: string; correct: boolean; share: number; expected: string; given: string; missing: string[] }[];
  ms: number;
  kph: number;
}

export default function DataEntry({ callers, categories }: Props) {
  const practice = usePractice();
  const root = useIslandReady<HTMLDivElement>(practice.ready);
  const [callerId, setCallerId] = useState(callers[0]!.id);
  const [mode, setMode] = useState<'audio' | 'text'>('audio');
  const [canSpeak, setCanSpeak] = useState(true);
  const [start, setStart] = useState<number | null>(null);
  const [plays, setPlays] = useState(0);
  const [values, setValues] = useState<Values>(EMPTY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const numericKeys = useRef(0);
  const numericMs = useRef(0);
  const focusedAt = useRef<number | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const caller = callers.find((c) => c.id === callerId)!;

  useEffect(() => {
    const ok = typeof window.speechSynthesis !== 'undefined' && typeof window.SpeechSynthesisUtterance !== 'undefined';
    setCanSpeak(ok);
    if (!ok) setMode('text');
  }, []);
  useEffect(() => {
    if (outcome) resultsHeading.current?.focus();
  }, [outcome]);

  const begin = () => {
    if (start === null) setStart(Date.now());
  };
  const play = () => {
    begin();
    setPlays((n) => n + 1);
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(speakable(caller.script));
    utterance.lang = 'en-US';
    utterance.rate = 0.95;
    window.speechSynthesis.speak(utterance);
  };

  const reset = (nextCaller = callerId) => {
    if (canSpeak) window.speechSynthesis.cancel();
    setCallerId(nextCaller);
    setStart(null);
    setPlays(0);
    setValues(EMPTY);
    setOutcome(null);
    numericKeys.current = 0;
    numericMs.current = 0;
  };

  const submit = () => {
    const now = Date.now();
    const ms = start === null ? 0 : now - start;
    const checks = FIELDS.map((f) => {
      const expected = expectedOf(caller, f.id);
      const check = scoreField(f.kind, expected, values[f.id]);
      return { field: f.id, label: f.label, ...check, expected: f.id === 'note' ? caller.record.noteFacts.join('; ') : expected, given: values[f.id] };
    });
    const kph = keystrokesPerHour(numericKeys.current, numericMs.current);
    setOutcome({ checks, ms, kph });
    if (canSpeak) window.speechSynthesis.cancel();
    practice.record({
      test: 'data-entry',
      at: new Date(now).toISOString(),
      caller: caller.id,
      mode,
      fieldsRight: checks.filter((c) => c.correct).length,
      fields: checks.length,
      seconds: Math.round(ms / 1000),
      kph,
      replays: Math.max(0, plays - 1),
    });
  };

  const numericHandlers = (id: FieldId) =>
    NUMERIC.includes(id)
      ? {
          onFocus: () => {
            focusedAt.current = Date.now();
          },
          onBlur: () => {
            if (focusedAt.current !== null) numericMs.current += Date.now() - focusedAt.current;
            focusedAt.current = null;
          },
          onKeyDown: (e: React.KeyboardEvent) => {
            if (/^\d$/.test(e.key)) numericKeys.current += 1;
          },
        }
      : {};

  return (
    <div className="practice" ref={root}>
      <StorageNotice notice={practice.notice} />
      <div className="practice-row">
        <p className="practice-field">
          <label htmlFor="de-caller">Call</label>
          <select id="de-caller" value={callerId} onChange={(e) => reset(e.currentTarget.value)}>
            {callers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </p>
        <fieldset className="practice-choice">
          <legend>How you get the call</legend>
          <label>
            <input type="radio" name="de-mode" checked={mode === 'audio'} disabled={!canSpeak || start !== null} onChange={() => setMode('audio')} /> Read aloud
          </label>
          <label>
            <input type="radio" name="de-mode" checked={mode === 'text'} disabled={start !== null} onChange={() => setMode('text')} /> As text, no sound
          </label>
          {!canSpeak && <p className="practice-hint">This browser cannot read text aloud, so the call is shown as text.</p>}
        </fieldset>
      </div>
      {mode === 'audio' ? (
        <p className="practice-actions">
          <button type="button" className="button" onClick={play} disabled={outcome !== null}>
            {plays === 0 ? 'Play the call' : 'Play it again'}
          </button>
          <span role="status">{plays > 1 ? `Replays: ${plays - 1} (counted in your result)` : plays === 1 ? 'Playing the call.' : ''}</span>
        </p>
      ) : start === null ? (
        <p>
          <button type="button" className="button" onClick={begin}>
            Show the call and start the clock
          </button>
        </p>
      ) : (
        <blockquote className="de-script">
          <p>{caller.script}</p>
        </blockquote>
      )}
      {!outcome ? (
        <form
          className="de-form"
          aria-labelledby="de-form-title"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2 id="de-form-title">Customer record</h2>
          {FIELDS.map((f) => (
            <p className="practice-field" key={f.id}>
              <label htmlFor={`de-${f.id}`}>{f.label}</label>
              {f.hint && (
                <span className="practice-hint" id={`de-${f.id}-hint`}>
                  {f.hint}
                </span>
              )}
              {f.id === 'category' ? (
                <select id="de-category" value={values.category} onChange={(e) => setValues({ ...values, category: e.currentTarget.value })} onFocus={begin}>
                  <option value="">Choose…</option>
                  {categories.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              ) : f.id === 'note' ? (
                <textarea id="de-note" rows={3} value={values.note} aria-describedby="de-note-hint" onChange={(e) => setValues({ ...values, note: e.currentTarget.value })} />
              ) : (
                <input
                  type="text"
                  id={`de-${f.id}`}
                  value={values[f.id]}
                  inputMode={NUMERIC.includes(f.id) ? 'numeric' : undefined}
                  autoComplete="off"
                  aria-describedby={f.hint ? `de-${f.id}-hint` : undefined}
                  onChange={(e) => setValues({ ...values, [f.id]: e.currentTarget.value })}
                  {...numericHandlers(f.id)}
                />
              )}
            </p>
          ))}
          <p>
            <button type="submit" className="button">
              Save the record and check it
            </button>
          </p>
        </form>
      ) : (
        <section aria-labelledby="de-results">
          <h2 id="de-results" ref={resultsHeading} tabIndex={-1}>
            Your record, checked
          </h2>
          <dl className="practice-figures">
            <div>
              <dt>Fields right</dt>
              <dd>
                {outcome.checks.filter((c) => c.correct).length} of {outcome.checks.length}
              </dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatClock(outcome.ms)}</dd>
            </div>
            <div>
              <dt>Numbers, keystrokes per hour</dt>
              <dd>{outcome.kph.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Replays</dt>
              <dd>{mode === 'audio' ? Math.max(0, plays - 1) : 'text'}</dd>
            </div>
          </dl>
          <div className="table-scroll">
            <table className="practice-table">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">The caller said</th>
                  <th scope="col">You typed</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {outcome.checks.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.label}</th>
                    <td>{c.expected}</td>
                    <td>{c.given || '(empty)'}</td>
                    <td>{c.correct ? 'Right' : c.field === 'note' ? `Missing: ${c.missing.join('; ')}` : 'Not right'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="practice-hint">
            Numbers must match digit for digit (spaces and dashes do not matter); names and addresses forgive case and spacing; the note needs the key facts.
            Keystrokes per hour count the digits you typed in the account and phone fields over the time you spent in them.
          </p>
          <blockquote className="de-script">
            <p>{caller.script}</p>
          </blockquote>
          <p className="practice-actions">
            <button type="button" className="button" onClick={() => reset()}>
              Try this call again
            </button>
            <a href="/practice/results/">All your results</a>
          </p>
        </section>
      )}
      <TenKeyDrill onDone={practice.record} />
    </div>
  );
}
