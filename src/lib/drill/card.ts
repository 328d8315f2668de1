/**
 * A ts-fsrs card as it is kept in progress and in storage: plain JSON with ISO dates, so the
 * state in memory is exactly what gets saved and exported.
 */
import type { z } from 'zod/mini';
import type { Card, State } from 'ts-fsrs';
import type { storedCardSchema } from './progress-schema';

export type StoredCard = z.output<typeof storedCardSchema>;

export function toStoredCard(card: Card): StoredCard {
  // Fields are picked one by one so nothing ts-fsrs adds in memory leaks into storage.
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

export function fromStoredCard(stored: StoredCard): Card {
  const { due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review === undefined ? {} : { last_review: new Date(last_review) }) };
}

/**
 * ts-fsrs's card states as plain numbers, each typed as its member of ts-fsrs's `State`, so the
 * type check fails if ts-fsrs ever numbers them otherwise. The first view reads states (is this
 * card new? learning?) without loading the scheduler, which arrives with the first answer shown.
 */
export const STATE_NEW: State.New = 0;
export const STATE_LEARNING: State.Learning = 1;
export const STATE_REVIEW: State.Review = 2;
export const STATE_RELEARNING: State.Relearning = 3;

/** Predicted recall of a seen card at a moment: ts-fsrs's `get_retrievability`, from ./schedule. */
export type Recall = (card: StoredCard, at: Date) => number;

/** Stored cards by question id; a question never graded has none. */
export type Cards = Readonly<Record<string, StoredCard>>;

/** A card counts as seen once it has been graded in a way that moves the schedule. */
export function isSeen(card: StoredCard | undefined): card is StoredCard {
  return card !== undefined && card.state !== STATE_NEW;
}
