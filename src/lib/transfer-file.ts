/**
 * The part every exported file shares (drill progress, assessment history):
 * its header and name, how it is written, the messages a bad upload gets, and how an upload is
 * read and checked before anyone looks at its contents. Never throws: each problem is a message
 * for the user. What differs between islands (the kind, the body) is passed in as a `FileKind`.
 * Nothing here loads the validator at run time, so "Export" works without it.
 */
import type { z } from 'zod/mini';

export const EXPORT_APP = 'csr-guide';

/** What tells one island's files from another's. */
export interface FileKind<K extends string = string> {
  /** `kind` in the file: "drill-progress". */
  kind: K;
  /** The file name's middle: `csr-guide-<name>-<occupation>-<date>.json`. */
  name: string;
  /** The format version this page writes and the newest it reads. */
  version: number;
  /** The file in the user's words, for "too large to be a progress file". */
  noun: string;
  /** What it holds, for "This file is not interview practice progress exported from this site". */
  holds: string;
}

/** The header every export starts with, then the island's own body (`progress`, `history`). */
export type ExportFile<K extends string, B extends object> = {
  app: typeof EXPORT_APP;
  kind: K;
  version: number;
  occupation: string;
  exportedAt: string;
} & B;

export function exportFile<K extends string, B extends object>(spec: FileKind<K>, occupation: string, now: Date, body: B): ExportFile<K, B> {
  return { app: EXPORT_APP, kind: spec.kind, version: spec.version, occupation, exportedAt: now.toISOString(), ...body };
}

/** `csr-guide-interview-practice-customer-service-representative-2025-03-03.json` */
export function exportFileName(spec: FileKind, occupation: string, now: Date): string {
  return `${EXPORT_APP}-${spec.name}-${occupation}-${now.toISOString().slice(0, 10)}.json`;
}

/** The file's text: indented, because people open these files to see what they hold. */
export function serialiseExport(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What a refused upload is told, in the same words for every kind of file. */
export function importMessages(spec: FileKind): ReadMessages {
  return {
    tooLarge: `This file is too large to be a ${spec.noun} from this site.`,
    notJson: `This file could not be read: it is not a ${spec.noun} exported from this site (it is not JSON).`,
    wrongKind: `This file is not ${spec.holds} exported from this site.`,
    newer: (version: number) =>
      `This file was exported by a newer version of this site (format ${version}; this page reads format ${spec.version} and older). Reload the page to get the latest version, then try again.`,
    invalid: (where: string, problem: string) => `This file is damaged, so nothing was imported. Problem at ${where}: ${problem}.`,
  };
}

/** A Zod issue path in words a user can follow: "progress › cards › item 2". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top of the file';
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' › ');
}

export interface ReadMessages {
  tooLarge: string;
  notJson: string;
  wrongKind: string;
  newer: (version: number) => string;
  invalid: (where: string, problem: string) => string;
}

export interface ReadOptions<T> {
  maxChars: number;
  /** Recognizes the file's kind and reads its version, before the body is judged. */
  header: z.ZodMiniType<{ version: number }>;
  body: z.ZodMiniType<T>;
  version: number;
  messages: ReadMessages;
}

export type ReadResult<T> = { ok: true; data: T } | { ok: false; error: string };

export function readExportFile<T>(text: string, o: ReadOptions<T>): ReadResult<T> {
  if (text.length > o.maxChars) return { ok: false, error: o.messages.tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: o.messages.notJson };
  }
  const header = o.header.safeParse(json);
  if (!header.success) return { ok: false, error: o.messages.wrongKind };
  if (header.data.version > o.version) return { ok: false, error: o.messages.newer(header.data.version) };
  const body = o.body.safeParse(json);
  if (!body.success) {
    const issue = body.error.issues[0];
    return { ok: false, error: o.messages.invalid(describePath(issue?.path ?? []), issue?.message ?? 'unexpected content') };
  }
  return { ok: true, data: body.data };
}
