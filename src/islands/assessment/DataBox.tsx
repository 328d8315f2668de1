import { useId, useRef, useState } from 'react';
import type { AssessmentHistory } from '../../lib/assessment/schema';
import { assessmentDate } from '../../lib/assessment/format';
import { exportFileName, exportHistory, serialiseExport } from '../../lib/assessment/export-file';
import type { HistoryMerge, ImportSummary } from '../../lib/assessment/transfer';
import { HISTORY_CAP } from '../../lib/assessment/schema';
import { noteBackup } from '../../lib/sync/device';
import { changeDevice } from '../shared/device';
import { LaterDeviceData as DeviceData } from '../shared/later';
import { Dialog } from '../shared/Dialog';
import { download } from '../shared/download';

interface Props {
  occupation: string;
  history: AssessmentHistory;
  replaceHistory: (history: AssessmentHistory) => void;
  /** "Replace mine": the file's history in a new epoch, so another tab cannot merge the old back. */
  replaceAll: (history: AssessmentHistory) => void;
  reset: () => void;
  announce: (message: string) => void;
}

/** Export, import (validated; asks before merging or replacing) and reset (asks first). */
export function DataBox({ occupation, history, replaceHistory, replaceAll, reset, announce }: Props) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ summary: ImportSummary; history: AssessmentHistory; fresh: number; merged: HistoryMerge } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const onFile = async (chosen: File | undefined) => {
    setError(null);
    if (!chosen) return;
    // The validator loads with the first file chosen, not with the page.
    const [{ countNew, mergeHistory, parseImport }, text] = await Promise.all([import('../../lib/assessment/transfer'), chosen.text()]);
    const result = parseImport(text, occupation);
    if (file.current) file.current.value = '';
    if (!result.ok) setError(result.error);
    else setPending({ summary: result.summary, history: result.history, fresh: countNew(history, result.history), merged: mergeHistory(history, result.history) });
  };

  const merged = pending?.merged ?? null;
  return (
    <section className="assess-box no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p>Your results are kept only in this browser. Export them to keep a copy or move them to another device.</p>
      <p>
        <button
          type="button"
          disabled={history.length === 0}
          onClick={() => {
            const now = new Date();
            download(exportFileName(occupation, now), serialiseExport(exportHistory(history, occupation, now)));
            changeDevice((meta) => noteBackup(meta, now));
            announce('Results exported to a file.');
          }}
        >
          Export my results
        </button>
      </p>
      <p>
        <label htmlFor={`${id}-import`}>Import results from a file</label>{' '}
        <input ref={file} id={`${id}-import`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </p>
      {error && (
        <p className="island-notice" role="alert">
          {error} Your results have not changed.
        </p>
      )}
      <DeviceData />
      <p>
        <button type="button" className="danger" onClick={() => setConfirmReset(true)}>
          Delete my results…
        </button>
      </p>
      <Dialog open={pending !== null} title="Import these results?" onClose={() => setPending(null)}>
        {pending && (
          <>
            <p>
              The file holds {pending.summary.inFile} {pending.summary.inFile === 1 ? 'assessment' : 'assessments'}
              {pending.summary.inFile > pending.summary.assessments
                ? `; the newest ${pending.summary.assessments} (one per moment) are kept, `
                : ', '}
              from {assessmentDate(pending.summary.first)} to {assessmentDate(pending.summary.last)}; {pending.fresh} of them are not
              in this browser yet.
            </p>
            {merged && merged.over > 0 && (
              <p className="island-notice">
                Together that makes {merged.all.length} results, more than the {HISTORY_CAP} this browser keeps for one occupation. Choose which to
                keep: the newest {HISTORY_CAP} from both, or all {history.length} of yours and the newest of the file’s that fit.
              </p>
            )}
            <div className="assess-actions">
              {merged && merged.over > 0 ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      replaceHistory(merged.newest);
                      setPending(null);
                      announce(`Results merged: the newest ${merged.newest.length} kept.`);
                    }}
                  >
                    Keep the newest {HISTORY_CAP}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      replaceHistory(merged.mineFirst);
                      setPending(null);
                      announce(`Results merged: all of yours kept, ${merged.mineFirst.length - history.length} added.`);
                    }}
                  >
                    Keep all of mine first
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    if (merged) replaceHistory(merged.all);
                    setPending(null);
                    announce(`Results merged: ${merged?.all.length ?? history.length} kept.`);
                  }}
                >
                  Add them to mine
                </button>
              )}
              <button
                type="button"
                onClick={() => {
                  replaceAll(pending.history);
                  setPending(null);
                  announce('Results replaced.');
                }}
              >
                Replace mine
              </button>
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </>
        )}
      </Dialog>
      <Dialog open={confirmReset} title="Delete your results?" onClose={() => setConfirmReset(false)}>
        <p>This deletes your ratings, notes and past results for this occupation from this browser. Export them first to keep a copy.</p>
        <div className="assess-actions">
          <button
            type="button"
            className="button danger"
            onClick={() => {
              reset();
              setConfirmReset(false);
              announce('Results deleted.');
            }}
          >
            Delete my results
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            Keep them
          </button>
        </div>
      </Dialog>
    </section>
  );
}
