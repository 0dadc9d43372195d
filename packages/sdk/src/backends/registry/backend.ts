// registry: cache manifests in a registry repository, one tag per branch (mode=max by default).
// A manifest PUT is atomic, so concurrent writers of one ref leave either's complete cache.
// BuildKit's re-export of layers a build only imported can leave out earlier stages
// (moby/buildkit#6893). So when every step came from the cache, the manifest this build read from
// its own tag is put back over the new export; and when a partly cached build replaces a cache,
// the replaced manifest moves to `<tag>.prev`, which later builds read right after the tag.
import type { BuildOptions } from '../../options/schema.js';
import { registryClientFor, requestTimeoutFor, type RegistryAuth } from '../../registry/client.js';
import { cacheEntry } from '../cache-entry.js';
import { exportErrorPolicy } from '../cache-failure.js';
import { previousRef, registryRefs, withPreviousGenerations } from '../refs.js';
import { emptyPlan, type CacheBackend, type CachePlan, type CommitResult, type StoredManifest } from '../types.js';
import { registryMounts } from './mounts.js';
import { findRegistryPrevious, manifestAt } from './previous.js';
import { registryBlobs, registryRecords } from './records.js';
import { registryPruning } from './pruning.js';

/** The manifest at the write tag before the build, as sent: what commit may put back. */
const previousManifests = new WeakMap<CachePlan, StoredManifest>();

export const registryBackend: CacheBackend = {
  name: 'registry',
  exporter: 'registry',
  store: 'registry',
  requires: (o) =>
    o.cache.ref
      ? []
      : [
          {
            path: 'cache.ref',
            message: 'is required by the registry backend',
            hint: 'give a repository like registry.example.com/group/app/cache',
          },
        ],
  findExisting: findRegistryPrevious,
  repository: (o) => o.cache.ref,
  ...registryPruning('registry'),
  recordStore: registryRecords,
  blobsAt: registryBlobs,
  mounts: registryMounts((o) => o.cache.ref),
  plan({ options, keys, facts }) {
    const plan = emptyPlan('registry');
    const repository = options.cache.ref!; // parseOptions requires it for this backend
    const refs = registryRefs(repository, keys);
    plan.reads = withPreviousGenerations(refs.read, previousRef, facts.previousCaches);
    plan.writes = refs.write;
    plan.notes.push(...refs.notes);
    plan.cacheFrom = plan.reads.map((ref) => cacheEntry({ type: 'registry', ref }));
    if (refs.write) {
      plan.cacheTo = [
        cacheEntry({
          type: 'registry',
          ref: refs.write,
          mode: options.cache.mode,
          // ECR and other OCI-only registries need an image manifest with OCI media types.
          'image-manifest': facts.imageManifest ? true : undefined,
          'oci-mediatypes': facts.imageManifest ? true : undefined,
          ...exportErrorPolicy(options.cache.strict),
        }),
      ];
    }
    return plan;
  },
  async prepare({ options, facts }, plan) {
    if (plan.writes === undefined || !plan.reads.includes(plan.writes)) return;
    // Usually asked already, with the lookups before planning (findRegistryPrevious).
    const auth = facts.credentials ?? options.registryAuth;
    const previous = facts.heldBefore
      ? facts.heldBefore.get(plan.writes)
      : await manifestAt(plan.writes, auth, requestTimeoutFor(options.cache.timeout));
    if (previous) previousManifests.set(plan, previous);
  },
  async commit({ options, facts }, plan, outcome) {
    if (!outcome.buildSucceeded || outcome.exported === false || plan.writes === undefined)
      return { warnings: [], notes: [] };
    if (outcome.readsDropped)
      return rewritePrevious(
        plan.writes,
        options,
        facts.credentials ?? options.registryAuth,
        'the cache it replaced references lost content',
      );
    const previous = previousManifests.get(plan);
    if (previous === undefined) return { warnings: [], notes: [] };
    // Fully cached: the manifest read goes back on the tag. Otherwise the export replaced it, and
    // it becomes the previous generation.
    const target = outcome.allStepsCached ? plan.writes : previousRef(plan.writes);
    const { client, repository, reference } = registryClientFor(
      target,
      facts.credentials ?? options.registryAuth,
      requestTimeoutFor(options.cache.timeout),
    );
    const answer = await client
      .putManifest(repository, reference, previous.mediaType, previous.raw)
      .catch(() => ({ status: 'unreachable' as const }));
    if (!outcome.allStepsCached) {
      if (answer.status === 'ok') return { warnings: [], notes: [] };
      // Refused (a registry refuses a manifest whose blobs it lacks): the old `.prev` may lack them too.
      if (answer.status === 'error')
        return rewritePrevious(
          plan.writes,
          options,
          facts.credentials ?? options.registryAuth,
          'the registry refused the replaced cache',
        );
      return {
        warnings: [],
        notes: [`[registry] could not keep the previous cache generation at ${target} (${answer.status})`],
      };
    }
    if (answer.status !== 'ok') {
      return {
        warnings: [
          `[registry] could not put the previous cache back at ${target} (${answer.status}); the new export stays there`,
        ],
        notes: [],
      };
    }
    return {
      warnings: [],
      notes: [
        `[registry] every step came from the cache, so ${target} keeps the cache it had (a re-export of a fully cached build can leave out earlier stages)`,
      ],
    };
  },
};

/**
 * Points an existing `<tag>.prev` at the cache just written, so it never names content the
 * registry lost (a registry may refuse a DELETE, but always takes a PUT). No `.prev`: nothing to do.
 */
async function rewritePrevious(
  write: string,
  options: BuildOptions,
  logins: RegistryAuth,
  why: string,
): Promise<CommitResult> {
  const bound = requestTimeoutFor(options.cache.timeout);
  const target = previousRef(write);
  const prev = registryClientFor(target, logins, bound);
  const exists = await prev.client
    .manifestExists(prev.repository, prev.reference)
    .catch(() => ({ status: 'unreachable' as const }));
  if (exists.status === 'not-found') return { warnings: [], notes: [] };
  const fresh = registryClientFor(write, logins, bound);
  const manifest = await fresh.client.getManifest(fresh.repository, fresh.reference).catch(() => undefined);
  const answer =
    manifest?.raw !== undefined && manifest.mediaType !== undefined
      ? await prev.client
          .putManifest(prev.repository, prev.reference, manifest.mediaType, manifest.raw)
          .catch(() => ({ status: 'unreachable' as const }))
      : { status: manifest?.answer.status ?? 'unreachable' };
  if (answer.status === 'ok')
    return {
      warnings: [],
      notes: [`[registry] ${why}, so the previous generation ${target} now holds the new cache too`],
    };
  return {
    warnings: [
      `[registry] ${why}, and the previous generation ${target} could not be rewritten (${answer.status}); it may ` +
        `name lost content until the next partly cached build`,
    ],
    notes: [],
  };
}
