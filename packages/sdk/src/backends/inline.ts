// inline: the cache rides inside the pushed image (GitLab's and Semaphore's documented recipe).
// It only holds the final stage's layers (mode=min). The branch-keyed image tag is what later
// builds read, so writing it needs push.
import { cacheEntry } from './cache-entry.js';
import { registryMounts } from './registry/mounts.js';
import { registryBlobs, registryRecords } from './registry/records.js';
import { registryRefs } from './refs.js';
import type { BuildOptions } from '../options/schema.js';
import { emptyPlan, type CacheBackend } from './types.js';
import { registryPruning } from './registry/pruning.js';

/** Repository of a tag reference (without tag or digest). */
function repositoryOf(reference: string): string {
  const noDigest = reference.split('@')[0]!;
  const lastColon = noDigest.lastIndexOf(':');
  return lastColon > noDigest.lastIndexOf('/') ? noDigest.slice(0, lastColon) : noDigest;
}

function inlineRepository(o: BuildOptions): string | undefined {
  return o.cache.ref ?? (o.tags[0] !== undefined ? repositoryOf(o.tags[0]) : undefined);
}

export const inlineBackend: CacheBackend = {
  name: 'inline',
  exporter: 'inline',
  store: 'registry',
  finalStageOnly: true,
  repository: inlineRepository,
  // Beside the cache tags, in the cache ref or the image's repository.
  mounts: registryMounts(inlineRepository),
  ...registryPruning('inline'),
  requires: (o) =>
    o.cache.ref || o.tags.length > 0
      ? []
      : [
          {
            path: 'cache.ref',
            message: 'is required by the inline backend when no tag is given',
            hint: 'set cache.ref or at least one tag',
          },
        ],
  recordStore: registryRecords,
  blobsAt: registryBlobs,
  plan({ options, keys }) {
    const plan = emptyPlan('inline');
    const repository = options.cache.ref ?? repositoryOf(options.tags[0]!);
    const refs = registryRefs(repository, keys);
    plan.reads = refs.read;
    plan.notes.push(...refs.notes);
    plan.cacheFrom = refs.read.map((ref) => cacheEntry({ type: 'registry', ref }));
    if (options.cache.mode === 'max')
      plan.notes.push('inline caches only the final stage (mode=min); use the registry backend for mode=max');
    if (refs.write && !options.push) {
      plan.notes.push(`inline cache is stored in the pushed image, and push is off: ${refs.write} is not written`);
    } else if (refs.write) {
      plan.writes = refs.write;
      plan.extraTags = options.tags.includes(refs.write) ? [] : [refs.write];
      // Not also BUILDKIT_INLINE_CACHE=1: buildx turns that build arg into a second inline export
      // and fails with "duplicate cache exports [inline]".
      plan.cacheTo = [cacheEntry({ type: 'inline' })];
    }
    return plan;
  },
};
