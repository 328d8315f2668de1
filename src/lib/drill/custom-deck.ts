/** Your own questions as drill cards; apart from custom.ts so the first view loads only this. */
import type { DrillQuestion } from './deck';
import type { Progress } from './progress';

/** Your questions as drill cards, oldest first, so new cards come in the order they were written. */
export function customDeck(progress: Progress): DrillQuestion[] {
  return Object.entries(progress.custom)
    .sort(([, a], [, b]) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map(([id, q]) => {
      const question: DrillQuestion = {
        id,
        text: q.text,
        purpose: q.purpose,
        category: q.category,
        skills: [...q.skills],
        strongAnswer: [...q.strongAnswer],
        pitfalls: [...q.pitfalls],
        followUps: [...q.followUps],
      };
      if (q.framework !== undefined) question.framework = q.framework;
      return question;
    });
}
