/**
 * Answer recordings, kept in this browser's IndexedDB (idb-keyval) and nowhere else. This module
 * is imported only when the mock interview needs it, so the drill's first load carries none of it.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

export interface Recording {
  id: string;
  occupation: string;
  questionId: string;
  questionText: string;
  recordedAt: string;
  durationMs: number;
  mimeType: string;
  blob: Blob;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('csr-guide-recordings', 'recordings'));

function isRecording(value: unknown): value is Recording {
  const r = value as Partial<Recording> | null;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.questionText === 'string' && r.blob instanceof Blob;
}

/** This occupation's recordings, newest first; anything unreadable is left out, never thrown. */
export async function listRecordings(occupation: string): Promise<Recording[]> {
  const all = await entries(db());
  return all
    .map(([, value]) => value)
    .filter(isRecording)
    .filter((r) => r.occupation === occupation)
    .sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
}

export async function saveRecording(recording: Recording): Promise<void> {
  await set(recording.id, recording, db());
}

export async function deleteRecording(id: string): Promise<void> {
  await del(id, db());
}

export async function deleteAllRecordings(occupation: string): Promise<void> {
  const mine = await listRecordings(occupation);
  await Promise.all(mine.map((r) => del(r.id, db())));
}

export type MicProblem = 'unsupported' | 'denied' | 'no-microphone' | 'failed';

/** Why recording cannot start, in words for the learner, each with the way on. */
export const MIC_MESSAGES: Readonly<Record<MicProblem, string>> = {
  unsupported: 'This browser cannot record audio here, so practice is text only: answer aloud or type your answer below.',
  denied: 'Microphone access was not allowed, so practice is text only: answer aloud or type your answer below. You can allow the microphone in your browser’s site settings and try again.',
  'no-microphone': 'No microphone was found, so practice is text only: answer aloud or type your answer below.',
  failed: 'The microphone could not be started, so practice is text only: answer aloud or type your answer below.',
};

export function canRecord(): boolean {
  return typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia) && typeof MediaRecorder !== 'undefined';
}

export function micProblem(error: unknown): MicProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  return 'failed';
}

export interface LiveRecording {
  stop: () => Promise<{ blob: Blob; mimeType: string; durationMs: number }>;
  cancel: () => void;
}

/** Starts the microphone and a MediaRecorder; `stop` gives the answer as one blob. */
export async function startRecording(): Promise<LiveRecording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  const started = performance.now();
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const release = () => stream.getTracks().forEach((track) => track.stop());
  recorder.start();
  return {
    stop: () =>
      new Promise((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const mimeType = recorder.mimeType || 'audio/webm';
            resolve({ blob: new Blob(chunks, { type: mimeType }), mimeType, durationMs: Math.round(performance.now() - started) });
          },
          { once: true },
        );
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
