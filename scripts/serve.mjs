#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host does: clean URLs,
 * the 404 page with status 404, and the response headers from dist/_headers
 * (Netlify / Cloudflare Pages format), so tests see what users will get.
 * Text files are sent gzip-compressed to a browser that accepts it, as those hosts do (they
 * compress on the fly), so Lighthouse and the benches time the bytes a reader really waits for.
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? 4321));
const root = path.resolve(opt('dir', 'dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Parses a _headers file: a path pattern line, then indented "Name: value" lines. */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const i = raw.indexOf(':');
      if (i > 0) current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, pathname) {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(pathname);
}

let rules = [];
try {
  rules = parseHeaders(await readFile(path.join(root, '_headers'), 'utf8'));
} catch {
  // No _headers: serve without extra headers.
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
/** Each file compressed once, until it changes on disk (a rebuild while serving). */
const gzipped = new Map();
async function gzipOf(file, body) {
  const { mtimeMs } = await stat(file);
  const hit = gzipped.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.bytes;
  const bytes = gzipSync(body, { level: 6 });
  gzipped.set(file, { mtimeMs, bytes });
  return bytes;
}

async function resolveFile(pathname) {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = path.join(file, 'index.html');
  else if (!info) {
    const html = `${file}.html`;
    if (await stat(html).catch(() => null)) file = html;
  }
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

/** A request the server cannot read: answered, never a crash that takes the site down. */
function refuse(res, status, text) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const server = createServer((req, res) => {
  answer(req, res).catch((error) => {
    // A malformed address (%E0%A4%A) is the asker's fault; anything else is ours, and logged.
    if (error instanceof URIError) refuse(res, 400, 'Bad request: the address is not valid percent-encoding.');
    else {
      console.error(`serve.mjs: ${req.method} ${req.url}:`, error);
      refuse(res, 500, 'Internal server error');
    }
  });
});

async function answer(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without a trailing slash redirect, as static hosts do.
  if (!path.extname(url.pathname) && !url.pathname.endsWith('/')) {
    const dir = await stat(path.join(root, url.pathname)).catch(() => null);
    if (dir?.isDirectory()) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
  }
  let file = await resolveFile(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
  for (const rule of rules) {
    if (matches(rule.pattern, url.pathname)) for (const [k, v] of rule.headers) headers[k] = v;
  }
  try {
    let body = await readFile(file);
    if (COMPRESSIBLE.test(headers['Content-Type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = await gzipOf(file, body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  }
}

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${port}/`);
});
