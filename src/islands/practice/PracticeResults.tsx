/**
 * Every practice attempt kept in this browser: a trend per test, a printable summary that says
 * it is practice, and export, import (validated, asks before merging) and delete.
 */
import { useRef, useState } from 'react';
import { countNewAttempts, exportPractice, mergeAttempts, practiceFileName, type Attempt } from '../../lib/practice/attempts';
import { trends } from '../../lib/practice/trends';
import { Dialog } from '../shared/Dialog';
import { download } from '../shared/download';
import { StorageNotice } from '../shared/StorageNotice';
import { LineChart } from './LineChart';
import { useIslandReady } from '../shared/use-island-ready';
import { usePractice } from './use-practice';
import './practice.css';

const dateText = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export default function PracticeResults() {
  const practice = usePractice();
  const root = useIslandReady<HTMLDivElement>(practice.ready);
  const state = practice.value;
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Attempt[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const list = trends(state);

  const onFile = async (chosen: File | undefined) => {
    setError(null);
    if (!chosen) return;
    const { parsePracticeImport } = await import('../../lib/practice/attempts-schema');
    const result = parsePracticeImport(await chosen.text());
    if (file.current) file.current.value = '';
    if (!result.ok) setError(result.error);
    else setPending(result.attempts);
  };

  return (
    <div className="practice" ref={root}>
      <StorageNotice notice={practice.notice} />
      <p className="practice-print-note">
        <strong>Practice results, not a certificate.</strong> These scores come from practice tests on this site, taken without supervision.
      </p>
      {!practice.ready ? (
        <p>Reading your results…</p>
      ) : list.length === 0 ? (
        <p>No attempts yet. Take a test and your results will appear here.</p>
      ) : (
        list.map((t) => (
          <section key={t.test} aria-labelledby={`trend-${t.test}`} className="practice-trend">
            <h2 id={`trend-${t.test}`}>{t.name}</h2>
            <p>
              {t.points.length} attempt{t.points.length === 1 ? '' : 's'}; latest {dateText(t.points.at(-1)!.at)}.
            </p>
            <LineChart title={`${t.name}: ${t.unit}`} unit={t.unit} points={t.points.map((p) => ({ label: dateText(p.at), value: p.value }))} {...(t.max === undefined ? {} : { max: t.max })} />
          </section>
        ))
      )}
      <section aria-labelledby="results-data" className="no-print">
        <h2 id="results-data">Print, export, import</h2>
        <p className="practice-actions">
          <button type="button" className="button" disabled={list.length === 0} onClick={() => window.print()}>
            Print my results
          </button>
          <button
            type="button"
            disabled={state.attempts.length === 0}
            onClick={() => {
              const now = new Date();
              download(practiceFileName(now), exportPractice(state, now));
              setMessage('Results exported to a file.');
            }}
          >
            Export my results
          </button>
        </p>
        <p className="practice-hint">The printout says plainly that these are practice results, not a certificate.</p>
        <p className="practice-field">
          <label htmlFor="results-import">Import results from a file</label>
          <input ref={file} id="results-import" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        </p>
        {error && (
          <p className="island-notice" role="alert">
            {error} Your results have not changed.
          </p>
        )}
        <p>
          <button type="button" disabled={state.attempts.length === 0} onClick={() => setConfirmDelete(true)}>
            Delete my results…
          </button>
        </p>
        <p role="status">{message}</p>
      </section>
      <Dialog open={pending !== null} title="Import these results?" onClose={() => setPending(null)}>
        {pending && (
          <>
            <p>
              The file holds {pending.length} attempt{pending.length === 1 ? '' : 's'}; {countNewAttempts(state.attempts, pending)} of them are not in this
              browser yet.
            </p>
            <p className="practice-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  const incoming = pending;
                  practice.update((current) => mergeAttempts(current.attempts, incoming));
                  setPending(null);
                  setMessage('Results merged.');
                }}
              >
                Add them to mine
              </button>
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
            </p>
          </>
        )}
      </Dialog>
      <Dialog open={confirmDelete} title="Delete your practice results?" onClose={() => setConfirmDelete(false)}>
        <p>This deletes every practice attempt from this browser. Export them first to keep a copy.</p>
        <p className="practice-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              practice.reset();
              setConfirmDelete(false);
              setMessage('Results deleted.');
            }}
          >
            Delete my results
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep them
          </button>
        </p>
      </Dialog>
    </div>
  );
}
