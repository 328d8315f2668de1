/**
 * Serves a built site for a bench run: finds a free port, starts
 * scripts/serve.mjs on it, waits until it answers, and stops it afterwards.
 *
 *   const server = await startServer('dist');   // { url, port, stop(), gone() }
 *   try { ... fetch(server.url + '/') ... } finally { await server.stop(); }
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {string} dir the built site
 * @param {{ host?: string, timeoutMs?: number }} [options] host: the name pages are requested by
 *   (localhost by default, the host the site's canonical links use)
 */
export async function startServer(dir, { host = 'localhost', timeoutMs = 15_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, '--port', String(port), '--dir', path.resolve(dir)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://${host}:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
    if (!done) child.kill('SIGKILL');
  };

  /** Null while the server runs; once it has exited, how, with the end of its output. */
  const gone = () => {
    if (child.exitCode === null && child.signalCode === null) return null;
    const how = child.signalCode ? `was killed by ${child.signalCode}` : `exited with code ${child.exitCode}`;
    const tail = log.trim().split('\n').slice(-6).join('\n');
    return `scripts/serve.mjs ${how}${tail ? `:\n${tail}` : ''}`;
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with code ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok || res.status === 404) return { url, port, stop, gone };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`scripts/serve.mjs did not answer on port ${port} within ${timeoutMs} ms:\n${log}`);
}
