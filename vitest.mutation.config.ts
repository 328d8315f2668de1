import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// For `npm run mutate` only: instrumented code on shared cores runs several times slower, and a
// test that times out in the initial run stops Stryker altogether.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 60_000 } }));
