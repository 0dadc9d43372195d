// The step image's program: one self-contained ESM file (adapter + SDK from source + zod, …), so
// the image needs Node and nothing from a registry of packages. `pnpm build:image` writes image-dist/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  entry: { 'layercache-harness': 'src/image-entry.ts' },
  outDir: 'image-dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  dts: false,
  sourcemap: false,
  splitting: false,
  noExternal: [/.*/],
  outExtension: () => ({ js: '.mjs' }),
  // CommonJS dependencies use __dirname and require(); give the ESM bundle both.
  shims: true,
  banner: { js: "import { createRequire as __lcRequire } from 'node:module'; const require = __lcRequire(import.meta.url);" },
  esbuildOptions(options) {
    options.alias = {
      '@layercache/sdk/adapter': path.join(here, '../sdk/src/adapter/index.ts'),
      '@layercache/sdk': path.join(here, '../sdk/src/index.ts'),
    };
  },
});
