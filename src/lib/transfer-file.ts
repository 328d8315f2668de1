/**
 * The part every exported file shares (drill progress, assessment history):
 * how it is written, and how an upload is read and checked before anyone
 * looks at its contents. Never throws: each problem is a message for the user.
 */
import type { z } from 'zod/mini';

/** The file's text: indented, because people open these files to see what they hold. */
export function serialiseExport(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
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
  /** Recognises the file's kind and reads its version, before the body is judged. */
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
