/**
 * The interview drill: wires stored progress, the URL's deck and the clock to the views. Every
 * rule lives in src/lib/drill; this file only holds state and effects.
 */
import { lazy, startTransition, useCallback, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { ASSESSMENT_VERSION } from '../lib/assessment/schema';
import { deckFacets, deckQuery, filterDeck, parseDeckQuery } from '../lib/drill/deck';
import { deckLabel, statusLine } from '../lib/drill/labels';
import { customDeck } from '../lib/drill/custom-deck';
import { emptyProgress, PROGRESS_FILE, PROGRESS_VERSION, type Progress } from '../lib/drill/progress';
import { FUTURE_DATES_MESSAGE, repairProgress } from '../lib/drill/repair';
import { counts, type QueueOptions } from '../lib/drill/queue';
import { fromIslandData, type IslandData } from '../lib/island-data';
import { storageKey } from '../lib/storage';
import { DeckName, DeckPicker, type Filters } from './drill/DeckPicker';
import { DailyLimits } from './drill/DailyLimits';
import { InterviewDate } from './drill/InterviewDate';
import { isShortcutEvent } from './drill/keys';
import { Practice } from './drill/Practice';
import { loadReview, useReview } from './drill/review-loader';
import { StorageNotice } from './shared/StorageNotice';
import { Tabs } from './drill/Tabs';
import type { DrillProps } from './drill/types';
import { PanelBoundary } from './shared/PanelBoundary';
import { useIslandReady } from './shared/use-island-ready';
import { LaterBackupReminder as BackupReminder } from './shared/later';
import { useStored, useStoredReadOnly, type Sync } from './shared/use-stored';
import './drill/drill.css';

// Panels not shown at first load when opened, so the first view carries only what it needs.
const MockInterview = lazy(() => import('./drill/MockInterview').then((m) => ({ default: m.MockInterview })));
const ProgressPanel = lazy(() => import('./drill/ProgressPanel').then((m) => ({ default: m.ProgressPanel })));
const StoryBank = lazy(() => import('./drill/StoryBank').then((m) => ({ default: m.StoryBank })));
const DataPanel = lazy(() => import('./drill/DataPanel').then((m) => ({ default: m.DataPanel })));
const CustomQuestions = lazy(() => import('./drill/CustomQuestions').then((m) => ({ default: m.CustomQuestions })));
const Shortcuts = lazy(() => import('./drill/Shortcuts').then((m) => ({ default: m.Shortcuts })));

const progressSchema = () => import('../lib/drill/progress-schema').then((m) => m.progressSchema);
/** Saves merge with other tabs' (src/lib/drill/merge.ts, then merge-settled.ts); a reset starts a new epoch. */
const SYNC: Sync<Progress> = {
  load: () =>
    Promise.all([import('../lib/drill/merge'), import('../lib/drill/merge-settled'), import('../lib/sync/epoch')]).then(([{ resetProgress }, { mergeSettled }, { randomEpochId, startEpoch }]) => ({
      merge: mergeSettled,
      resetTo: (now: Date) => resetProgress(emptyProgress(), startEpoch(now, randomEpochId())),
    })),
};
const assessmentSchema = () => import('../lib/assessment/stored-schema').then((m) => m.assessmentStateSchema);

/** Saved progress with no time after now; the user is told once when a time was clamped. */
function repairStored(progress: Progress, now: Date) {
  const repaired = repairProgress(progress, now);
  return { value: repaired.progress, message: repaired.clamped > 0 ? FUTURE_DATES_MESSAGE(repaired.clamped) : null };
}

type View = 'practice' | 'mock' | 'progress' | 'stories' | 'data';
const VIEWS = [
  { key: 'practice', label: 'Practice' },
  { key: 'mock', label: 'Mock interview' },
  { key: 'progress', label: 'Progress' },
  { key: 'stories', label: 'Stories' },
  { key: 'data', label: 'Your data' },
] as const;

/**
 * The clock the queue reads; a minute is fine enough for "due". Until the island is ready it is
 * the moment the page was built, so the server's HTML and the first client render are the same.
 * It ticks every 30 s once ready; the render that makes the island ready reads `Date.now()` itself
 * (see `now` below), so setting the clock then would only cost a second render of the island.
 */
function useNow(renderedAt: string, ready: boolean): Date {
  const [now, setNow] = useState(() => new Date(renderedAt));
  useEffect(() => {
    if (!ready) return;
    // A tick is never urgent: as a transition it yields to a key pressed while it renders.
    const timer = window.setInterval(() => startTransition(() => setNow(new Date())), 30_000);
    return () => window.clearInterval(timer);
  }, [ready]);
  return now;
}

export default function InterviewDrill({ data }: { data: IslandData<DrillProps> }) {
  // One JSON text, parsed once: see src/lib/island-data.ts.
  const [props] = useState(() => fromIslandData(data));
  const { occupation, occupationTitle, questions, skillNames, profile, guideHref, skillsHref, renderedAt } = props;
  const stored = useStored(storageKey('drill', occupation), progressSchema, PROGRESS_VERSION, emptyProgress, repairStored, SYNC);
  const assessment = useStoredReadOnly(storageKey('assessment', occupation), assessmentSchema, ASSESSMENT_VERSION);
  const update = stored.update;
  const [urlRead, setUrlRead] = useState(false);
  // Saved cards already seen need their predicted recall (ts-fsrs) to order the queue: the
  // scheduler loads with them. A new deck's first view needs none; it loads with the first answer.
  const review = useReview();
  const [reviewFailed, setReviewFailed] = useState(false);
  // The scheduler is fetched as soon as the island hydrates (not with the page's first script),
  // and the drill takes keys once it has arrived: keys typed while a module arrives mid-card were
  // lost in e2e runs (a fast "Space, 4" could be dropped), so grading never waits on a fetch.
  const needsReview = stored.ready;
  useEffect(() => {
    if (review) return;
    // In a task of its own: asking for a module (and its preload links) is not added to the
    // task that runs the hydrated island's first effects, which is long enough already.
    const timer = window.setTimeout(() => void loadReview().catch(() => setReviewFailed(true)), 0);
    return () => window.clearTimeout(timer);
  }, [review]);
  // Once ready, always ready: cards merged in later load the scheduler without blanking the view.
  const wasReady = useRef(false);
  const ready = wasReady.current || (stored.ready && urlRead && (review !== null || !needsReview || reviewFailed));
  wasReady.current = ready;
  // Until then the server's first view stays as it is: nothing moves twice.
  const [blank] = useState(emptyProgress);
  const progress = ready ? stored.value : blank;
  const clockNow = useNow(renderedAt, ready);
  // Every action re-renders; reading the time then keeps "due" exact between ticks.
  const now = ready ? new Date(Math.max(clockNow.getTime(), Date.now())) : clockNow;

  const facets = useMemo(() => deckFacets(questions), [questions]);
  const questionIds = useMemo(() => new Set(questions.map((q) => q.id)), [questions]);
  const [filters, setFilters] = useState<Filters>({ skills: [], categories: [] });
  const [ignored, setIgnored] = useState<string[]>([]);
  const [view, setView] = useState<View>('practice');
  const [message, setMessage] = useState('');
  const [shortcuts, setShortcuts] = useState(false);
  const root = useIslandReady<HTMLDivElement>(ready);

  useEffect(() => {
    const parsed = parseDeckQuery(window.location.search, facets);
    startTransition(() => {
      setFilters(parsed.filters);
      setIgnored([...parsed.ignored.skills, ...parsed.ignored.categories]);
      setUrlRead(true);
    });
  }, [facets]);

  const announce = useCallback((text: string) => setMessage(text), []);

  const chooseDeck = (next: Filters) => {
    setFilters(next);
    setIgnored([]);
    const query = deckQuery(next);
    window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    const size = filterDeck(questions, next).length;
    announce(`Deck changed: ${deckLabel(size, questions.length, next, skillName)}.`);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && isShortcutEvent(event)) {
        event.preventDefault();
        setShortcuts(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const skillName = (id: string) => skillNames[id] ?? id;
  const mine = useMemo(() => customDeck(progress), [progress]);
  const allQuestions = useMemo(() => [...questions, ...mine], [questions, mine]);
  const deck = useMemo(() => filterDeck(allQuestions, filters), [allQuestions, filters]);
  const options: QueueOptions = {
    log: progress.log,
    newPerDay: progress.settings.newPerDay,
    reviewsPerDay: progress.settings.reviewsPerDay,
    interviewDate: progress.interviewDate ? new Date(progress.interviewDate) : undefined,
    recall: review?.retrievability,
  };
  // "Focus on my weakest skills" scores the saved self-assessment: that code loads only when one is saved.
  const [focusModule, setFocusModule] = useState<typeof import('../lib/drill/focus') | null>(null);
  useEffect(() => {
    if (assessment && !focusModule) void import('../lib/drill/focus').then(setFocusModule, () => undefined);
  }, [assessment, focusModule]);
  const focus = focusModule ? focusModule.focusSkills(assessment, profile, facets.skills) : [];

  // Only a panel that failed offers this export: its code loads then, not with the first view.
  const exportMine = () => void import('./shared/download').then((m) => m.downloadExport(PROGRESS_FILE, occupation, { progress: stored.value }));
  const panel = (name: string, body: ReactNode, lazy = false) => (
    <PanelBoundary key={name} name={name} onExport={exportMine} lazy={lazy}>
      {body}
    </PanelBoundary>
  );

  return (
    <div ref={root} className="drill">
      <StorageNotice notice={stored.notice} />
      <BackupReminder after={ready} />
      {ignored.length > 0 && (
        <p className="island-notice" role="status">
          This link asked for {ignored.join(', ')}, which this deck does not have, so {ignored.length === 1 ? 'it was' : 'they were'} left out.
        </p>
      )}
      {/* Above the card only what says what this session is; the controls that change it are below. */}
      <div className="drill-plan drill-today">
        <p className="drill-status">
          <strong>Today:</strong> {statusLine(counts(deck, progress.cards, now, options))}
        </p>
        <DeckName filters={filters} onChange={chooseDeck} deckSize={deck.length} total={questions.length} skillName={skillName} />
      </div>
      <Tabs tabs={VIEWS} selected={view} onSelect={setView} label="Interview practice">
        {view === 'practice' &&
          panel('Practice', <Practice deck={deck} progress={progress} now={now} options={options} update={update} announce={announce} skillName={skillName} />)}
        {view === 'mock' &&
          panel(
            'The mock interview',
            <MockInterview
              occupation={occupation}
              deck={deck}
              deckName={deckLabel(deck.length, allQuestions.length, filters, skillName)}
              progress={progress}
              update={update}
              announce={announce}
            />,
            true,
          )}
        {view === 'progress' &&
          panel('Your progress', <ProgressPanel deck={deck} progress={progress} now={now} options={options} occupationTitle={occupationTitle} />, true)}
        {view === 'stories' && panel('The story bank', <StoryBank questions={allQuestions} progress={progress} update={update} announce={announce} />, true)}
        {view === 'data' &&
          panel(
            'Your data',
            <>
              <CustomQuestions progress={progress} update={update} announce={announce} skills={facets.skills} skillName={skillName} taken={questions} />
              <DataPanel
                occupation={occupation}
                occupationTitle={occupationTitle}
                questions={allQuestions}
                questionIds={questionIds}
                progress={progress}
                update={update}
                reset={stored.reset}
                announce={announce}
              />
            </>,
            true,
          )}
      </Tabs>
      <section className="drill-plan" aria-labelledby="drill-deck-title">
        <h2 id="drill-deck-title">Your deck and daily limits</h2>
        <DeckPicker facets={facets} filters={filters} onChange={chooseDeck} skillName={skillName} focus={focus} skillsHref={skillsHref} />
        <DailyLimits progress={progress} update={update} announce={announce} />
      </section>
      <section className="drill-plan" aria-labelledby="drill-date-title">
        <h2 id="drill-date-title">Your interview date</h2>
        {panel('Your interview date', <InterviewDate deck={deck} progress={progress} now={now} recall={review?.retrievability} update={update} announce={announce} />)}
      </section>
      <p className="drill-footer">
        <button type="button" className="link-button" onClick={() => setShortcuts(true)} aria-keyshortcuts="?">
          Keyboard shortcuts (?)
        </button>{' '}
        · <a href={guideHref}>Back to the {occupationTitle} guide</a>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {shortcuts && panel('The list of shortcuts', <Shortcuts open onClose={() => setShortcuts(false)} />, true)}
    </div>
  );
}
