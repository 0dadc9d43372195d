// Where a build's cache mount archives live: beside its layer cache, under the same branch keys
// and the same write policy (a PR never writes the default branch's mounts; forks and tags
// never write). Pure. Locations, by backend:
//   registry, inline: the tag `<cache tag>.mounts` in the cache repository (an OCI artifact);
//   local:            `<dir>/<slug>/mounts/` beside the snapshots (pruned with them);
//   harness (s3):     `<prefix>mounts/<slug>/` in the bucket.
import path from 'node:path';
import { registryRefs } from '../backends/refs.js';
import type { ConcreteBackend } from '../backends/types.js';
import type { ResolvedKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';

export type MountStoreKind = 'registry' | 'local' | 's3';

export interface MountLocations {
  kind: MountStoreKind;
  /** Read best first (own branch, PR target, default branch). */
  reads: string[];
  write: string | undefined;
}

/** Suffix of a mounts tag: slugs never contain ".", so it cannot collide with a branch's tag. */
export const MOUNTS_TAG_SUFFIX = '.mounts';

export function mountLocations(options: BuildOptions, backend: ConcreteBackend, keys: ResolvedKeys, cwd: string, cacheWritten: boolean): MountLocations | undefined {
  const gate = (write: string | undefined) => (cacheWritten ? write : undefined);
  if (backend === 'registry' || backend === 'inline') {
    const repository = options.cache.ref ?? repositoryOf(options.tags[0] ?? '');
    if (!repository) return undefined;
    const refs = registryRefs(repository, keys);
    const tag = (ref: string) => `${ref}${MOUNTS_TAG_SUFFIX}`;
    return { kind: 'registry', reads: refs.read.map(tag), write: gate(refs.write === undefined ? undefined : tag(refs.write)) };
  }
  if (backend === 'local' && options.cache.dir) {
    const dir = path.resolve(cwd, options.cache.dir);
    const at = (slug: string) => path.join(dir, slug, 'mounts');
    return { kind: 'local', reads: keys.read.map(at), write: gate(keys.write === undefined ? undefined : at(keys.write)) };
  }
  if (backend === 's3' && options.cache.harness) {
    const h = options.cache.harness;
    const at = (slug: string) => `s3://${h.bucket}/${h.prefix}mounts/${slug}/`;
    return { kind: 's3', reads: keys.read.map(at), write: gate(keys.write === undefined ? undefined : at(keys.write)) };
  }
  return undefined;
}

function repositoryOf(reference: string): string {
  const noDigest = reference.split('@')[0]!;
  const lastColon = noDigest.lastIndexOf(':');
  return lastColon > noDigest.lastIndexOf('/') ? noDigest.slice(0, lastColon) : noDigest;
}
