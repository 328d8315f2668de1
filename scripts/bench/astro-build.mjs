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

const toMs = (value, unit) => Number(value) * (unit === 's' ? 1000 : 1);

/**
 * Where a build's time went, read from Astro's info log (best effort: a phase
 * Astro stops logging is left out). Times in ms.
 */
export function phases(output) {
  const log = output.replace(/\x1b\[[0-9;]*m/g, '');
  const one = (re) => {
    const m = re.exec(log);
    return m ? toMs(m[1], m[2]) : undefined;
  };
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].reduce((n, m) => n + toMs(m[1], m[2]), 0);
  const pages = [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({ page: m[1], ms: Number(m[2]) }));
  pages.sort((a, b) => b.ms - a.ms);
  return {
    /** Astro's own total, from config loaded to pages written. */
    astro: one(/\[build\] \d+ page\(s\) built in ([\d.]+)(ms|s)/),
    /** Content layer sync and type generation. */
    content: one(/\[types\] Generated ([\d.]+)(ms|s)/),
    /** "Collecting build info": content sync included. */
    collect: one(/Collecting build info[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/),
    /** Vite/Rolldown bundling of the server and client code. */
    bundle: vite || undefined,
    /** Rendering every route to HTML. */
    render: one(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/),
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
