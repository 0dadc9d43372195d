// Integration tests: a real Docker engine, buildx, registry (scripts/engine/start.sh).
// One file at a time: they share the engine's build cache, which tests clear on purpose.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.itg.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    globalSetup: ['./test-support/require-engine.ts'],
  },
});
