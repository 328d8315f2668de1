/**
 * The static server every check drives a browser against (scripts/serve.mjs through
 * scripts/bench/server.mjs): one bad request must not take the site down under the budget gate,
 * and a server that did stop says how, so the gate can start another.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/bench/server.mjs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/serve.mjs', () => {
  it('answers a malformed address with 400 and goes on serving', async () => {
    const server = await startServer(dir, { host: '127.0.0.1' });
    try {
      const bad = await fetch(`${server.url}/%E0%A4%A`);
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/not valid percent-encoding/);
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<title>Home</title>');
      expect(server.gone()).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('once stopped, says how it stopped', async () => {
    const server = await startServer(dir, { host: '127.0.0.1' });
    await server.stop();
    expect(server.gone()).toMatch(/^scripts\/serve\.mjs was killed by SIGTERM/);
  });
});
