/**
 * Numbers in guide prose come from data: a digit typed into an MDX body (outside a <Fig> or
 * <Period> component) would be a figure typed twice, free to drift from its source. A few
 * patterns are words, not figures, and are allowed.
 */

/** Digits that are part of a name or a clock time, not a figure. */
export const PROSE_ALLOW: RegExp[] = [
  /\b\d{1,2}:\d{2}\b/g, // times of day in "a day in the life"
  /\bO\*NET \d+(\.\d+)?\b/g, // the O*NET release, a name: "O*NET 29.2"
  /\bJob Zone \d\b/g, // O*NET's named preparation levels
  /\b\d{2}-\d{4}(\.\d{2})?\b/g, // SOC and O*NET codes
];

/** Each line of an MDX body that still holds a digit once components, expressions and allowed names are removed. */
export function digitsInProse(body: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  body.split('\n').forEach((raw, i) => {
    let line = raw
      .replace(/<[A-Z][\w.]*\b[^>]*\/>/g, '') // <Fig f={...} />
      .replace(/\{[^}]*\}/g, '') // {expressions}
      .replace(/\]\([^)]*\)/g, ']') // link targets
      .replace(/https?:\/\/\S+/g, '');
    for (const allowed of PROSE_ALLOW) line = line.replace(allowed, '');
    if (/\d/.test(line)) found.push({ line: i + 1, text: raw.trim() });
  });
  return found;
}

/** The body of an .mdx file: everything after the frontmatter. */
export function mdxBody(file: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(file);
  return m ? file.slice(m[0].length) : file;
}
