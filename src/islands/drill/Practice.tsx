import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import { categoryLabel, KIND_LABELS } from '../../lib/drill/labels';
import { type Progress } from '../../lib/drill/progress';
import { nextCard, type QueueItem, type QueueOptions } from '../../lib/drill/queue';
import { GRADE_LABELS, isGrade, type Grade } from '../../lib/drill/grades';
import type { GradeReceipt } from '../../lib/drill/undo';
import { isOnControl, isShortcutEvent, isUndoEvent } from './keys';
import { loadReview, useReview, type Review } from './review-loader';
import type { Announce, Update } from './types';

// The back shows grade buttons, so grading (and ts-fsrs) loads with it.
const loadBack = () => Promise.all([import('./CardBack'), loadReview()]).then(([back]) => back);
// Needed only once something was graded: kept out of the first load.
const SessionSummary = lazy(() => import('./SessionSummary').then((m) => ({ default: m.SessionSummary })));
const SessionBar = lazy(() => import('./SessionSummary').then((m) => ({ default: m.SessionBar })));
// Nothing due is not the first view (the server renders the first card): it loads when reached.
const DoneScreen = lazy(() => import('./DoneScreen').then((m) => ({ default: m.DoneScreen })));
const NewSession = lazy(() => import('./SessionSummary').then((m) => ({ default: m.NewSession })));
const CardBack = lazy(() => loadBack().then((m) => ({ default: m.CardBack })));

interface Props {
  deck: DrillQuestion[];
  progress: Progress;
  now: Date;
  options: QueueOptions;
  update: Update;
  announce: Announce;
  skillName: (id: string) => string;
}

