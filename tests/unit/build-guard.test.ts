/**
 * The content rules are wired into Astro itself: broken content stops the
 * real toolchain (here `astro sync`, the first step of `astro build`) with a
 * message naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = path.join('node_modules', '.cache', 'build-guard', 'content');
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

it('stops astro with the file and field of a pay figure that does not add up', () => {
  cpSync('tests/fixtures/content/valid', dir, { recursive: true });
  cpSync('tests/fixtures/content/broken/pay-mismatch', dir, { recursive: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    env: { ...process.env, CSR_CONTENT_DIR: dir, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 90_000,
  });
  const output = run.stdout + run.stderr;
  expect(run.status, output).not.toBe(0);
  expect(output).toContain(`${dir}/occupations/test-clerk.md → pay.medianHourly.value:`);
  expect(output).toContain('differs from the annual median 41600 by more than 1%');
}, 90_000);
