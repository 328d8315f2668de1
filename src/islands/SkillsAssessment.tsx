/**
 * The skills self-assessment: wires stored ratings and history, the shared-link fragment and the
 * views. Every rule lives in src/lib/assessment; this file only holds state and effects.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { assessmentDate, sinceLastTimeText } from '../lib/assessment/format';
import { addToHistory, completeAssessment, sinceLastTime } from '../lib/assessment/history';
import { ASSESSMENT_VERSION, emptyState, type AssessmentHistory, type CompletedAssessment } from '../lib/assessment/schema';
import { assess } from '../lib/assessment/score';
import { decodeShare, encodeShare, type SharedResult } from '../lib/assessment/share';
import type { Level, ProbeQuestion, SkillProfile } from '../lib/assessment/types';
import { storageKey } from '../lib/storage';
import { DataBox } from './assessment/DataBox';
import { RatingForm } from './assessment/RatingForm';
import { Results } from './assessment/Results';
import { StorageNotice } from './shared/StorageNotice';
import { useStored } from './shared/use-stored';
import './assessment/assessment.css';

interface Props {
  occupation: string;
  occupationTitle: string;
  profile: SkillProfile;
  questions: ProbeQuestion[];
}

const assessmentSchema = () => import('../lib/assessment/stored-schema').then((m) => m.assessmentStateSchema);

type View = 'form' | 'results';

export default function SkillsAssessment({ occupation, occupationTitle, profile, questions }: Props) {
  const stored = useStored(storageKey('assessment', occupation), assessmentSchema, ASSESSMENT_VERSION, emptyState);
  const state = stored.value;
  const skillIds = useMemo(() => profile.map((s) => s.id), [profile]);
  const [view, setView] = useState<View>('form');
  const [shared, setShared] = useState<SharedResult | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [hashRead, setHashRead] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);

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
    read(false);
    setHashRead(true);
    const onHash = () => read(true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [occupation, skillIds]);

  // Someone who has finished an assessment comes back to their results.
  const decided = useRef(false);
  useEffect(() => {
    if (!stored.ready || decided.current) return;
    decided.current = true;
    const hasDraft = Object.keys(state.draft.ratings).length > 0;
    if (state.history.length > 0 && !hasDraft) setView('results');
  }, [stored.ready, state]);

  const ready = stored.ready && hashRead;
  useEffect(() => {
    if (!ready || !root.current || root.current.dataset['islandReady']) return;
    root.current.dataset['islandReady'] = 'true';
    performance.mark('island-ready');
  }, [ready]);

  // Results open at their headline, whatever was scrolled before.
  useEffect(() => {
    const title = focusResults.current ? document.getElementById('results-title') : null;
    if (title) {
      title.focus({ preventScroll: true });
      title.scrollIntoView({ block: 'start' });
    }
    focusResults.current = false;
  });

  const announce = useCallback((text: string) => setMessage(text), []);
  const update = stored.update;

  if (!ready) return <div ref={root} className="assess" aria-busy="true" />;

  const latest: CompletedAssessment | undefined = state.history.at(-1);
  const input = { occupation, profile, questions };
  const shareUrl = (entry: { ratings: CompletedAssessment['ratings']; completedAt: string }) =>
    `${window.location.origin}${window.location.pathname}#${encodeShare({ occupation, ratings: entry.ratings, completedAt: entry.completedAt }, skillIds)}`;

  if (shared) {
    return (
      <div ref={root} className="assess">
        <p className="assess-shared-banner" role="status">
          <strong>Shared result.</strong> Someone shared these ratings with you by link; they are shown here and not saved in this browser.
        </p>
        <Results
          key={`${shared.completedAt}:${JSON.stringify(shared.ratings)}`}
          voice="shared"
          result={assess(input, shared.ratings)}
          profile={profile}
          questions={questions}
          occupationTitle={occupationTitle}
          completedLabel={`completed ${assessmentDate(shared.completedAt, 'UTC')}`}
          since={null}
        />
        <div className="assess-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print this report
          </button>
          <button
            type="button"
            onClick={() => {
              update((s) => ({ ...s, history: addToHistory(s.history, { occupation, ratings: shared.ratings, completedAt: shared.completedAt }) }));
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
  const since = sinceLastTime(state.history, profile);

  return (
    <div ref={root} className="assess">
      <StorageNotice notice={stored.notice} />
      {shareError && (
        <p className="island-notice" role="alert">
          {shareError}
        </p>
      )}
      {view === 'results' && latest ? (
        <>
          <Results
            voice="self"
            result={assess(input, latest.ratings)}
            profile={profile}
            questions={questions}
            occupationTitle={occupationTitle}
            completedLabel={`completed ${assessmentDate(latest.completedAt)}`}
            since={since ? sinceLastTimeText(since) : null}
            deltas={since?.deltas}
          />
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
                update((s) => ({ ...s, draft: { ratings: { ...latest.ratings }, notes: { ...(latest.notes ?? {}) } } }));
                setView('form');
              }}
            >
              Rate myself again
            </button>
          </p>
        </>
      ) : (
        <RatingForm
          occupationTitle={occupationTitle}
          profile={profile}
          draft={state.draft}
          onRate={(skillId: string, level: Level) => update((s) => ({ ...s, draft: { ...s.draft, ratings: { ...s.draft.ratings, [skillId]: level } } }))}
          onNote={(skillId: string, note: string) => update((s) => ({ ...s, draft: { ...s.draft, notes: { ...s.draft.notes, [skillId]: note } } }))}
          onFinish={() => {
            const done = completeAssessment(occupation, profile, state.draft, new Date());
            update((s) => ({ draft: { ratings: {}, notes: {} }, history: addToHistory(s.history, done) }));
            focusResults.current = true;
            setView('results');
            announce('Results ready.');
          }}
        />
      )}
      <DataBox occupation={occupation} history={state.history} replaceHistory={replaceHistory} reset={stored.reset} announce={announce} />
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
