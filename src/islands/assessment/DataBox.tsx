import { assessmentDate } from '../../lib/assessment/format';
import type { HistoryMerge, ImportSummary } from '../../lib/assessment/transfer';
import { ASSESSMENT_FILE, HISTORY_CAP, type AssessmentHistory } from '../../lib/assessment/schema';
import { DataPanel, type Action, type FileRead } from '../shared/DataPanel';
import { downloadBackup, EXPORT_FAILED } from '../shared/download';

interface Props {
  occupation: string;
  history: AssessmentHistory;
  replaceHistory: (history: AssessmentHistory) => void;
  /** "Replace mine": the file's history in a new epoch, so another tab cannot merge the old back. */
  replaceAll: (history: AssessmentHistory) => void;
  reset: () => void;
  announce: (message: string) => void;
}

interface Pending {
  summary: ImportSummary;
  history: AssessmentHistory;
  /** Assessments in the file that are not in this browser yet. */
  fresh: number;
  merged: HistoryMerge;
}

/** How many assessments the file holds, which are kept, and, past the cap, what the choice is. */
function describe({ summary, fresh, merged }: Pending, mine: number) {
  return (
    <>
      <p>
        The file holds {summary.inFile} {summary.inFile === 1 ? 'assessment' : 'assessments'}
        {summary.inFile > summary.assessments ? `; the newest ${summary.assessments} (one per moment) are kept, ` : ', '}
        from {assessmentDate(summary.first)} to {assessmentDate(summary.last)}; {fresh} of them are not in this browser yet.
      </p>
      {merged.over > 0 && (
        <p className="island-notice">
          Together that makes {merged.all.length} results, more than the {HISTORY_CAP} this browser keeps for one occupation. Choose which to
          keep: the newest {HISTORY_CAP} from both, or all {mine} of yours and the newest of the file’s that fit.
        </p>
      )}
    </>
  );
}

/** The assessment's export, import and delete, in the shared data panel. */
export function DataBox({ occupation, history, replaceHistory, replaceAll, reset, announce }: Props) {
  const read = async (text: string): Promise<FileRead<Pending>> => {
    // The validator loads with the first file chosen, not with the page.
    const { countNew, mergeHistory, parseImport } = await import('../../lib/assessment/transfer');
    const result = parseImport(text, occupation);
    if (!result.ok) return result;
    return { ok: true, value: { summary: result.summary, history: result.history, fresh: countNew(history, result.history), merged: mergeHistory(history, result.history) } };
  };
  const choices = ({ history: incoming, merged }: Pending): Action[] => [
    ...(merged.over > 0
      ? [
          {
            label: `Keep the newest ${HISTORY_CAP}`,
            run: () => {
              replaceHistory(merged.newest);
              announce(`Results merged: the newest ${merged.newest.length} kept.`);
            },
          },
          {
            label: 'Keep all of mine first',
            run: () => {
              replaceHistory(merged.mineFirst);
              announce(`Results merged: all of yours kept, ${merged.mineFirst.length - history.length} added.`);
            },
          },
        ]
      : [
          {
            label: 'Add them to mine',
            run: () => {
              replaceHistory(merged.all);
              announce(`Results merged: ${merged.all.length} kept.`);
            },
          },
        ]),
    {
      label: 'Replace mine',
      run: () => {
        replaceAll(incoming);
        announce('Results replaced.');
      },
    },
  ];
  return (
    <DataPanel<Pending>
      className="assess-box no-print"
      intro={<p>Your results are kept only in this browser. Export them to keep a copy or move them to another device.</p>}
      exports={[
        {
          label: 'Export my results',
          disabled: history.length === 0,
          // The file format and the device notes load with the first export, not with the page.
          run: () =>
            void downloadBackup(ASSESSMENT_FILE, occupation, { history }).then(
              () => announce('Results exported to a file.'),
              () => announce(EXPORT_FAILED),
            ),
        },
      ]}
      importLabel="Import results from a file"
      read={read}
      unchanged="Your results have not changed."
      importTitle="Import these results?"
      describe={(pending) => describe(pending, history.length)}
      choices={choices}
      reset={{
        label: 'Delete my results…',
        title: 'Delete your results?',
        body: 'This deletes your ratings, notes and past results for this occupation from this browser. Export them first to keep a copy.',
        confirm: 'Delete my results',
        keep: 'Keep them',
        done: 'Results deleted.',
      }}
      onReset={reset}
      announce={announce}
    />
  );
}
