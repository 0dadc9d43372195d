// registry: cache manifests in a registry repository, one tag per branch (mode=max by default).
// A manifest PUT is atomic, so concurrent writers of one ref leave either's complete cache.
// When every step came from the cache, the manifest this build read from its own tag is put back
// over the new export: BuildKit's re-export of a fully cached build can leave out earlier stages
// (moby/buildkit#6893), and repeated no-change builds would wear the cache down.
import type { BuildOptions } from '../options/schema.js';
import { RegistryClient, splitRef } from '../run/registry-client.js';
import { cacheEntry, exportErrorPolicy } from './cache-entry.js';
import { registryRefs } from './refs.js';
import { emptyPlan, type CacheBackend, type CachePlan } from './types.js';

/** The manifest at the write tag before the build, as sent: what commit may put back. */
const previousManifests = new WeakMap<CachePlan, { raw: string; mediaType: string }>();

function clientFor(options: BuildOptions, ref: string) {
  const { registry, repository, reference } = splitRef(ref);
  const login = options.registryAuth.find((l) => l.registry === registry);
  return { client: new RegistryClient(registry, login && { username: login.username, password: login.password }), repository, reference };
}

export const registryBackend: CacheBackend = {
  name: 'registry',
  exporter: 'registry',
  plan({ options, keys, facts }) {
    const plan = emptyPlan('registry');
    const repository = options.cache.ref!; // parseOptions requires it for this backend
    const refs = registryRefs(repository, keys);
    plan.reads = refs.read;
    plan.writes = refs.write;
    plan.notes.push(...refs.notes);
    plan.cacheFrom = refs.read.map((ref) => cacheEntry({ type: 'registry', ref }));
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
  async prepare({ options }, plan) {
    if (plan.writes === undefined || !plan.reads.includes(plan.writes)) return;
    const { client, repository, reference } = clientFor(options, plan.writes);
    const previous = await client.getManifest(repository, reference).catch(() => undefined);
    if (previous?.raw !== undefined && previous.mediaType !== undefined) previousManifests.set(plan, { raw: previous.raw, mediaType: previous.mediaType });
  },
  async commit({ options }, plan, outcome) {
    const previous = previousManifests.get(plan);
    if (!outcome.buildSucceeded || !outcome.allStepsCached || outcome.exported === false || previous === undefined || plan.writes === undefined) return { warnings: [], notes: [] };
    const { client, repository, reference } = clientFor(options, plan.writes);
    const answer = await client.putManifest(repository, reference, previous.mediaType, previous.raw).catch(() => ({ status: 'unreachable' as const }));
    if (answer.status !== 'ok') {
      return { warnings: [`[registry] could not put the previous cache back at ${plan.writes} (${answer.status}); the new export stays there`], notes: [] };
    }
    return { warnings: [], notes: [`[registry] every step came from the cache, so ${plan.writes} keeps the cache it had (a re-export of a fully cached build can leave out earlier stages)`] };
  },
};
