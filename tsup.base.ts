// Shared tsup settings: every package ships ESM with .d.ts files from src/index.ts (and a CLI entry where it has one).
// Every runtime dependency (the SDK itself in an adapter, zod, yaml, dockerfile-ast, aws4fetch) is bundled and
// tree-shaken into dist/, so `npm install <tarball>` installs nothing else, offline, with no install script.
// The .d.ts files still name zod (SDK) and @layercache/sdk (adapters): optional peer dependencies, for types only.
import type { Options } from 'tsup';

export function packageBuild(entry: Record<string, string>): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    noExternal: [/.*/],
    // CommonJS dependencies (dockerfile-ast's vscode-languageserver-types) call require(); give ESM chunks one.
    banner: { js: "import { createRequire as __lcRequire } from 'node:module'; const require = __lcRequire(import.meta.url);" },
  };
}
