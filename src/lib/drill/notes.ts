/**
 * STAR notes and the story bank. A question either has its own notes or shows a story; a story
 * can serve several questions, and is edited in one place. `note.storyId` is the source of truth
 * for which story a question uses; `story.questionIds` is kept in step with it for display.
 */
import { durationLabel } from './duration';
import type { Note, Progress, Story } from './progress';
import { own } from '../own';

export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const;
export type StarField = (typeof STAR_FIELDS)[number];
export type StarText = Record<StarField, string>;

/** About how fast people speak in an interview. */
export const WORDS_PER_MINUTE = 130;

/** Words with a letter or digit in them; dashes and bullets on their own are not words. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function starWordCount(star: StarText): number {
  return STAR_FIELDS.reduce((sum, field) => sum + wordCount(star[field]), 0);
}

/** "about 1 min 10 s", rounded to 5 s because the estimate is not finer than that. */
export function speakingTime(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): string {
  if (words <= 0) return '0 s';
  const seconds = Math.max(5, Math.round((words / wordsPerMinute) * 12) * 5);
  return `about ${durationLabel(seconds * 1000)}`;
}

const blank: StarText = { situation: '', task: '', action: '', result: '' };

function pickStar(source: StarText): StarText {
  return { situation: source.situation, task: source.task, action: source.action, result: source.result };
}

export interface QuestionNotes {
  star: StarText;
  /** The story shown for this question, when one is attached. */
  story?: { id: string; title: string };
}

/** The STAR text to show for a question: its story's when attached, else its own notes. */
export function notesFor(progress: Progress, questionId: string): QuestionNotes {
  const note = own(progress.notes, questionId);
  const story = note?.storyId === undefined ? undefined : own(progress.stories, note.storyId);
  if (note?.storyId !== undefined && story) return { star: pickStar(story), story: { id: note.storyId, title: story.title } };
  return { star: note ? pickStar(note) : { ...blank } };
}

function withNote(progress: Progress, questionId: string, note: Note): Progress {
  return { ...progress, notes: { ...progress.notes, [questionId]: note } };
}

function withStory(progress: Progress, storyId: string, story: Story): Progress {
  return { ...progress, stories: { ...progress.stories, [storyId]: story } };
}

function stamp(now: Date): { updatedAt: string } {
  return { updatedAt: now.toISOString() };
}

/**
 * Saves what the learner typed for a question. When the question shows a story, the story is
 * what they are editing, so the change appears on every question that uses it.
 */
export function editNotes(progress: Progress, questionId: string, patch: Partial<StarText>, now: Date): Progress {
  const note = own(progress.notes, questionId);
  const storyId = note?.storyId;
  const story = storyId === undefined ? undefined : own(progress.stories, storyId);
  if (storyId !== undefined && story) return withStory(progress, storyId, { ...story, ...patch, ...stamp(now) });
  return withNote(progress, questionId, { ...blank, ...note, ...patch, ...stamp(now) });
}

/** Edits a story once; every question attached to it shows the change. */
export function editStory(progress: Progress, storyId: string, patch: Partial<StarText & { title: string }>, now: Date): Progress {
  const story = own(progress.stories, storyId);
  if (!story) return progress;
  return withStory(progress, storyId, { ...story, ...patch, ...stamp(now) });
}

/** Adds a story to the bank; `storyId` comes from the caller so this stays deterministic. */
export function createStory(
  progress: Progress,
  storyId: string,
  fields: Partial<StarText> & { title: string },
  now: Date,
): Progress {
  return withStory(progress, storyId, { ...blank, ...fields, questionIds: [], ...stamp(now) });
}

/** Turns a question's own notes into a reusable story, attached to that question. */
export function storyFromNotes(progress: Progress, questionId: string, storyId: string, title: string, now: Date): Progress {
  const { star } = notesFor(progress, questionId);
  return attachStory(createStory(progress, storyId, { ...star, title }, now), storyId, questionId, now);
}

/** Shows `storyId` for `questionId`; the question's own notes are kept for if it is detached. */
export function attachStory(progress: Progress, storyId: string, questionId: string, now: Date): Progress {
  if (!own(progress.stories, storyId)) return progress;
  const note: Note = { ...blank, ...own(progress.notes, questionId), storyId, ...stamp(now) };
  return syncStoryLinks(withNote(progress, questionId, note));
}

/**
 * Stops showing a story for a question. The story's text is copied into the question's own
 * notes, so detaching never makes words disappear from the screen.
 */
export function detachStory(progress: Progress, questionId: string, now: Date): Progress {
  const note = own(progress.notes, questionId);
  if (note?.storyId === undefined) return progress;
  const { star } = notesFor(progress, questionId);
  const { storyId: _detached, ...rest } = note;
  return syncStoryLinks(withNote(progress, questionId, { ...rest, ...star, ...stamp(now) }));
}

/** Removes a story from the bank, detaching it (text kept) from every question. */
export function deleteStory(progress: Progress, storyId: string, now: Date): Progress {
  let next = progress;
  for (const [questionId, note] of Object.entries(progress.notes)) {
    if (note.storyId === storyId) next = detachStory(next, questionId, now);
  }
  const { [storyId]: _deleted, ...stories } = next.stories;
  return { ...next, stories };
}

/** Rebuilds every story's `questionIds` from the notes, e.g. after a merge. */
export function syncStoryLinks(progress: Progress): Progress {
  const links = new Map<string, string[]>();
  for (const [questionId, note] of Object.entries(progress.notes)) {
    if (note.storyId === undefined) continue;
    links.set(note.storyId, [...(links.get(note.storyId) ?? []), questionId]);
  }
  const stories: Record<string, Story> = {};
  for (const [storyId, story] of Object.entries(progress.stories)) {
    stories[storyId] = { ...story, questionIds: (links.get(storyId) ?? []).sort() };
  }
  return { ...progress, stories };
}

/** A story id no other story has: "story-1", "story-2", … */
export function nextStoryId(progress: Progress): string {
  let n = Object.keys(progress.stories).length + 1;
  while (Object.hasOwn(progress.stories, `story-${n}`)) n += 1;
  return `story-${n}`;
}
