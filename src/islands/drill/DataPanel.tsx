import { useId, useRef, useState } from 'react';
import { ankiExport, ankiFileName } from '../../lib/drill/anki';
import type { DrillQuestion } from '../../lib/drill/deck';
import { mergeImported, replaceProgress } from '../../lib/drill/merge';
import type { Progress } from '../../lib/drill/progress';
import { exportFileName, exportProgress, parseImport, serialiseExport, type ImportSummary } from '../../lib/drill/transfer';
import { noteBackup } from '../../lib/sync/device';
import { randomEpochId, startEpoch } from '../../lib/sync/epoch';
import { changeDevice } from '../shared/device';
import { LaterDeviceData as DeviceData } from '../shared/later';
import { dateTimeLabel } from '../../lib/drill/when';
import { Dialog } from '../shared/Dialog';
import { download } from '../shared/download';
import type { Announce, Update } from './types';

interface Props {
  occupation: string;
  occupationTitle: string;
  questions: readonly DrillQuestion[];
  /** Every question id of this occupation: an import keeps only these. */
  questionIds: ReadonlySet<string>;
  progress: Progress;
  update: Update;
  reset: () => void;
  announce: Announce;
}

/** Export, import (validated, asks first) and reset (asks first). */
export function DataPanel({ occupation, occupationTitle, questions, questionIds, progress, update, reset, announce }: Props) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ summary: ImportSummary; progress: Progress } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const onFile = async (chosen: File | undefined) => {
    setError(null);
    if (!chosen) return;
    const result = parseImport(await chosen.text(), { now: new Date(), knownIds: questionIds });
    if (file.current) file.current.value = '';
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setPending({ summary: result.summary, progress: result.progress });
  };

  const s = pending?.summary;
  return (
    <section className="drill-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p>
        Your progress, notes and stories are kept only in this browser; nothing is sent anywhere. Export a copy to move it to another device or
        to keep it safe.
      </p>
      <div className="drill-actions">
        <button
          type="button"
          onClick={() => {
            const now = new Date();
            download(exportFileName(occupation, now), serialiseExport(exportProgress(progress, occupation, now)));
            changeDevice((meta) => noteBackup(meta, now));
            announce('Progress exported to a file.');
          }}
        >
          Export progress
        </button>
        <button
          type="button"
          onClick={() => {
            download(ankiFileName(occupation), ankiExport(questions, progress, { occupation, occupationTitle }), 'text/tab-separated-values');
            announce(`${questions.length} questions exported for Anki.`);
          }}
        >
          Export for Anki
        </button>
      </div>
      <details className="drill-howto">
        <summary>How to open the Anki file</summary>
        <ol>
          <li>In Anki on a computer, choose File › Import and pick the downloaded .txt file.</li>
          <li>Anki reads the columns itself: question on the front, why it is asked, a strong answer and your STAR notes on the back.</li>
          <li>Tags name the occupation, the question's category and each skill, so you can study one skill at a time.</li>
        </ol>
        <p>Grades you give in Anki stay in Anki; they do not come back here.</p>
      </details>
      <DeviceData />
      <div className="drill-field">
        <label htmlFor={`${id}-import`}>Import progress from a file</label>
        <input ref={file} id={`${id}-import`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </div>
      {error && (
        <p className="island-notice" role="alert">
          {error} Your progress has not changed.
        </p>
      )}
      <div className="drill-actions">
        <button type="button" className="danger" onClick={() => setConfirmReset(true)}>
          Reset progress…
        </button>
      </div>

      <Dialog open={pending !== null} title="Import this progress?" onClose={() => setPending(null)}>
        {s && (
          <>
            <p>
              This file was exported on {dateTimeLabel(new Date(s.exportedAt))} and holds {s.cards} graded cards, {s.reviews} reviews, {s.notes}{' '}
              notes and {s.stories} stories.
            </p>
            {s.dropped > 0 && (
              <p>
                {s.dropped === 1 ? 'One entry names a question' : `${s.dropped} entries name questions`} this practice does not have, so{' '}
                {s.dropped === 1 ? 'it is' : 'they are'} left out.
              </p>
            )}
            {s.clamped > 0 && (
              <p>
                {s.clamped === 1 ? 'One time' : `${s.clamped} times`} in the file {s.clamped === 1 ? 'is' : 'are'} later than this device’s clock and{' '}
                {s.clamped === 1 ? 'is' : 'are'} set to now.
              </p>
            )}
            {s.occupation !== occupation && <p className="island-notice">It was exported from a different occupation’s practice ({s.occupation}).</p>}
            <p>Merge keeps the latest of each card and note from both; replace swaps what is here for the file’s content.</p>
            <div className="drill-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  const incoming = pending?.progress;
                  if (incoming) update((p) => mergeImported(p, incoming));
                  setPending(null);
                  announce('Progress merged.');
                }}
              >
                Merge with my progress
              </button>
              <button
                type="button"
                onClick={() => {
                  const incoming = pending?.progress;
                  if (incoming) update(() => replaceProgress(incoming, startEpoch(new Date(), randomEpochId())));
                  setPending(null);
                  announce('Progress replaced.');
                }}
              >
                Replace my progress
              </button>
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </>
        )}
      </Dialog>

      <Dialog open={confirmReset} title="Reset all practice progress?" onClose={() => setConfirmReset(false)}>
        <p>This deletes your grades, review history, notes and stories for this occupation from this browser. Export first if you may want them back.</p>
        <div className="drill-actions">
          <button
            type="button"
            className="button danger"
            onClick={() => {
              reset();
              setConfirmReset(false);
              announce('Progress reset.');
            }}
          >
            Delete my progress
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            Keep it
          </button>
        </div>
      </Dialog>
    </section>
  );
}