export function Practice({ deck, progress, now, options, update, announce, skillName }: Props) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const [extra, setExtra] = useState<{ ids: string[]; index: number } | null>(null);
  // The notes panel stays as the learner left it from card to card: grading never closes it.
  const [notesOpen, setNotesOpen] = useState<boolean | null>(null);
  const [sessionStart, setSessionStart] = useState<Date | null>(null);
  const [summaryShown, setSummaryShown] = useState(false);
  const [undoable, setUndoable] = useState<{ receipt: GradeReceipt; text: string; extra: typeof extra } | null>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const summaryTitle = useRef<HTMLDivElement>(null);
  const moveFocus = useRef<'front' | 'back' | 'summary' | null>(null);

  let item: QueueItem | null;
  if (extra) {
    const extraId = extra.ids[extra.index];
    const q = deck.find((d) => d.id === extraId);
    item = q ? { question: q, card: progress.cards[q.id], kind: 'extra' } : null;
  } else {
    item = nextCard(deck, progress.cards, now, options);
  }

  useEffect(() => {
    if (moveFocus.current === 'front') {
      showButton.current?.focus({ preventScroll: true });
      // Graded from far down a long answer, the next card's question would be off screen above.
      questionInView(window.innerHeight * 0.6);
    }
    if (moveFocus.current === 'back' && back.current) focusBack();
    else if (moveFocus.current === 'back') return; // the back is still loading: focus it when it arrives
    if (moveFocus.current === 'summary') summaryTitle.current?.focus();
    moveFocus.current = null;
  });

  /** Brings the question to the top when it is hidden above (under the sticky header) or lower than `lowest`. */
  const questionInView = (lowest: number) => {
    const heading = question.current;
    if (!heading) return;
    // Its scroll margin clears the sticky site header: above that line the question is hidden.
    const clear = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
    const top = heading.getBoundingClientRect().top;
    if (top < clear - 1 || top > lowest) heading.scrollIntoView({ block: 'start' });
  };

  /**
   * Focus the answer without scrolling to it, then bring the question to the top: the answer
   * reads below it and the grade bar stays pinned to the bottom of the viewport.
   */
  const focusBack = () => {
    back.current?.focus({ preventScroll: true });
    questionInView(window.innerHeight * 0.4);
  };

  // Keys can arrive faster than the next render: the handlers read and write these refs, which
  // always hold what the user has done so far, and the card on screen (null once graded).
  const shown = useRef(revealed);
  const onScreen = useRef<{ item: QueueItem | null; extra: typeof extra }>({ item, extra });
  onScreen.current = { item, extra };
  const show = (value: boolean) => {
    shown.current = value;
    setRevealed(value);
  };

  const reveal = () => {
    show(true);
    moveFocus.current = 'back';
    announce('Answer shown. Grade yourself with keys 1 to 4.');
  };

  const review = useReview();
  const gradeWith = (rating: Grade, loaded: Review | null = review) => {
    const { item: card, extra: extraNow } = onScreen.current;
    // Grade buttons show only once grading has loaded; keys before that wait in `waiting`.
    if (!card || !shown.current || !loaded) return;
    onScreen.current = { item: null, extra: null };
    const at = new Date();
    const questionId = card.question.id;
    const mode = extraNow ? 'extra' : 'drill';
    // The card on screen is the one graded, so this render's copy is the state to go back to.
    const receipt: GradeReceipt = { questionId, before: progress.cards[questionId], entry: { questionId, rating, reviewedAt: at.toISOString(), mode } };
    update((p) => loaded.recordReview(p, questionId, rating, at, mode));
    setUndoable({ receipt, text: card.question.text, extra: extraNow });
    if (!sessionStart) setSessionStart(at);
    setSummaryShown(false);
    show(false);
    moveFocus.current = 'front';
    if (extraNow) {
      const next = extraNow.index + 1;
      setExtra(next < extraNow.ids.length ? { ...extraNow, index: next } : null);
      announce(`Graded ${GRADE_LABELS[rating]}. Extra practice does not change your schedule.`);
    } else {
      announce(`Graded ${GRADE_LABELS[rating]}.`);
    }
  };

  const undo = async () => {
    if (!undoable) return;
    // Undo is rare: its module loads when first used.
    const { undoGrade } = await import('../../lib/drill/undo');
    const result = undoGrade(progress, undoable.receipt);
    if (!result.ok) {
      setUndoable(null);
      announce('That grade can no longer be undone: the card was graded again since.');
      return;
    }
    update((p) => undoGrade(p, undoable.receipt).progress);
    setExtra(undoable.extra);
    setUndoable(null);
    setSummaryShown(false);
    show(true);
    moveFocus.current = 'back';
    announce(`Grade undone. “${undoable.text}” is back, with its answer shown.`);
  };

  const endSession = () => {
    setSummaryShown(true);
    setExtra(null);
    show(false);
    moveFocus.current = 'summary';
  };

  /** A reveal or grade key, as the shortcuts define them; false when it did nothing. */
  const act = ({ key, onControl }: { key: string; onControl: boolean }): boolean => {
    if (!onScreen.current.item || summaryShown) return false;
    if (!shown.current && (key === ' ' || key === 'Enter') && !onControl) {
      reveal();
      return true;
    }
    const rating = Number(key);
    if (shown.current && /^[1-4]$/.test(key) && isGrade(rating) && review) {
      gradeWith(rating, review);
      return true;
    }
    return false;
  };

  // Keys pressed before grading (ts-fsrs) had loaded, one per render once it has: a fast
  // "Space, 4, Space, 4" grades every card it meant to, each after the one before is done.
  const waiting = useRef<{ key: string; onControl: boolean }[]>([]);
  useEffect(() => {
    while (review && waiting.current.length > 0) {
      const next = waiting.current.shift();
      if (next && act(next)) break;
    }
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isUndoEvent(event)) {
        if (!undoable) return;
        event.preventDefault();
        void undo();
        return;
      }
      if (!isShortcutEvent(event) || !onScreen.current.item || summaryShown) return;
      const key = { key: event.key, onControl: isOnControl(event) };
      const isReveal = (key.key === ' ' || key.key === 'Enter') && !key.onControl;
      const isGradeKey = /^[1-4]$/.test(key.key);
      // While grading loads, a grade key and every key after it wait, to be handled in order.
      if (waiting.current.length > 0 || (!review && isGradeKey && shown.current)) {
        if (!isReveal && !isGradeKey) return;
        event.preventDefault();
        waiting.current.push(key);
        loadReview().catch(() => {
          waiting.current = [];
          announce('Grading could not load. Check your connection, then reload the page; your progress is safe.');
        });
        return;
      }
      if (act(key)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const undoBar = undoable && (
    <Suspense fallback={null}>
      <SessionBar onUndo={() => void undo()} onEnd={sessionStart && !summaryShown ? endSession : null} />
    </Suspense>
  );

  if (deck.length === 0) {
    return <p>No questions in this deck. Choose fewer filters above.</p>;
  }

  const summary = sessionStart && (
    <div ref={summaryTitle} tabIndex={-1} className="drill-back-region" aria-labelledby={`${id}-summary`}>
      <Suspense fallback={null}>
        <SessionSummary deck={deck} progress={progress} startedAt={sessionStart} now={now} titleId={`${id}-summary`} />
      </Suspense>
    </div>
  );

  if (summaryShown && sessionStart) {
    return (
      <section className="drill-card drill-done" aria-labelledby={`${id}-summary`}>
        {summary}
        {undoBar}
        <Suspense fallback={null}>
          <NewSession
            onStart={() => {
              setSessionStart(null);
              setSummaryShown(false);
              setUndoable(null);
              moveFocus.current = 'front';
            }}
          />
        </Suspense>
      </section>
    );
  }

  if (!item) {
    return (
      <Suspense fallback={<p className="panel-loading">Loading…</p>}>
        <DoneScreen
          deck={deck}
          progress={progress}
          now={now}
          options={options}
          top={undoBar}
          bottom={summary}
          onExtra={(ids) => {
            setExtra({ ids, index: 0 });
            show(false);
            moveFocus.current = 'front';
            announce('Extra practice started.');
          }}
        />
      </Suspense>
    );
  }

  const q = item.question;
  return (
    <section className={`drill-card${revealed ? ' is-revealed' : ''}`} aria-labelledby="drill-question">
      {undoBar}
      <p className="drill-meta">
        <span className={`drill-kind drill-kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span> · {categoryLabel(q.category)}
        {q.skills.length > 0 && <> · {q.skills.map(skillName).join(', ')}</>}
      </p>
      <h2 id="drill-question" ref={question} className="drill-question">
        {q.text}
      </h2>
      {extra && (
        <p className="drill-hint">
          Extra practice, card {extra.index + 1} of {extra.ids.length}: your schedule stays as it is.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setExtra(null);
              show(false);
            }}
          >
            Stop extra practice
          </button>
        </p>
      )}
      {!revealed ? (
        <>
          <p className="drill-hint">Answer aloud, as you would in the interview, then check yourself.</p>
          <button
            ref={showButton}
            type="button"
            className="button drill-show"
            aria-keyshortcuts="Space Enter"
            aria-describedby="drill-question"
            onClick={reveal}
            // Fetch the answer side as soon as the reader heads for the button.
            onPointerEnter={() => void loadBack()}
            onFocus={() => void loadBack()}
          >
            Show answer <kbd aria-hidden="true">Space</kbd>
          </button>
        </>
      ) : (
        <>
          <Suspense fallback={<p className="panel-loading">Loading the answer…</p>}>
            <CardBack
              question={q}
              card={item.card}
              now={now}
              showIntervals={!extra}
              onGrade={gradeWith}
              progress={progress}
              update={update}
              backRef={back}
              notesOpen={notesOpen}
              onNotesToggle={setNotesOpen}
              onShown={() => {
                if (moveFocus.current !== 'back') return;
                focusBack();
                moveFocus.current = null;
              }}
            />
          </Suspense>
        </>
      )}
    </section>
  );
}

