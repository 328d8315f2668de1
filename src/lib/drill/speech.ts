/** What a transcript of a spoken answer says about its delivery: pace and filler words. */
import { wordCount } from './notes';

/** Fillers interview coaches listen for; "like" and "so" count only as whole words. */
export const FILLERS = ['um', 'uh', 'er', 'like', 'you know', 'basically', 'actually', 'literally', 'kind of', 'sort of', 'i mean'] as const;

export interface DeliveryStats {
  words: number;
  /** Words per minute, rounded; null for an answer too short to say. */
  wordsPerMinute: number | null;
  fillers: { word: string; count: number }[];
  fillerTotal: number;
}

export function deliveryStats(transcript: string, durationMs: number): DeliveryStats {
  const words = wordCount(transcript);
  const text = ` ${transcript.toLowerCase().replace(/[^\p{L}\p{N}'\s]/gu, ' ').replace(/\s+/g, ' ')} `;
  const fillers = FILLERS.map((word) => ({ word, count: text.split(` ${word} `).length - 1 })).filter((f) => f.count > 0);
  return {
    words,
    wordsPerMinute: durationMs >= 5_000 && words > 0 ? Math.round(words / (durationMs / 60_000)) : null,
    fillers,
    fillerTotal: fillers.reduce((sum, f) => sum + f.count, 0),
  };
}

/** "1.2 MB", "350 KB" for the space recordings take. */
export function bytesLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
