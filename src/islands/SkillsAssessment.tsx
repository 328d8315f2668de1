/**
 * The skills self-assessment: wires stored ratings and history, the shared-link fragment and the
 * views. Every rule lives in src/lib/assessment; this file only holds state and effects.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { assessmentDate, sinceLastTimeText } from '../lib/assessment/format';
import { sinceLastTime } from '../lib/assessment/history';
import { finish, FUTURE_RESULTS_MESSAGE, latestResult, note, openingStep, pastResults, rate, rateAgain, saveShared } from '../lib/assessment/state';
import { ASSESSMENT_FILE, ASSESSMENT_VERSION, emptyState, type AssessmentHistory, type AssessmentState, type CompletedAssessment } from '../lib/assessment/schema';
import { randomEpochId, startEpoch } from '../lib/sync/epoch';
import { assess } from '../lib/assessment/score';
import { decodeShare, encodeShare, type SharedResult } from '../lib/assessment/share';
import type { Level, ProbeQuestion, SkillProfile } from '../lib/assessment/types';
import { fromIslandData, type IslandData } from '../lib/island-data';
import { storageKey } from '../lib/storage';
import { DataBox } from './assessment/DataBox';
import { RatingForm } from './assessment/RatingForm';
import { Results } from './assessment/Results';
import { StorageNotice } from './shared/StorageNotice';
import { LaterBackupReminder as BackupReminder } from './shared/later';
import { downloadExport } from './shared/download';
import { PanelBoundary } from './shared/PanelBoundary';
import { useIslandReady } from './shared/use-island-ready';
import { useMediaQuery } from './shared/use-media-query';
import { useStored, type Sync } from './shared/use-stored';
import './assessment/assessment.css';

export interface SkillsAssessmentProps {
  occupation: string;
  occupationTitle: string;
  profile: SkillProfile;
  questions: ProbeQuestion[];
}

const assessmentSchema = () => import('../lib/assessment/stored-schema').then((m) => m.assessmentStateSchema);
/** Saves merge with other tabs' (src/lib/assessment/merge.ts); a reset starts a new epoch. */
const SYNC: Sync<AssessmentState> = {
  load: () =>
    import('../lib/assessment/merge').then(({ mergeAssessmentState, resetAssessmentState }) => ({
      merge: mergeAssessmentState,
      resetTo: (now: Date) => resetAssessmentState(startEpoch(now, randomEpochId())),
    })),
};

type View = 'form' | 'results';

/** Phones get one skill per screen: the same width as the site's phone layout (global.css). */
const PHONE = '(max-width: 40rem)';

