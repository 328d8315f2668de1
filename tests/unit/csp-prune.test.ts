import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, pruneCspHashes } from '../../src/lib/csp/prune';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const h = (text: string) => `'${sha256(text)}'`;

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{color:red}</style></head><body>${body}</body></html>`;

describe('pruneCspHashes', () => {
  it("keeps the hashes of the page's own inline blocks and drops the rest of the build's", () => {
    const policy = `object-src 'none'; script-src 'self' ${h('run()')} ${h('other()')}; style-src 'self' ${h('a{color:red}')} ${h('b{}')};`;
    const html = page(policy, `<script>run()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script>`);
    const result = pruneCspHashes(html, sha256);
    expect(result.removed).toBe(2);
    expect(result.html).toContain(`script-src 'self' ${h('run()')};`);
    expect(result.html).toContain(`style-src 'self' ${h('a{color:red}')};`);
    expect(result.html).not.toContain(h('other()'));
    expect(result.html).not.toContain(h('b{}'));
    // Other directives and the page itself stay as they were.
    expect(result.html).toContain("object-src 'none'");
    expect(result.html.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('leaves a page alone when one of its inline blocks has no hash in the policy', () => {
    const html = page(`script-src 'self' ${h('other()')}; style-src 'self' ${h('a{color:red}')};`, '<script>run()</script>');
    const result = pruneCspHashes(html, sha256);
    expect(result.html).toBe(html);
    expect(result.skipped).toMatch(/not in the policy/);
  });

  it('leaves a page without a policy alone', () => {
    const html = '<html><head></head><body><script>run()</script></body></html>';
    expect(pruneCspHashes(html, sha256)).toEqual({ html, removed: 0, skipped: 'no CSP meta tag' });
  });
});

describe('inlineBlocks', () => {
  it('counts inline code only: not scripts with a src, not JSON data', () => {
    const blocks = inlineBlocks('<style>x{}</style><script>a()</script><script src="/b.js"></script><script type="application/json">{}</script>');
    expect(blocks).toEqual([{ kind: 'style', text: 'x{}' }, { kind: 'script', text: 'a()' }]);
  });
});
