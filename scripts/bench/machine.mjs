/**
 * What the figures were measured on: CPU, cores, memory, load, Node,
 * Chromium, Astro and Lighthouse versions, the commit, and the date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromePath } from './chromium.mjs';

const require = createRequire(import.meta.url);

function packageVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return 'not installed';
  }
}

function chromiumVersion() {
  const bin = chromePath();
  if (!existsSync(bin)) return `not found (${bin})`;
  try {
    const out = execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 });
    return out.match(/(?:Chromium|Chrome)[^\n]*?\d+(?:\.\d+)+/)?.[0] ?? out.trim();
  } catch (error) {
    return `unknown (${error.message.split('\n')[0]})`;
  }
}

/** The checked-out commit, read from .git without running git. */
function commit(root) {
  try {
    const gitDir = path.join(root, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = path.join(gitDir, ref);
    if (existsSync(loose)) return `${readFileSync(loose, 'utf8').trim().slice(0, 12)} (${ref.replace('refs/heads/', '')})`;
    const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8').split('\n').find((l) => l.endsWith(` ${ref}`));
    return packed ? `${packed.slice(0, 12)} (${ref.replace('refs/heads/', '')})` : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function machine(root) {
  const cpus = os.cpus();
  return {
    date: new Date(),
    cpu: cpus[0]?.model?.trim() || 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    node: process.version,
    chromium: chromiumVersion(),
    astro: packageVersion('astro'),
    lighthouse: packageVersion('lighthouse'),
    commit: commit(root),
  };
}

export function machineRows(m) {
  return [
    ['Date', `${m.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
    ['CPU', m.cpu],
    ['Cores', String(m.cores)],
    ['Memory', m.memory],
    ['OS', m.os],
    ['Load average at start (1 / 5 / 15 min)', m.load],
    ['Node', m.node],
    ['Chromium', m.chromium],
    ['Astro', m.astro],
    ['Lighthouse', m.lighthouse],
    ['Commit (the working tree may differ)', m.commit],
  ];
}
