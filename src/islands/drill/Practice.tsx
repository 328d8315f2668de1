import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { DrillQuestion } from '../../lib/drill/deck';
import { categoryLabel, KIND_LABELS } from '../../lib/drill/labels';
import { recordReview, type Progress } from '../../lib/drill/progress';
import { extraPractice, nextCard, nextDueAt, newCardAllowance, type QueueItem, type QueueOptions } from '../../lib/drill/queue';
import { GRADE_LABELS, isGrade, type Grade } from '../../lib/drill/schedule';
import { dateTimeLabel, dueIn } from '../../lib/drill/when';
import { isSeen } from '../../lib/drill/card';
import { isOnControl, isShortcutEvent } from './keys';
import type { Announce, Update } from './types';

const loadBack = () => import('./CardBack');
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
  const [revealed, setRevealed] = useState(false);
  const [extra, setExtra] = useState<{ ids: string[]; index: number } | null>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const moveFocus = useRef<'front' | 'back' | null>(null);

  let item: QueueItem | null;
  if (extra) {
    const id = extra.ids[extra.index];
    const question = deck.find((q) => q.id === id);
    item = question ? { question, card: progress.cards[question.id], kind: 'extra' } : null;
  } else {
    item = nextCard(deck, progress.cards, now, options);
  }

  useEffect(() => {
    if (moveFocus.current === 'front') showButton.current?.focus();
    if (moveFocus.current === 'back' && back.current) back.current.focus();
    else if (moveFocus.current === 'back') return; // the back is still loading: focus it when it arrives
    moveFocus.current = null;
  });

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

  const gradeWith = (rating: Grade) => {
    const { item: card, extra: extraNow } = onScreen.current;
    if (!card || !shown.current) return;
    onScreen.current = { item: null, extra: null };
    const at = new Date();
    const id = card.question.id;
    const mode = extraNow ? 'extra' : 'drill';
    update((p) => recordReview(p, id, rating, at, mode));
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event) || !onScreen.current.item) return;
      if (!shown.current && (event.key === ' ' || event.key === 'Enter') && !isOnControl(event)) {
        event.preventDefault();
        reveal();
      } else if (shown.current && /^[1-4]$/.test(event.key)) {
        const rating = Number(event.key);
        if (isGrade(rating)) {
          event.preventDefault();
          gradeWith(rating);
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (deck.length === 0) {
    return <p>No questions in this deck. Choose fewer filters above.</p>;
  }

  if (!item) {
    const due = nextDueAt(deck, progress.cards);
    const extras = extraPractice(deck, progress.cards, now);
    const unseen = deck.filter((q) => !isSeen(progress.cards[q.id])).length;
    const waiting = unseen > 0 && newCardAllowance(deck, progress.cards, now, options) === 0;
    return (
      <section className="drill-card drill-done" aria-labelledby="drill-done-title">
        <h2 id="drill-done-title" tabIndex={-1}>
          Nothing to study right now
        </h2>
        {due ? (
          <p>
            Next card due <strong>{dueIn(due, now)}</strong> ({dateTimeLabel(due)}).
          </p>
        ) : null}
        {waiting && (
          <p>
            {unseen} new {unseen === 1 ? 'card waits' : 'cards wait'} for tomorrow: new cards are spread out so reviews stay manageable.
          </p>
        )}
        {extras.length > 0 ? (
          <>
            <p>Want to keep going? Extra practice brings back your weakest cards first and does not change when they are due.</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setExtra({ ids: extras.map((e) => e.question.id), index: 0 });
                show(false);
                moveFocus.current = 'front';
                announce('Extra practice started.');
              }}
            >
              Extra practice ({extras.length} {extras.length === 1 ? 'card' : 'cards'})
            </button>
          </>
        ) : null}
      </section>
    );
  }

  const q = item.question;
  return (
    <section className={`drill-card${revealed ? ' is-revealed' : ''}`} aria-labelledby="drill-question">
      <p className="drill-meta">
        <span className={`drill-kind drill-kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span> · {categoryLabel(q.category)} ·{' '}
        {q.skills.map(skillName).join(', ')}
      </p>
      <h2 id="drill-question" className="drill-question">
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
              onShown={() => {
                if (moveFocus.current !== 'back') return;
                back.current?.focus();
                moveFocus.current = null;
              }}
            />
          </Suspense>
        </>
      )}
    </section>
  );
}

