/**
 * Gates over the files of the build itself, for every page: valid HTML, no
 * broken internal links or anchors, a Content-Security-Policy, no inline
 * event handlers, nothing loaded from another origin.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

const DIST = 'dist';

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? htmlFiles(p) : d.name.endsWith('.html') ? [p] : [];
  });
}

/** The page path a file is served at: dist/careers/x/index.html → /careers/x/. */
const pagePath = (file: string) => `/${path.relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

const files = htmlFiles();
const ids = new Map<string, Set<string>>(
  files.map((f) => [pagePath(f), new Set([...readFileSync(f, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]),
);

test('the build has pages to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
});

test('every page is valid HTML (html-validate, standard and document presets)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard', 'html-validate:document'],
    rules: {
      // Astro writes the island bootstrap and CSP hashes; long lines and attribute order are not errors in HTML.
      'long-title': 'off',
      // SRI guards resources from other origins; every script here is our own, same-origin, and pinned by the CSP.
      'require-sri': 'off',
    },
  });
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link and anchor leads somewhere', () => {
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const from = pagePath(file);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${from}`);
      const target = url.pathname;
      const onDisk = path.join(DIST, decodeURIComponent(target));
      const exists = target.endsWith('/')
        ? existsSync(path.join(onDisk, 'index.html'))
        : existsSync(onDisk) && statSync(onDisk).isFile();
      if (!exists) {
        broken.push(`${from}: ${raw} (no such file)`);
        continue;
      }
      if (url.hash && target.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.get(target)?.has(id)) broken.push(`${from}: ${raw} (no element with id "${id}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every page carries a strict Content-Security-Policy and no inline event handlers', () => {
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!csp) problems.push(`${file}: no CSP meta tag`);
    else {
      if (/unsafe-inline|unsafe-eval/.test(csp.replace(/style-src-attr[^;]*/, ''))) problems.push(`${file}: CSP allows unsafe code`);
      if (!/default-src 'self'|script-src 'self'/.test(csp)) problems.push(`${file}: CSP does not limit scripts to this site`);
      // A meta tag can carry these, so they hold even on a host that ignores _headers.
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        if (!csp.includes(directive)) problems.push(`${file}: CSP meta lacks ${directive}`);
      }
    }
    const handler = /<[a-z][^>]*\son[a-z]+=/i.exec(html);
    if (handler) problems.push(`${file}: inline event handler ${handler[0].slice(0, 60)}`);
  }
  expect(problems).toEqual([]);
});

test('nothing is loaded from another origin', () => {
  const external: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    // Links a reader follows are fine; resources a page loads by itself are not.
    for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)) {
      if (m[1] === 'link' && /rel="(canonical|alternate)"/.test(m[0])) continue;
      external.push(`${file}: ${m[2]}`);
    }
    for (const m of html.matchAll(/url\((['"]?)(https?:[^)'"]+)\1\)/g)) external.push(`${file}: CSS url ${m[2]}`);
  }
  expect(external).toEqual([]);
});

test('public/_headers gives hosts the headers a meta tag cannot carry', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  for (const h of ['frame-ancestors', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy', '/_astro/*', 'immutable']) {
    expect(headers).toContain(h);
  }
  // The mock interview records answers: a policy that shuts the microphone out breaks it for everyone.
  expect(headers).toMatch(/Permissions-Policy:[^\n]*\bmicrophone=\(self\)/);
  expect(headers).toMatch(/Permissions-Policy:[^\n]*\bcamera=\(\)/);
});

test('island pages break no Content-Security-Policy rule (no eval, no inline code)', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const issues: string[] = [];
  cdp.on('Audits.issueAdded', (event) => {
    if (event.issue.code === 'ContentSecurityPolicyIssue') issues.push(JSON.stringify(event.issue.details).slice(0, 300));
  });
  await cdp.send('Audits.enable');
  for (const path of ['/careers/customer-service-representative/interview/', '/careers/customer-service-representative/skills/', '/careers/compare/', '/counselors/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(issues).toEqual([]);
});
