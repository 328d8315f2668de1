/**
 * Any state the stored-data schemas accept renders: generated drill progress and assessment
 * state are checked by the real schemas, repaired as the islands repair them, and the panels the
 * islands show are server-rendered with react-dom/server. Every time that may not lie ahead
 * (reviews, edits, results) is at or before now afterwards.
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assessmentDate } from '../../src/lib/assessment/format';
import { sinceLastTime } from '../../src/lib/assessment/history';
import { assess } from '../../src/lib/assessment/score';
import { latestResult, pastResults } from '../../src/lib/assessment/state';
import { assessmentStateSchema } from '../../src/lib/assessment/stored-schema';
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, STATE_REVIEW } from '../../src/lib/drill/card';
import { GRADES } from '../../src/lib/drill/grades';
import { REVIEW_MODES, type Progress } from '../../src/lib/drill/progress';
import { progressSchema } from '../../src/lib/drill/progress-schema';
import { repairProgress } from '../../src/lib/drill/repair';
import { recordReview, retrievability } from '../../src/lib/drill/review';
import { statusLine } from '../../src/lib/drill/labels';
import { counts, nextCard } from '../../src/lib/drill/queue';
import { Results } from '../../src/islands/assessment/Results';
import { RatingForm } from '../../src/islands/assessment/RatingForm';
import { DoneScreen } from '../../src/islands/drill/DoneScreen';
import { InterviewDate } from '../../src/islands/drill/InterviewDate';
import { Practice } from '../../src/islands/drill/Practice';
import { ProgressPanel } from '../../src/islands/drill/ProgressPanel';
import { StoryBank } from '../../src/islands/drill/StoryBank';
import { deck } from './drill/fixtures';
import { csrInput, csrProfile, csrSkillIds, OCCUPATION, questions } from './assessment/fixtures';

/** From long ago to the last year an ISO date can name: far-future values are what break islands. */
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
const iso = instant.map((d) => d.toISOString());
const nowArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });

// Ids of this deck, plus names Object.prototype has and ids of another deck.
const knownIds = deck.map((q) => q.id);
const anyId = fc.constantFrom(...knownIds, 'constructor', 'to-string', 'not-in-this-deck');
const text = fc.string({ maxLength: 40 });

const card = fc.record(
  {
    due: iso,
    stability: fc.double({ min: 0, max: 36_500, noNaN: true }),
    difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
    elapsed_days: fc.nat(36_500),
    scheduled_days: fc.nat(36_500),
    learning_steps: fc.nat(5),
    reps: fc.nat(200),
    lapses: fc.nat(50),
    state: fc.constantFrom(STATE_NEW, STATE_LEARNING, STATE_REVIEW, STATE_RELEARNING),
    last_review: iso,
  },
  { requiredKeys: ['due', 'stability', 'difficulty', 'reps', 'state'] },
);
const entry = fc.record({ questionId: anyId, rating: fc.constantFrom(...GRADES), reviewedAt: iso, mode: fc.constantFrom(...REVIEW_MODES) });
const note = fc.record(
  { situation: text, task: text, action: text, result: text, storyId: fc.constantFrom('constructor', 'story-1', 'gone'), updatedAt: iso },
  { requiredKeys: [] },
);
const story = fc.record({ title: text, situation: text, questionIds: fc.array(anyId, { maxLength: 3 }), updatedAt: iso }, { requiredKeys: [] });
const custom = fc.record({ text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0), createdAt: iso, updatedAt: iso });
const progressInput = fc.record(
  {
    cards: fc.dictionary(anyId, card, { maxKeys: 12 }),
    log: fc.array(entry, { maxLength: 30 }),
    notes: fc.dictionary(anyId, note, { maxKeys: 4 }),
    stories: fc.dictionary(fc.constantFrom('story-1', 'constructor', 'other-story'), story, { maxKeys: 2 }),
    custom: fc.dictionary(fc.constantFrom('my-own-question'), custom, { maxKeys: 1 }),
    interviewDate: iso,
    settings: fc.record({ newPerDay: fc.integer({ min: 0, max: 1000 }), reviewsPerDay: fc.integer({ min: 1, max: 10_000 }) }),
  },
  { requiredKeys: [] },
);

