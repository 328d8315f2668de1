import { defineConfig } from 'vitest/config';

// Unit tests cover src/lib and the content rules: plain TypeScript, no Astro runtime needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
