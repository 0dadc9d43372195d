// Which local cache snapshots exist before a run, so the plan reads only those: one cache
// directory for a single build, one per service (<dir>/<slug>) for a bake.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveCacheKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';
import { localCandidates } from './local.js';

/** The `current` links (as the plan names them) that hold an index.json. */
export async function existingLocalCaches(cache: BuildOptions['cache'], cwd: string, serviceSlugs?: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (!cache.dir) return found;
  const keys = resolveCacheKeys(cache.keys, cache.write);
  const dirs = serviceSlugs ? serviceSlugs.map((slug) => path.join(cache.dir!, slug)) : [cache.dir];
  for (const dir of dirs) {
    for (const candidate of localCandidates(dir, keys.read)) {
      if (await holdsSnapshot(candidate, cwd)) found.add(candidate);
    }
  }
  return found;
}

/** The link (`current`, `previous`; relative to cwd) leads to a snapshot with an index.json. */
export async function holdsSnapshot(link: string, cwd: string): Promise<boolean> {
  return (await stat(path.join(path.resolve(cwd, link), 'index.json')).catch(() => undefined)) !== undefined;
}
