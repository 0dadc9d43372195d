// `pnpm test:stress`: the long-running reliability tests (the 50-build soak) against the real
// engine. Kept out of the normal suites: their configs only pick *.test.ts / *.test.itg.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../../../../../', import.meta.url).pathname,
    include: ['packages/sdk/test/reliability/stress/**/*.stress.ts'],
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
    globalSetup: ['./test-support/require-engine.ts'],
  },
});
