#!/usr/bin/env node
/**
 * npm run mutate [-- --mutate src/lib/storage.ts]: StrykerJS over src/lib (incremental), then
 * bench/mutation.md from its JSON report. Not part of npm test: it takes long on 2 cores.
 * Extra arguments go to `stryker run`, so one module can be iterated on at a time.
 */
import { spawnSync } from 'node:child_process';

const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (stryker.status !== 0) process.exit(stryker.status ?? 1);
const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
process.exit(report.status ?? 1);
