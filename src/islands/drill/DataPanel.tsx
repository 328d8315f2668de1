import { ankiExport, ankiFileName } from '../../lib/drill/anki';
import type { DrillQuestion } from '../../lib/drill/deck';
import { mergeImported, replaceProgress } from '../../lib/drill/merge';
import { PROGRESS_FILE, type Progress } from '../../lib/drill/progress';
import { parseImport, type ImportSummary } from '../../lib/drill/transfer';
import { randomEpochId, startEpoch } from '../../lib/sync/epoch';
import { DataPanel as SharedDataPanel, type FileRead } from '../shared/DataPanel';
import { dateTimeLabel } from '../../lib/drill/when';
import { download, downloadBackup, EXPORT_FAILED } from '../shared/download';
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

interface Pending {
  summary: ImportSummary;
  progress: Progress;
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What the file holds, what was left out or corrected, and what merge and replace do. */
function describe({ summary: s }: Pending, occupation: string) {
  return (
    <>
      <p>
        This file was exported on {dateTimeLabel(new Date(s.exportedAt))} and holds {s.cards} graded cards, {s.reviews} reviews, {s.notes}{' '}
        notes and {s.stories} stories.
      </p>
      {s.dropped > 0 && (
        <p>
          {s.dropped === 1 ? 'One entry names a question' : `${s.dropped} entries name questions`} this practice does not have, so{' '}
          {count(s.dropped, 'it is', 'they are')} left out.
        </p>
      )}
      {s.clamped > 0 && (
        <p>
          {s.clamped === 1 ? 'One time' : `${s.clamped} times`} in the file {count(s.clamped, 'is', 'are')} later than this device’s clock and{' '}
          {count(s.clamped, 'is', 'are')} set to now.
        </p>
      )}
      {s.occupation !== occupation && <p className="island-notice">It was exported from a different occupation’s practice ({s.occupation}).</p>}
      <p>Merge keeps the latest of each card and note from both; replace swaps what is here for the file’s content.</p>
    </>
  );
}

/** The drill's export (progress, Anki), import and reset, in the shared data panel. */
export function DataPanel({ occupation, occupationTitle, questions, questionIds, progress, update, reset, announce }: Props) {
  const read = (text: string): FileRead<Pending> => {
    const result = parseImport(text, { now: new Date(), knownIds: questionIds });
    return result.ok ? { ok: true, value: { summary: result.summary, progress: result.progress } } : result;
  };
  return (
    <SharedDataPanel<Pending>
      className="drill-card"
      intro={
        <p>
          Your progress, notes and stories are kept only in this browser; nothing is sent anywhere. Export a copy to move it to another device
          or to keep it safe.
        </p>
      }
      exports={[
        {
          label: 'Export progress',
          run: () =>
            void downloadBackup(PROGRESS_FILE, occupation, { progress }).then(
              () => announce('Progress exported to a file.'),
              () => announce(EXPORT_FAILED),
            ),
        },
        {
          label: 'Export for Anki',
          run: () => {
            download(ankiFileName(occupation), ankiExport(questions, progress, { occupation, occupationTitle }), 'text/tab-separated-values');
            announce(`${questions.length} questions exported for Anki.`);
          },
        },
      ]}
      importLabel="Import progress from a file"
      read={read}
      unchanged="Your progress has not changed."
      importTitle="Import this progress?"
      describe={(pending) => describe(pending, occupation)}
      choices={(pending) => [
        {
          label: 'Merge with my progress',
          run: () => {
            update((p) => mergeImported(p, pending.progress));
            announce('Progress merged.');
          },
        },
        {
          label: 'Replace my progress',
          run: () => {
            update(() => replaceProgress(pending.progress, startEpoch(new Date(), randomEpochId())));
            announce('Progress replaced.');
          },
        },
      ]}
      reset={{
        label: 'Reset progress…',
        title: 'Reset all practice progress?',
        body: 'This deletes your grades, review history, notes and stories for this occupation from this browser. Export first if you may want them back.',
        confirm: 'Delete my progress',
        keep: 'Keep it',
        done: 'Progress reset.',
      }}
      onReset={reset}
      announce={announce}
    >
      <details className="drill-howto">
        <summary>How to open the Anki file</summary>
        <ol>
          <li>In Anki on a computer, choose File › Import and pick the downloaded .txt file.</li>
          <li>Anki reads the columns itself: question on the front, why it is asked, a strong answer and your STAR notes on the back.</li>
          <li>Tags name the occupation, the question's category and each skill, so you can study one skill at a time.</li>
        </ol>
        <p>Grades you give in Anki stay in Anki; they do not come back here.</p>
      </details>
    </SharedDataPanel>
  );
}
