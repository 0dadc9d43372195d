// Shared tsup settings: every package ships ESM with .d.ts files from src/index.ts (and a CLI entry where it has one).
import type { Options } from 'tsup';

export function packageBuild(entry: Record<string, string>): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
  };
}
