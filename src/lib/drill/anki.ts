/**
 * "Export for Anki": the occupation's questions, with the reader's STAR notes, as the plain-text
 * file Anki's importer reads (File › Import): one note a line, fields separated by tabs, with the
 * file headers Anki 2.1.55 and later understand, so the columns, HTML and tags need no setting.
 */
import type { DrillQuestion } from './deck';
import { notesFor, STAR_FIELDS } from './notes';
import type { Progress } from './progress';

const STAR_LABELS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

/** Text as one HTML field: no tab or line break can split the row, and `<` stays text. */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r\n?|\n/g, '<br>');
}

/** Anki tags are split on spaces: `skill::de-escalation`, `category::behavioral`. */
function tag(text: string): string {
  return text.trim().replace(/\s+/g, '-');
}

function list(title: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `<b>${ankiField(title)}</b><ul>${items.map((i) => `<li>${ankiField(i)}</li>`).join('')}</ul>`;
}

function back(question: DrillQuestion, progress: Progress): string {
  const { star, story } = notesFor(progress, question.id);
  const mine = STAR_FIELDS.filter((field) => star[field].trim() !== '').map((field) => `<b>${STAR_LABELS[field]}:</b> ${ankiField(star[field].trim())}`);
  const parts = [
    `<p><b>Why they ask:</b> ${ankiField(question.purpose)}</p>`,
    list('A strong answer', question.strongAnswer),
    list('Pitfalls', question.pitfalls),
    question.framework ? `<p><b>Framework:</b> ${ankiField(question.framework)}</p>` : '',
    mine.length > 0 ? `<p><b>My notes${story ? ` (story: ${ankiField(story.title)})` : ''}</b><br>${mine.join('<br>')}</p>` : '',
  ];
  // An empty part adds nothing to the joined text.
  return parts.join('');
}

export interface AnkiOptions {
  /** The occupation id, which names the deck and tags every note. */
  occupation: string;
  occupationTitle: string;
}

/** The whole file: headers, then one tab-separated row per question (front, back, tags). */
export function ankiExport(questions: readonly DrillQuestion[], progress: Progress, options: AnkiOptions): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${options.occupationTitle.replace(/[\t\r\n]/g, ' ')} interview`,
    '#columns:Front\tBack\tTags',
    '#tags column:3',
  ];
  const rows = questions.map((q) => {
    const tags = [`csr-guide`, `occupation::${tag(options.occupation)}`, `category::${tag(q.category)}`, ...q.skills.map((s) => `skill::${tag(s)}`)];
    return [ankiField(q.text), back(q, progress), tags.join(' ')].join('\t');
  });
  return `${[...header, ...rows].join('\n')}\n`;
}

/** `csr-guide-anki-customer-service-representative.txt` */
export function ankiFileName(occupation: string): string {
  return `csr-guide-anki-${occupation}.txt`;
}
