// Unit tests of the benchmark's pure parts (medians, targets, rendering, byte counting, commands).
// `pnpm exec vitest run --config bench/vitest.config.ts`; the root config does not include bench/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'bench/.out/**'],
  },
});
