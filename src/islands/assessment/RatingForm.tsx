import { useEffect, useId, useRef } from 'react';
import type { Draft } from '../../lib/assessment/schema';
import { progress } from '../../lib/assessment/score';
import { moveStep, shownSkills, stepOf } from '../../lib/assessment/state';
import type { Level, SkillProfile } from '../../lib/assessment/types';
import { SkillRating } from './SkillRating';

interface Props {
  occupationTitle: string;
  profile: SkillProfile;
  draft: Draft;
  /** The island has read storage: until then the form holds its first skills only (see shownSkills). */
  ready: boolean;
  /** One skill per screen with Back and Next (phones, once the island is ready); else the long form. */
  stepped: boolean;
  /** The index of the skill shown when stepped. */
  step: number;
  onStep: (step: number) => void;
  onRate: (skillId: string, level: Level) => void;
  onNote: (skillId: string, note: string) => void;
  onFinish: () => void;
}

/**
 * One radio group per skill, named by the skill; ratings are saved as they are given. The server
 * sends the first skills; once ready, a wide screen holds every skill in one long form and a phone
 * one skill at a time.
 */
export function RatingForm({ occupationTitle, profile, draft, ready, stepped, step, onStep, onRate, onNote, onFinish }: Props) {
  const id = useId();
  const p = progress(profile, draft.ratings);
  const status = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const last = profile.length - 1;
  const go = (to: number) => {
    moved.current = true;
    onStep(to);
  };
  const nextUnratedStep = p.nextUnrated === null ? null : stepOf(profile, p.nextUnrated);

  // A step taken moves focus to the new skill's heading, so a screen reader says where you are,
  // and brings the skill's top back into view under the pinned progress bar.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const skill = profile[step];
    if (!skill) return;
    document.getElementById(`skill-${skill.id}-title`)?.focus({ preventScroll: true });
    // Always set, and at once: a smooth scroll still under way (focusing a button scrolls it into
    // view) would otherwise carry the heading on, under the progress bar, after this check.
    const top = document.getElementById(`skill-${skill.id}`)?.getBoundingClientRect().top;
    const below = status.current?.getBoundingClientRect().bottom ?? 0;
    if (top !== undefined) window.scrollTo({ top: window.scrollY + top - below - 8, behavior: 'instant' });
  }, [step, profile]);

  return (
    <form
      className={`assess-form${stepped ? ' is-stepped' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        // Enter on a rating takes the step forward; "See my results" finishes.
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        if (stepped && submitter?.dataset['step'] === 'next') go(moveStep(profile, step, 1));
        else if (p.complete) onFinish();
      }}
    >
      <p className="assess-scale">
        Each skill describes levels 1, 3 and 5. Choose 2 or 4 when you are between two descriptions: 2 is some of level 3 but not all of it yet, and 4
        is more than level 3 but not yet all of level 5.
      </p>
      <div className="assess-status" ref={status}>
        <p className="assess-progress" role="status">
          {stepped ? (
            <>
              Skill {step + 1} of {p.total} · {p.rated} rated
            </>
          ) : (
            <>
              {p.rated} of {p.total} skills rated.{' '}
              {p.complete ? 'All done: see your results below.' : p.rated > 0 ? 'Your ratings are saved: you can stop and come back.' : ''}
            </>
          )}
        </p>
        <progress max={p.total} value={p.rated} aria-label="Skills rated" />
      </div>
      {shownSkills(profile.length, { ready, stepped, step }).map((index) => {
        const skill = profile[index]!;
        return (
          <SkillRating
            key={skill.id}
            skill={skill}
            index={index}
            occupationTitle={occupationTitle}
            idPrefix={id}
            rating={Object.hasOwn(draft.ratings, skill.id) ? draft.ratings[skill.id] : undefined}
            note={Object.hasOwn(draft.notes, skill.id) ? (draft.notes[skill.id] ?? '') : ''}
            onRate={onRate}
            onNote={onNote}
          />
        );
      })}
      {stepped ? (
        <div className="assess-stepnav">
          <div className="assess-actions">
            <button type="button" onClick={() => go(moveStep(profile, step, -1))} disabled={step === 0}>
              Back
            </button>
            {step < last && (
              <button type="submit" className={p.complete ? undefined : 'button'} data-step="next">
                Next
              </button>
            )}
            {(p.complete || step === last) && (
              <button type="submit" className="button" disabled={!p.complete}>
                See my results
              </button>
            )}
          </div>
          {step === last && !p.complete && nextUnratedStep !== null && (
            <p className="assess-hint">
              {p.total - p.rated} left to rate.{' '}
              <button type="button" className="link-button" onClick={() => go(nextUnratedStep)}>
                Go to skill {nextUnratedStep + 1}
              </button>
            </p>
          )}
        </div>
      ) : (
        <div className="assess-finish">
          <button type="submit" className="button" disabled={!p.complete}>
            See my results
          </button>
          {!p.complete && (
            <p className="assess-hint">
              Rate all {p.total} skills to see your results ({p.total - p.rated} left).{' '}
              {p.nextUnrated && <a href={`#skill-${p.nextUnrated}`}>Go to the next one</a>}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
