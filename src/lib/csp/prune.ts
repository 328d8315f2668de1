/**
 * Astro writes the hash of every inline script and style of the whole build into every page's
 * Content-Security-Policy meta tag: 27 hashes (1.3 KB compressed) on a guide that has one style
 * and a few scripts. Each page needs only the hashes of its own inline blocks, which also makes
 * its policy stricter. Pure: the hash function comes in as a parameter (node:crypto at build).
 */

/** `sha256-…` (or -384/-512) of an inline block's exact text, as CSP hash sources spell it. */
export type HashOf = (text: string) => string;

export interface PruneResult {
  html: string;
  /** Hash sources removed from the policy. */
  removed: number;
  /** Why the page was left as it was, when it was. */
  skipped?: string;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

/** The text of every inline script and style in a page (scripts with a src, and JSON data blocks, are not inline code). */
export function inlineBlocks(html: string): Array<{ kind: 'script' | 'style'; text: string }> {
  const out: Array<{ kind: 'script' | 'style'; text: string }> = [];
  for (const m of html.matchAll(INLINE)) {
    const kind = m[1]!.toLowerCase() as 'script' | 'style';
    const attrs = m[2] ?? '';
    if (kind === 'script' && (/\ssrc=/i.test(attrs) || /type="application\/(ld\+)?json"/i.test(attrs))) continue;
    out.push({ kind, text: m[3]! });
  }
  return out;
}

/**
 * Keeps, in script-src and style-src, only the hash sources of the page's own inline blocks.
 * A page whose inline block has no hash in its policy is left untouched (the hashing would not
 * match Astro's, so pruning could break it), and says why.
 */
export function pruneCspHashes(html: string, hashOf: HashOf): PruneResult {
  const meta = META.exec(html);
  if (!meta) return { html, removed: 0, skipped: 'no CSP meta tag' };
  const policy = meta[1]!;
  const needed = new Set(inlineBlocks(html).map((b) => `'${hashOf(b.text)}'`));
  const present = new Set(policy.match(/'sha(256|384|512)-[^']+'/g) ?? []);
  for (const h of needed) if (!present.has(h)) return { html, removed: 0, skipped: `inline block hash ${h} is not in the policy` };
  let removed = 0;
  const pruned = policy
    .split(';')
    .map((directive) => {
      const parts = directive.trim().split(/\s+/);
      if (!['script-src', 'style-src'].includes(parts[0] ?? '')) return directive;
      const kept = parts.filter((p, i) => i === 0 || !/^'sha(256|384|512)-/.test(p) || needed.has(p));
      removed += parts.length - kept.length;
      return ` ${kept.join(' ')}`;
    })
    .join(';');
  return { html: html.replace(meta[0], () => meta[0].replace(policy, () => pruned)), removed };
}
