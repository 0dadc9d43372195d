// Which local cache snapshots exist before a run, and their previous generations, so the plan
// reads only those: a missing one is not worth an import that finds nothing.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExistingCaches, ExistingQuery } from '../types.js';
import { localCandidates, previousLink } from './layout.js';

/** The `current` and `previous` links (as the plan names them) that lead to a snapshot. */
export async function findLocalExisting({ cache, keys, cwd }: ExistingQuery): Promise<ExistingCaches> {
  const caches = new Set<string>();
  const previous = new Set<string>();
  if (!cache.dir) return { caches, previous };
  for (const current of localCandidates(cache.dir, keys.read)) {
    if (await holdsSnapshot(current, cwd)) caches.add(current);
    if (await holdsSnapshot(previousLink(current), cwd)) previous.add(previousLink(current));
  }
  return { caches, previous };
}

/** The link (`current`, `previous`; relative to cwd) leads to a snapshot with an index.json. */
export async function holdsSnapshot(link: string, cwd: string): Promise<boolean> {
  return (await stat(path.join(path.resolve(cwd, link), 'index.json')).catch(() => undefined)) !== undefined;
}
