import type { DrillQuestion, QuestionCategory } from '../../../src/lib/drill/deck';

export function question(id: string, category: QuestionCategory = 'behavioral', skills: string[] = ['empathy']): DrillQuestion {
  return {
    id,
    text: `Question ${id}?`,
    purpose: `Why ${id} is asked.`,
    category,
    skills,
    strongAnswer: ['A specific example.'],
    pitfalls: ['Blaming the customer.'],
    followUps: [],
  };
}

/** Twelve questions: more than the default ten new cards a day. */
export const deck: DrillQuestion[] = [
  question('tell-me-about-yourself', 'background', ['communication']),
  question('angry-customer', 'behavioral', ['empathy', 'de-escalation']),
  question('why-customer-service', 'motivational', ['communication']),
  question('handle-hold-times', 'situational', ['time-management']),
  question('learn-new-system', 'technical', ['product-knowledge']),
  question('said-no-to-customer', 'behavioral', ['de-escalation', 'problem-solving']),
  question('busy-queue', 'situational', ['time-management', 'stress-tolerance']),
  question('mistake-you-made', 'behavioral', ['accountability']),
  question('difficult-coworker', 'behavioral', ['teamwork']),
  question('first-call-resolution', 'technical', ['problem-solving']),
  question('feedback-received', 'behavioral', ['accountability']),
  question('where-in-five-years', 'motivational', ['communication']),
];

/** A Monday morning in New York (EST, UTC−5). */
export const MONDAY_9AM = new Date('2025-03-03T14:00:00.000Z');
export const NEW_YORK = 'America/New_York';

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => n * 86_400_000;
export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
