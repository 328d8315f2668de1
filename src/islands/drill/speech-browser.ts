/**
 * The browser's speech features, feature-detected: speechSynthesis to read a question aloud, and
 * SpeechRecognition only where it can run on the device (`processLocally`), so audio never leaves it.
 */

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Reads `text` aloud, replacing anything still being read. */
export function speak(text: string, options: { rate: number; voice?: string | undefined }): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = options.rate;
  const voice = options.voice ? window.speechSynthesis.getVoices().find((v) => v.name === options.voice) : undefined;
  if (voice) utterance.voice = voice;
  else utterance.lang = 'en-US';
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}

interface LocalRecognition {
  processLocally: boolean;
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: (() => void) | null;
  start: () => void;
  stop: () => void;
}

type RecognitionClass = (new () => LocalRecognition) & { available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string> };

function recognitionClass(): RecognitionClass | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  const SR = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  return SR && 'processLocally' in SR.prototype ? SR : null;
}

/** True only where recognition can be kept on the device and its English model is there. */
export async function canTranscribeLocally(): Promise<boolean> {
  const SR = recognitionClass();
  if (!SR) return false;
  if (typeof SR.available !== 'function') return false;
  try {
    return (await SR.available({ langs: ['en-US'], processLocally: true })) === 'available';
  } catch {
    return false;
  }
}

/** Starts on-device recognition; `stop` returns the transcript so far. Null where it is not offered. */
export function startTranscript(onText: (text: string) => void): { stop: () => string } | null {
  const SR = recognitionClass();
  if (!SR) return null;
  const recognition = new SR();
  recognition.processLocally = true;
  recognition.continuous = true;
  recognition.interimResults = true;
  recognition.lang = 'en-US';
  let text = '';
  recognition.onresult = (event) => {
    text = Array.from(event.results, (result) => result[0]?.transcript ?? '').join(' ');
    onText(text);
  };
  recognition.onerror = () => undefined;
  try {
    recognition.start();
  } catch {
    return null;
  }
  return {
    stop: () => {
      recognition.stop();
      return text;
    },
  };
}
