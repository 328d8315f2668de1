/**
 * Weighs a built page the way a browser fetches it: the HTML, every stylesheet
 * and script it loads (followed through static imports), each compressed with
 * gzip. Used by the budget gate and the bench report. A stylesheet for paper
 * only (media="print") never holds up the first render: it is weighed apart
 * (`printCss`) and counted in the total, not in the first round trip.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function fileFor(dist, pagePath) {
  const clean = pagePath.replace(/^\//, '');
  const direct = path.join(dist, clean);
  if (clean.endsWith('.html')) return direct;
  return path.join(direct, 'index.html');
}

/** Module scripts pull in more modules; follow `import "./x.js"` / `from "./x.js"` edges. */
function jsClosure(dist, entry, seen) {
  if (seen.has(entry)) return;
  const file = path.join(dist, entry);
  if (!existsSync(file)) return;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const next = path.posix.join(path.posix.dirname(entry), m[1]);
    jsClosure(dist, next, seen);
  }
}

export function weighPage(dist, pagePath) {
  const htmlFile = fileFor(dist, pagePath);
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = [];
  const printCss = [];
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0]);
    if (href) (/\smedia="print"/.test(m[0]) ? printCss : css).push(readFileSync(path.join(dist, href[1])));
  }
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = new Set();
  let inlineJs = '';
  for (const m of text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs);
    if (src) jsClosure(dist, src[1].replace(/^\//, ''), scripts);
    else inlineJs += m[2];
  }
  // Astro islands name their component and renderer URLs in attributes.
  for (const m of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) jsClosure(dist, m[1].replace(/^\//, ''), scripts);
  const jsFiles = [...scripts].map((s) => readFileSync(path.join(dist, s)));
  const cssBytes = css.reduce((n, b) => n + gz(b), 0);
  const printCssBytes = printCss.reduce((n, b) => n + gz(b), 0);
  const jsBytes = jsFiles.reduce((n, b) => n + gz(b), 0);
  return {
    page: pagePath,
    html: gz(html),
    htmlRaw: html.length,
    css: cssBytes,
    printCss: printCssBytes,
    inlineCss: inlineCss.length,
    js: jsBytes,
    // Inline scripts travel inside the HTML: compressed, like every other figure here.
    inlineJs: inlineJs ? gz(Buffer.from(inlineJs)) : 0,
    jsFiles: [...scripts],
    total: gz(html) + cssBytes + printCssBytes + jsBytes,
  };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
