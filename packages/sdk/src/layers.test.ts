// The layering rules of docs/architecture.md, checked on the sources: the library never imports
// the CLI (cli/ and the package's entry files sit on top of it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.dirname(new URL(import.meta.url).pathname);

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(SRC, file);
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]!);

test('no library module imports cli/', () => {
  // The entry files sit on top of everything: the package's, and the adapter kit's.
  const entries = new Set(['index.ts', 'adapter/index.ts']);
  const library = sources().filter((f) => !rel(f).startsWith('cli/') && !entries.has(rel(f)));
  const offenders = library.flatMap((f) =>
    imports(f)
      .filter((spec) => rel(path.resolve(path.dirname(f), spec)).startsWith('cli/'))
      .map((spec) => `${rel(f)} imports ${spec}`),
  );
  expect(offenders).toEqual([]);
});

test('no module outside backends/ decides by a backend name (backends own what differs between them)', () => {
  const names = '(inline|registry|local|harness|s3|none)';
  const byName = new RegExp(`(===|!==)\\s*'${names}'|'${names}'\\s*(===|!==)|case '${names}':`);
  const offenders = sources()
    .filter((f) => !rel(f).startsWith('backends/'))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ line, at: `${rel(f)}:${i + 1}` })))
    .filter(({ line }) => byName.test(line))
    .map(({ at, line }) => `${at}: ${line.trim()}`);
  expect(offenders).toEqual([]);
});
