/** What the dialog and the A–Z page share about results: type labels and marked-up titles. */
import type { DocType } from './documents';

export const TYPE_LABELS: Record<DocType, string> = {
  occupation: 'Career guides',
  section: 'Guide sections',
  question: 'Interview questions',
  skill: 'Skills',
  term: 'Glossary',
};

/** One result's label, shown before its context: "Guide section · Bank Teller". */
export const TYPE_NAMES: Record<DocType, string> = {
  occupation: 'Career guide',
  section: 'Guide section',
  question: 'Interview question',
  skill: 'Skill',
  term: 'Glossary',
};

export interface Segment {
  text: string;
  match: boolean;
}
