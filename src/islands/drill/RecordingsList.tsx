import { useEffect, useId, useState } from 'react';
import { durationLabel } from '../../lib/drill/duration';
import { bytesLabel } from '../../lib/drill/speech';
import { dateTimeLabel } from '../../lib/drill/when';
import type { Recording } from './recordings';

interface Props {
  occupation: string;
  announce: (message: string) => void;
}

type Listed = Recording & { url: string };

/** The answers kept on this device, with the space they take and "delete all". */
export function RecordingsList({ occupation, announce }: Props) {
  const id = useId();
  const [list, setList] = useState<Listed[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      const store = await import('./recordings');
      const found = await store.listRecordings(occupation);
      setList((old) => {
        old?.forEach((r) => URL.revokeObjectURL(r.url));
        return found.map((r) => ({ ...r, url: URL.createObjectURL(r.blob) }));
      });
    } catch {
      setError('Your recordings could not be read: this browser blocks its storage here (a private window, perhaps).');
      setList([]);
    }
  };

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [occupation]);

  useEffect(() => () => list?.forEach((r) => URL.revokeObjectURL(r.url)), [list]);

  if (list === null) return null;
  const bytes = list.reduce((sum, r) => sum + r.blob.size, 0);
  return (
    <section className="drill-recordings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your recorded answers</h3>
      {error && (
        <p className="island-notice" role="alert">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p className="drill-hint">None yet. Recordings you keep stay on this device only; they are never uploaded.</p>
      ) : (
        <>
          <p>
            {list.length} {list.length === 1 ? 'recording' : 'recordings'}, {bytesLabel(bytes)} on this device. They are never uploaded, and they
            are not part of the progress export.{' '}
            <button
              type="button"
              className="link-button"
              onClick={async () => {
                if (!window.confirm(`Delete all ${list.length} recordings from this device?`)) return;
                await (await import('./recordings')).deleteAllRecordings(occupation);
                announce('All recordings deleted.');
                await load();
              }}
            >
              Delete all recordings
            </button>
          </p>
          <ul className="drill-recording-list">
            {list.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.questionText}</strong>{' '}
                  <span className="drill-hint">
                    {dateTimeLabel(new Date(r.recordedAt))} · {durationLabel(r.durationMs)} · {bytesLabel(r.blob.size)}
                  </span>
                </p>
                <audio controls src={r.url} aria-label={`Recording: ${r.questionText}`} />{' '}
                <button
                  type="button"
                  aria-label={`Delete recording: ${r.questionText}`}
                  onClick={async () => {
                    await (await import('./recordings')).deleteRecording(r.id);
                    announce('Recording deleted.');
                    await load();
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
