// What a `layercache build` loads before its first docker call: the static imports from the CLI's
// entry, the build command and cachedBuild (which the command imports once its inputs are checked).
// The Dockerfile parser (dockerfile-ast, about 240 KB) is not among them: it loads on first use,
// after the build has started or when the Dockerfile has cache mounts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.dirname(new URL(import.meta.url).pathname);
// `import {…} from` and `export {…} from`, over lines; `import type` and `export type` load nothing.
const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;'"]*?from\s*'(\.[^']+)'|(?:^|\n)\s*import\s*'(\.[^']+)'/g;

function staticClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const target = path.resolve(path.dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts');
      if (existsSync(target)) visit(target);
    }
  };
  entries.forEach((e) => visit(path.join(SRC, e)));
  return new Set([...seen].map((f) => path.relative(SRC, f)));
}

test('the build path loads the Dockerfile parser lazily', () => {
  const loaded = staticClosure(['cli/main.ts', 'cli/commands/build.ts', 'build.ts']);
  // The walk does follow the build's imports: the modules that use the parser are loaded.
  expect(loaded).toContain('mounts/persist.ts');
  expect(loaded).toContain('record/collect.ts');
  expect([...loaded].filter((f) => f === 'dockerfile/model.ts' || f.startsWith('lint/'))).toEqual([]);
});
