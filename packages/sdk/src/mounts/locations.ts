// Where a build's cache mount archives live: the backend says (its `mounts` member, beside its
// layer cache, under the same branch keys). This adds the write policy, pure: a build that writes
// no layer cache writes no mounts either (a PR never writes the default branch's; forks and tags
// never write).
import type { CacheBackend, MountLocations } from '../backends/types.js';
import type { ResolvedKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';

export type { MountLocations } from '../backends/types.js';

export function mountLocations(
  options: BuildOptions,
  backend: CacheBackend,
  keys: ResolvedKeys,
  cwd: string,
  cacheWritten: boolean
): MountLocations | undefined {
  const where = backend.mounts?.locations(options, keys, cwd);
  if (!where) return undefined;
  return { reads: where.reads, write: cacheWritten ? where.write : undefined };
}
