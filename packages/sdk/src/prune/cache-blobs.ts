// The blobs (digest -> bytes) of the caches a plan reads or writes, for the report's cost fields:
// registry and inline through the registry client, local from the snapshot on disk. Never throws;
// undefined where nothing can be counted (harness, none, a cache that is not there).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../options/schema.js';
import type { CachePlan } from '../backends/types.js';
import { registryCacheBlobs } from './registry-store.js';

export async function cacheBlobs(plan: CachePlan, locations: string[], options: BuildOptions, cwd: string): Promise<Map<string, number> | undefined> {
  if (locations.length === 0) return undefined;
  const each = await Promise.all(locations.map((where) => blobsAt(plan.backend, where, options, cwd).catch(() => undefined)));
  const found = each.filter((m): m is Map<string, number> => m !== undefined);
  return found.length === 0 ? undefined : new Map(found.flatMap((m) => [...m]));
}

async function blobsAt(backend: CachePlan['backend'], where: string, options: BuildOptions, cwd: string): Promise<Map<string, number> | undefined> {
  if (backend === 'registry' || backend === 'inline') return registryCacheBlobs(where, options.registryAuth);
  if (backend !== 'local') return undefined;
  const blobs = new Map<string, number>();
  const root = path.join(path.resolve(cwd, where), 'blobs');
  for (const algorithm of await readdir(root).catch(() => [])) {
    for (const hex of await readdir(path.join(root, algorithm)).catch(() => [])) {
      const info = await stat(path.join(root, algorithm, hex)).catch(() => undefined);
      if (info?.isFile()) blobs.set(`${algorithm}:${hex}`, info.size);
    }
  }
  return blobs.size > 0 ? blobs : undefined;
}

/** Where the cache a build wrote lives after its commit: the tag, or the local `current` link. */
export function writtenLocation(plan: CachePlan, options: BuildOptions, writeSlug: string | undefined): string | undefined {
  if (plan.writes === undefined) return undefined;
  return plan.backend === 'local' && writeSlug !== undefined ? path.join(options.cache.dir!, writeSlug, 'current') : plan.writes;
}
