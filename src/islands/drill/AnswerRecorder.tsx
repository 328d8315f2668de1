import { useEffect, useId, useRef, useState } from 'react';
import { wordCount } from '../../lib/drill/notes';
import { deliveryStats } from '../../lib/drill/speech';
import { durationLabel } from '../../lib/drill/duration';
import type { LiveRecording, MicProblem } from './recordings';
import { canTranscribeLocally, startTranscript } from './speech-browser';

interface Props {
  occupation: string;
  questionId: string;
  questionText: string;
  /** Tells the mock whether this question now has an answer (a recording, or enough typed words). */
  onAnswer: (answer: { recorded: boolean; typedWords: number }) => void;
  announce: (message: string) => void;
}

type Take = { url: string; blob: Blob; mimeType: string; durationMs: number; transcript: string; kept: boolean; id: string };

const loadStore = () => import('./recordings');

/** Record an answer, play it back, re-record, keep or delete it; text-only practice when there is no microphone. */
export function AnswerRecorder({ occupation, questionId, questionText, onAnswer, announce }: Props) {
  const id = useId();
  const [live, setLive] = useState<LiveRecording | null>(null);
  const [take, setTake] = useState<Take | null>(null);
  const [problem, setProblem] = useState<{ kind: MicProblem; message: string } | null>(null);
  const [typed, setTyped] = useState('');
  const [local, setLocal] = useState<boolean | null>(null);
  const [transcript, setTranscript] = useState('');
  const transcriber = useRef<{ stop: () => string } | null>(null);
  const takeRef = useRef<Take | null>(null);
  takeRef.current = take;

  useEffect(() => {
    let canceled = false;
    void canTranscribeLocally().then((ok) => !canceled && setLocal(ok));
    return () => {
      canceled = true;
    };
  }, []);

  // A new question starts clean; an unkept take of the last one is let go.
  useEffect(() => {
    return () => {
      if (takeRef.current) URL.revokeObjectURL(takeRef.current.url);
    };
  }, [questionId]);

  const report = (next: Take | null, text: string) => onAnswer({ recorded: next !== null, typedWords: wordCount(text) });

  const start = async () => {
    const store = await loadStore();
    if (!store.canRecord()) {
      setProblem({ kind: 'unsupported', message: store.MIC_MESSAGES.unsupported });
      return;
    }
    try {
      const recording = await store.startRecording();
      if (take) URL.revokeObjectURL(take.url);
      setTake(null);
      report(null, typed);
      setTranscript('');
      transcriber.current = local ? startTranscript(setTranscript) : null;
      setLive(recording);
      setProblem(null);
      announce('Recording. Answer aloud, then stop.');
    } catch (error) {
      const kind = store.micProblem(error);
      setProblem({ kind, message: store.MIC_MESSAGES[kind] });
      announce(store.MIC_MESSAGES[kind]);
    }
  };

  const stop = async () => {
    if (!live) return;
    const result = await live.stop();
    const text = transcriber.current?.stop() ?? '';
    transcriber.current = null;
    setLive(null);
    const next: Take = { ...result, url: URL.createObjectURL(result.blob), transcript: text || transcript, kept: false, id: `${occupation}:${questionId}:${Date.now()}` };
    setTake(next);
    report(next, typed);
    announce(`Recorded ${durationLabel(result.durationMs)}. Play it back, then keep or delete it.`);
  };

  const keep = async () => {
    if (!take) return;
    const store = await loadStore();
    try {
      await store.saveRecording({
        id: take.id,
        occupation,
        questionId,
        questionText,
        recordedAt: new Date().toISOString(),
        durationMs: take.durationMs,
        mimeType: take.mimeType,
        blob: take.blob,
      });
      setTake({ ...take, kept: true });
      announce('Recording kept on this device.');
    } catch {
      announce('The recording could not be kept: this browser’s storage is full or blocked. It is still here to play until you move on.');
    }
  };

  const discard = async () => {
    if (!take) return;
    if (take.kept) await (await loadStore()).deleteRecording(take.id);
    URL.revokeObjectURL(take.url);
    setTake(null);
    report(null, typed);
    announce('Recording deleted.');
  };

  const stats = take?.transcript ? deliveryStats(take.transcript, take.durationMs) : null;
  const typedWords = wordCount(typed);

  return (
    <div className="drill-recorder">
      {problem ? (
        <p className="island-notice" role="alert">
          {problem.message}
        </p>
      ) : (
        <div className="drill-actions">
          {live ? (
            <button type="button" className="button danger" onClick={() => void stop()}>
              Stop recording
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void start()}>
              {take ? 'Re-record' : 'Record your answer'}
            </button>
          )}
          {live && (
            <span className="drill-recording" role="status">
              Recording…
            </span>
          )}
        </div>
      )}
      {take && (
        <div className="drill-take">
          <audio controls src={take.url} aria-label={`Your recorded answer to: ${questionText}`} />
          <div className="drill-actions">
            {!take.kept && (
              <button type="button" onClick={() => void keep()}>
                Keep recording
              </button>
            )}
            <button type="button" onClick={() => void discard()}>
              Delete recording
            </button>
            {take.kept && <span className="drill-hint">Kept on this device.</span>}
          </div>
        </div>
      )}
      {take && stats && (
        <p className="drill-hint">
          Transcript (made on this device): “{take.transcript}” · {stats.wordsPerMinute ?? '–'} words a minute ·{' '}
          {stats.fillerTotal === 0 ? 'no filler words' : `filler words: ${stats.fillers.map((f) => `${f.word} ×${f.count}`).join(', ')}`}
        </p>
      )}
      {live && local && transcript && <p className="drill-hint">{transcript}</p>}
      {local === false && !problem && (
        <p className="drill-hint">
          No transcript: this browser offers no speech recognition that runs on the device, and audio is never sent anywhere.
        </p>
      )}
      {(problem || typed) && (
        <div className="drill-field">
          <label htmlFor={`${id}-typed`}>Type your answer (not saved)</label>
          <textarea
            id={`${id}-typed`}
            rows={5}
            value={typed}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setTyped(text);
              report(take, text);
            }}
          />
          <span className="drill-hint">{typedWords} words</span>
        </div>
      )}
    </div>
  );
}
