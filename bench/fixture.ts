// The fixture's working copy: bench/fixture plus the vendored library sources, and the two edits
// the warm scenarios make (one app source file, one dependency). Each edit changes the compiled
// output, as a real change would, so the layers after it cannot come from the cache.
import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The app file the source scenario edits, and the dependency file the dependency scenario edits. */
export const SOURCE_FILE = 'app/src/main.c';
export const DEPENDENCY_FILE = 'vendor/lua/src/lapi.c';

export async function prepareWorkspace(fixtureDir: string, vendorDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-bench-'));
  await cp(fixtureDir, dir, { recursive: true });
  await cp(vendorDir, path.join(dir, 'vendor'), { recursive: true });
  return dir;
}

/** A new exported C symbol: it changes the object code, so the change reaches the binary. */
export function changeLine(kind: 'source' | 'dependency', label: string): string {
  const name = `bench_${kind}_${label.replace(/[^A-Za-z0-9_]/g, '_')}`;
  return `\nint ${name}(void) { return ${label.length}; }\n`;
}

export async function changeSource(dir: string, label: string): Promise<void> {
  await appendFile(path.join(dir, SOURCE_FILE), changeLine('source', label));
}

export async function changeDependency(dir: string, label: string): Promise<void> {
  await appendFile(path.join(dir, DEPENDENCY_FILE), changeLine('dependency', label));
}
