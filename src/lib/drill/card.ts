/**
 * A ts-fsrs card as it is kept in progress and in storage: plain JSON with ISO dates, so the
 * state in memory is exactly what gets saved and exported.
 */
import { z } from 'zod/mini';
import { State, type Card } from 'ts-fsrs';

export const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time' });

const nonNegative = () => z.number().check(z.nonnegative());
const count = () => z.int().check(z.nonnegative());

export const storedCardSchema = z.object({
  due: isoDateTime,
  stability: nonNegative(),
  difficulty: nonNegative(),
  // Fields ts-fsrs added or deprecated over time: older records without them stay usable.
  elapsed_days: z._default(nonNegative(), 0),
  scheduled_days: z._default(nonNegative(), 0),
  learning_steps: z._default(count(), 0),
  reps: count(),
  lapses: z._default(count(), 0),
  state: z.enum(State),
  last_review: z.exactOptional(isoDateTime),
});

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

/** Stored cards by question id; a question never graded has none. */
export type Cards = Readonly<Record<string, StoredCard>>;

/** A card counts as seen once it has been graded in a way that moves the schedule. */
export function isSeen(card: StoredCard | undefined): card is StoredCard {
  return card !== undefined && card.state !== State.New;
}