export default function SkillsAssessment({ data }: { data: IslandData<SkillsAssessmentProps> }) {
  // One JSON text, parsed once: see src/lib/island-data.ts.
  const [{ occupation, occupationTitle, profile, questions }] = useState(() => fromIslandData(data));
  const stored = useStored(storageKey('assessment', occupation), assessmentSchema, ASSESSMENT_VERSION, emptyState, undefined, SYNC);
  const state = stored.value;
  const skillIds = useMemo(() => profile.map((s) => s.id), [profile]);
  const [view, setView] = useState<View>('form');
  const [shared, setShared] = useState<SharedResult | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [hashRead, setHashRead] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const focusResults = useRef(false);
  const phone = useMediaQuery(PHONE);
  const [step, setStep] = useState(0);

  // A shared result arrives in the fragment and is never stored unless asked. It is read again on
  // every hash change: a counselor opening a second client's link in the same tab must see that
  // client's result, not the first one's.
  useEffect(() => {
    const read = (moved: boolean) => {
      const fragment = window.location.hash.slice(1);
      if (fragment) {
        const decoded = decodeShare(fragment, { occupation, skillIds });
        setShared(decoded.ok ? decoded.value : null);
        setShareError(decoded.ok ? null : decoded.error);
      } else {
        setShared(null);
        setShareError(null);
      }
      if (moved) focusResults.current = true;
    };
    // The first read follows hydration: as a transition, so the re-render comes in slices.
    startTransition(() => {
      read(false);
      setHashRead(true);
    });
    const onHash = () => read(true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [occupation, skillIds]);

  // Someone who has finished an assessment comes back to their results, and a draft opens at its
  // first skill not yet rated. Decided once, while rendering the saved state in (React's "adjust
  // state while rendering"): an effect would cost the whole island a second render and commit.
  const [opened, setOpened] = useState(false);
  if (stored.ready && !opened) {
    setOpened(true);
    if (state.history.length > 0 && Object.keys(state.draft.ratings).length === 0) setView('results');
    setStep(openingStep(profile, state.draft.ratings));
  }

  const ready = stored.ready && hashRead;
  // The long form stands until the island is ready, so what the server sent is what first shows.
  const stepped = phone && ready;
  const root = useIslandReady<HTMLDivElement>(ready);

  // Results open at their headline, and rating again opens at the form's top, whatever was scrolled before.
  const focusForm = useRef(false);
  useEffect(() => {
    const title = focusResults.current ? document.getElementById('results-title') : null;
    if (title) {
      title.focus({ preventScroll: true });
      title.scrollIntoView({ block: 'start' });
    }
    focusResults.current = false;
    const first = focusForm.current ? profile[step] : undefined;
    if (first) {
      document.getElementById(`skill-${first.id}-title`)?.focus({ preventScroll: true });
      document.querySelector('.assess-form')?.scrollIntoView({ block: 'start' });
    }
    focusForm.current = false;
  });

  const announce = useCallback((text: string) => setMessage(text), []);
  const update = stored.update;
  // Stable, so rating one skill re-renders that skill alone (see SkillRating).
  const onRate = useCallback((skillId: string, level: Level) => update((s) => rate(s, skillId, level)), [update]);
  const onNote = useCallback((skillId: string, text: string) => update((s) => note(s, skillId, text)), [update]);

  // Until storage is read the server's view stands: the form, with nothing rated yet.
  const now = new Date();
  const past = ready ? pastResults(state.history, now) : [];
  const future = state.history.length - past.length;
  const latest: CompletedAssessment | undefined = ready ? latestResult(state.history, now) : undefined;
  const exportMine = () => void downloadExport(ASSESSMENT_FILE, occupation, { history: state.history });
  const panel = (name: string, body: ReactNode) => (
    <PanelBoundary name={name} onExport={exportMine}>
      {body}
    </PanelBoundary>
  );
  const input = { occupation, profile, questions };
  const shareUrl = (entry: { ratings: CompletedAssessment['ratings']; completedAt: string }) =>
    `${window.location.origin}${window.location.pathname}#${encodeShare({ occupation, ratings: entry.ratings, completedAt: entry.completedAt }, skillIds)}`;

  if (shared) {
    return (
      <div ref={root} className="assess">
        <p className="assess-shared-banner" role="status">
          <strong>Shared result.</strong> Someone shared these ratings with you by link; they are shown here and not saved in this browser.
        </p>
        {panel(
          'The shared result',
          <Results
            key={`${shared.completedAt}:${JSON.stringify(shared.ratings)}`}
            voice="shared"
            result={assess(input, shared.ratings)}
            profile={profile}
            questions={questions}
            occupationTitle={occupationTitle}
            completedLabel={`completed ${assessmentDate(shared.completedAt, 'UTC')}`}
            since={null}
          />,
        )}
        <div className="assess-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print this report
          </button>
          <button
            type="button"
            onClick={() => {
              update((s) => saveShared(s, occupation, shared));
              history.replaceState(null, '', window.location.pathname + window.location.search);
              setShared(null);
              setView('results');
              announce('Saved as yours in this browser.');
            }}
          >
            Save as mine
          </button>
          <button
            type="button"
            onClick={() => {
              history.replaceState(null, '', window.location.pathname + window.location.search);
              setShared(null);
            }}
          >
            Rate myself instead
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {message}
        </p>
      </div>
    );
  }

  const replaceHistory = (next: AssessmentHistory) => update((s) => ({ ...s, history: next }));
  const since = sinceLastTime(past, profile);

  return (
    <div ref={root} className="assess">
      <StorageNotice notice={stored.notice} />
      <BackupReminder after={ready} />
      {future > 0 && (
        <p className="island-notice" role="status">
          {FUTURE_RESULTS_MESSAGE(future)}
        </p>
      )}
      {shareError && (
        <p className="island-notice" role="alert">
          {shareError}
        </p>
      )}
      {view === 'results' && latest ? (
        <>
          {panel(
            'Your results',
            <Results
              voice="self"
              result={assess(input, latest.ratings)}
              profile={profile}
              questions={questions}
              occupationTitle={occupationTitle}
              completedLabel={`completed ${assessmentDate(latest.completedAt)}`}
              since={since ? sinceLastTimeText(since) : null}
              deltas={since?.deltas}
            />,
          )}
          <section className="assess-box no-print" aria-labelledby="share-title">
            <h2 id="share-title">Share or print</h2>
            <p>
              The link carries your ratings after the # sign, which browsers never send to a server. Your notes are not included. Whoever opens it
              sees your results; nothing is saved on their side unless they choose to.
            </p>
            <div className="assess-actions">
              <button
                type="button"
                className="button"
                onClick={async () => {
                  const url = shareUrl(latest);
                  setCopied(url);
                  try {
                    await navigator.clipboard.writeText(url);
                    announce('Link copied.');
                  } catch {
                    announce('Copy the link from the box below.');
                  }
                }}
              >
                Copy link
              </button>
              <button type="button" onClick={() => window.print()}>
                Print my readiness report
              </button>
            </div>
            {copied && (
              <p>
                <label htmlFor="share-link">Your link</label>
                <input id="share-link" className="assess-link" type="text" readOnly value={copied} onFocus={(e) => e.currentTarget.select()} />
              </p>
            )}
          </section>
          {state.history.length > 1 && (
            <section className="assess-box no-print" aria-labelledby="history-title">
              <h2 id="history-title">Your earlier results</h2>
              <ol reversed className="assess-history">
                {[...state.history].reverse().map((entry) => (
                  <li key={entry.completedAt}>
                    {assessmentDate(entry.completedAt)}: {assess(input, entry.ratings).readiness.percent ?? '–'}% ready
                  </li>
                ))}
              </ol>
            </section>
          )}
          <p className="no-print">
            <button
              type="button"
              className="button"
              onClick={() => {
                update((s) => rateAgain(s, latest));
                setStep(0);
                focusForm.current = true;
                setView('form');
              }}
            >
              Rate myself again
            </button>
          </p>
        </>
      ) : (
        panel(
          'The rating form',
          <RatingForm
            occupationTitle={occupationTitle}
            profile={profile}
            draft={state.draft}
            ready={ready}
            stepped={stepped}
            step={step}
            onStep={setStep}
            onRate={onRate}
            onNote={onNote}
            onFinish={() => {
              const at = new Date();
              update((s) => finish(s, occupation, profile, at));
              focusResults.current = true;
              setView('results');
              announce('Results ready.');
            }}
          />,
        )
      )}
      {panel(
        'Your data',
        <DataBox
          occupation={occupation}
          history={state.history}
          replaceHistory={replaceHistory}
          replaceAll={(history) => update((s) => ({ ...s, history, epoch: startEpoch(new Date(), randomEpochId()) }))}
          reset={stored.reset}
          announce={announce}
        />,
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
