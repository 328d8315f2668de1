/**
 * Builds one Astro project in a child process and times it, for the scaling
 * bench. Each build gets its own output and cache folders, so a bench build
 * never touches dist/ or the project's content cache, and starts cold.
 *
 *   const r = await timedBuild({ root, outDir, cacheDir, env })
 *   → { ok, ms, pages, htmlBytes, output }   (ms: wall time of the whole `astro build`, Node start-up included)
 *   phases(output) → where the time went, from Astro's log
 *
 * The child is this file run as a script: node scripts/bench/astro-build.mjs <root> <outDir> <cacheDir>
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

/** The .html files under a folder, the pages a build wrote: how many, and their bytes. */
export function htmlFiles(dir) {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    pages++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { pages, bytes };
}

/** A duration as Astro and Vite log it: "850ms", "4.44s", "4m 17s" or "2m". */
const DURATION = String.raw`([\d.]+ms|\d+m(?: [\d.]+s)?|[\d.]+s)`;
export function durationMs(text) {
  const m = /^(?:(\d+)m)? ?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60_000 + (m[2] === undefined ? 0 : Number(m[2]) * (m[3] === 's' ? 1000 : 1));
}

/**
 * Where a build's time went, read from Astro's info log (best effort: a phase
 * Astro stops logging is left out). Times in ms.
 */
export function phases(output) {
  const log = output.replace(/\x1b\[[0-9;]*m/g, '');
  const one = (pattern) => {
    const m = new RegExp(pattern.replace('DURATION', DURATION)).exec(log);
    return m ? durationMs(m[1]) : undefined;
  };
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].reduce((n, m) => n + (durationMs(m[1]) ?? 0), 0);
  const pages = [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({ page: m[1], ms: Number(m[2]) }));
  pages.sort((a, b) => b.ms - a.ms);
  return {
    /** Astro's own total, from config loaded to pages written. */
    astro: one(String.raw`\[build\] \d+ page\(s\) built in DURATION`),
    /** Content layer sync and type generation. */
    content: one(String.raw`\[types\] Generated DURATION`),
    /** "Collecting build info": content sync included. */
    collect: one(String.raw`Collecting build info[\s\S]*?✓ Completed in DURATION`),
    /** Vite/Rolldown bundling of the server and client code. */
    bundle: vite || undefined,
    /** Rendering every route to HTML. */
    render: one(String.raw`generating static routes[\s\S]*?✓ Completed in DURATION`),
    slowest: pages.slice(0, 3),
  };
}

export function timedBuild({ root, outDir, cacheDir, env = {}, cwd = process.cwd() }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [SELF, path.resolve(root), path.resolve(outDir), path.resolve(cacheDir)], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let written = { pages: 0, bytes: 0 };
      try {
        written = htmlFiles(outDir);
      } catch {
        // No output folder: the build failed before writing.
      }
      resolve({ ok: code === 0, ms, pages: written.pages, htmlBytes: written.bytes, output });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const [root, outDir, cacheDir] = process.argv.slice(2);
  const { build } = await import('astro');
  // Inline config is merged over the project's astro.config.*.
  await build({
    root,
    outDir,
    cacheDir,
    // Info, for the phase timings in its log.
    logLevel: 'info',
  });
  // Vite can leave handles open; the build is done.
  process.exit(0);
}
