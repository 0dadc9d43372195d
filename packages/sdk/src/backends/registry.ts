// registry: cache manifests in a registry repository, one tag per branch (mode=max by default).
// A manifest PUT is atomic, so concurrent writers of one ref leave either's complete cache.
import { cacheEntry, exportErrorPolicy } from './cache-entry.js';
import { registryRefs } from './refs.js';
import { emptyPlan, type CacheBackend } from './types.js';

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
};
