import { useId, useState } from 'react';
import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, type Progress, type Settings } from '../../lib/drill/progress';
import type { Announce, Update } from './types';

interface Props {
  progress: Progress;
  update: Update;
  announce: Announce;
}

type LimitKey = 'newPerDay' | 'reviewsPerDay';

const LIMITS: Readonly<Record<LimitKey, { label: string; hint: string; min: number; max: number; fallback: number }>> = {
  newPerDay: {
    label: 'New cards a day',
    hint: `Questions you have not seen yet, introduced each day (Anki's default is ${DEFAULT_NEW_PER_DAY}). With an interview date, more come in when needed to see them all in time.`,
    min: 0,
    max: 1000,
    fallback: DEFAULT_NEW_PER_DAY,
  },
  reviewsPerDay: {
    label: 'Reviews a day, at most',
    hint: `Cards learnt on earlier days that come back for review; the rest wait until tomorrow (default ${DEFAULT_REVIEWS_PER_DAY}).`,
    min: 1,
    max: 10_000,
    fallback: DEFAULT_REVIEWS_PER_DAY,
  },
};

/** The daily limits, saved with the progress (and exported with it). */
export function DrillSettings({ progress, update, announce }: Props) {
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<LimitKey, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<LimitKey, string>>>({});

  const commit = (key: LimitKey, text: string) => {
    const limit = LIMITS[key];
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
      setErrors((e) => ({ ...e, [key]: `Enter a whole number from ${limit.min} to ${limit.max}. Your setting stays at ${progress.settings[key]}.` }));
      return;
    }
    setErrors((e) => ({ ...e, [key]: undefined }));
    setDrafts((d) => ({ ...d, [key]: undefined }));
    if (value === progress.settings[key]) return;
    update((p) => ({ ...p, settings: { ...p.settings, [key]: value } satisfies Settings }));
    announce(`${limit.label} set to ${value}.`);
  };

  return (
    <>
      {(Object.keys(LIMITS) as LimitKey[]).map((key) => {
        const limit = LIMITS[key];
        const error = errors[key];
        return (
          <div className="drill-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{limit.label}</label>
            <span className="drill-hint" id={`${id}-${key}-hint`}>
              {limit.hint}
            </span>
            <input
              id={`${id}-${key}`}
              type="number"
              inputMode="numeric"
              min={limit.min}
              max={limit.max}
              step={1}
              value={drafts[key] ?? String(progress.settings[key])}
              aria-describedby={`${id}-${key}-hint${error ? ` ${id}-${key}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setDrafts((d) => ({ ...d, [key]: text }));
                // Saved as soon as it is a whole number in range; anything else is explained on leaving the field.
                if (text !== '' && Number.isInteger(Number(text)) && Number(text) >= limit.min && Number(text) <= limit.max) commit(key, text);
              }}
              onBlur={(e) => commit(key, e.currentTarget.value)}
            />
            {error && (
              <span className="drill-error" id={`${id}-${key}-error`} role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}