/** Every time in progress that records something done: none may be after now. */
function pastTimes(progress: Progress): string[] {
  return [
    ...Object.values(progress.cards).flatMap((c) => (c.last_review === undefined ? [] : [c.last_review])),
    ...progress.log.map((e) => e.reviewedAt),
    ...Object.values(progress.notes).flatMap((n) => (n.updatedAt === undefined ? [] : [n.updatedAt])),
    ...Object.values(progress.stories).flatMap((s) => (s.updatedAt === undefined ? [] : [s.updatedAt])),
    ...Object.values(progress.custom).flatMap((q) => [q.createdAt, q.updatedAt]),
  ];
}

const noop = () => {};

describe('any valid stored drill progress', () => {
  it('is clamped to now and renders every drill panel without throwing (property)', () => {
    fc.assert(
      fc.property(progressInput, nowArb, (raw, now) => {
        const stored = progressSchema.parse(raw);
        // What the island does with what it reads (src/islands/InterviewDrill.tsx, repairStored).
        const { progress, clamped } = repairProgress(stored, now);
        const times = pastTimes(progress);
        expect(times.filter((t) => Date.parse(t) > now.getTime())).toEqual([]);
        expect(clamped).toBe(pastTimes(stored).filter((t) => Date.parse(t) > now.getTime()).length);

        const options = {
          log: progress.log,
          newPerDay: progress.settings.newPerDay,
          reviewsPerDay: progress.settings.reviewsPerDay,
          interviewDate: progress.interviewDate ? new Date(progress.interviewDate) : undefined,
          recall: retrievability,
        };
        const props = { deck, progress, now, options, update: noop, announce: noop, skillName: (id: string) => id };
        expect(statusLine(counts(deck, progress.cards, now, options))).not.toBe('');
        const practice = renderToString(<Practice {...props} />);
        const item = nextCard(deck, progress.cards, now, options);
        if (item) {
          expect(practice).toContain('Show answer');
          const graded = recordReview(progress, item.question.id, GRADES[2] ?? 3, now, 'drill');
          expect(graded.cards[item.question.id]?.last_review).toBe(now.toISOString());
        } else {
          expect(renderToString(<DoneScreen deck={deck} progress={progress} now={now} options={options} top={null} bottom={null} onExtra={noop} />)).toContain(
            'Nothing to study right now',
          );
        }
        expect(renderToString(<ProgressPanel deck={deck} progress={progress} now={now} options={options} occupationTitle="Teller" />)).toContain(
          'Your progress',
        );
        renderToString(<InterviewDate deck={deck} progress={progress} now={now} recall={retrievability} update={noop} announce={noop} />);
        renderToString(<StoryBank questions={deck} progress={progress} update={noop} announce={noop} />);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

const ratings = fc.dictionary(fc.constantFrom(...csrSkillIds, 'not-a-skill'), fc.constantFrom(1, 2, 3, 4, 5), { maxKeys: csrSkillIds.length });
const completed = fc.record({ occupation: fc.constant(OCCUPATION), ratings, completedAt: iso });
const assessmentInput = fc.record(
  { draft: fc.record({ ratings, notes: fc.dictionary(fc.constantFrom(...csrSkillIds), text, { maxKeys: 3 }) }, { requiredKeys: [] }), history: fc.array(completed, { maxLength: 12 }) },
  { requiredKeys: [] },
);

describe('any valid stored assessment state', () => {
  it('never takes a future result as the latest, and renders the form and the results (property)', () => {
    fc.assert(
      fc.property(assessmentInput, nowArb, (raw, now) => {
        const parsed = assessmentStateSchema.safeParse(raw);
        // The schema may refuse a combination (two results at one instant, say); what it accepts must render.
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const state = parsed.data;
        const latest = latestResult(state.history, now);
        if (latest) expect(Date.parse(latest.completedAt)).toBeLessThanOrEqual(now.getTime());
        const past = pastResults(state.history, now);
        expect(past.every((r) => Date.parse(r.completedAt) <= now.getTime())).toBe(true);
        expect(renderToString(<RatingForm occupationTitle="Teller" profile={csrProfile} draft={state.draft} onRate={noop} onNote={noop} onFinish={noop} ready stepped={false} step={0} onStep={noop} />)).toContain(
          'name="',
        );
        if (latest) {
          const since = sinceLastTime(past, csrProfile);
          const html = renderToString(
            <Results
              voice="self"
              result={assess(csrInput, latest.ratings)}
              profile={csrProfile}
              questions={questions}
              occupationTitle="Teller"
              completedLabel={`completed ${assessmentDate(latest.completedAt)}`}
              since={null}
              deltas={since?.deltas}
            />,
          );
          expect(html).toContain('readiness');
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

