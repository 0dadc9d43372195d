// Packs every published package as npm would publish it (pnpm pack: workspace ranges made real)
// and installs the tarballs into an empty directory with `npm install --offline` and an empty npm
// cache, so any dependency left to fetch fails the install. Used by the packed-install test and
// the job image test (the image installs the same tarballs). Needs the packages built (pnpm build).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PACKAGES, ROOT } from './workspace.js';

const run = promisify(execFile);

export interface Packed {
  dir: string;
  /** package dir name (sdk, gitlab, …) -> tarball path */
  tarballs: Record<string, string>;
}

export async function packAll(into?: string): Promise<Packed> {
  const dir = into ?? (await mkdtemp(path.join(os.tmpdir(), 'layercache-packed-')));
  await mkdir(dir, { recursive: true });
  const tarballs: Record<string, string> = {};
  for (const name of PACKAGES) {
    const pkgDir = path.join(ROOT, 'packages', name);
    if (!existsSync(path.join(pkgDir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
    const before = new Set(await readdir(dir));
    await run('pnpm', ['pack', '--pack-destination', dir], { cwd: pkgDir });
    const made = (await readdir(dir)).find((f) => !before.has(f) && f.endsWith('.tgz'));
    if (!made) throw new Error(`pnpm pack wrote no tarball for packages/${name}`);
    tarballs[name] = path.join(dir, made);
  }
  return { dir, tarballs };
}

/** `npm install --offline` of the tarballs into a new empty directory with an empty cache. */
export async function installOffline(tarballs: string[]): Promise<{ dir: string; bin: (name: string) => string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-installed-'));
  await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
  const cache = path.join(dir, '.empty-npm-cache');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', cache, ...tarballs], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { dir, bin: (name) => path.join(dir, 'node_modules', '.bin', name) };
}
