// Prune for the backends whose caches are tags in a registry repository (registry, inline): the
// store that lists and deletes them, and the one setting it needs, the repository.
import type { ConfigIssue } from '../../errors.js';
import type { PruneOptions } from '../../prune/options.js';
import { registryStore } from '../../prune/registry-store.js';
import type { CacheBackend } from '../types.js';

export function registryPruning(backend: 'registry' | 'inline'): Pick<CacheBackend, 'pruneStore' | 'pruneRequires'> {
  return {
    pruneStore: (o) => registryStore(o.ref!, o.registryAuth, backend),
    pruneRequires: (o: PruneOptions): ConfigIssue[] =>
      o.ref
        ? []
        : [
            {
              path: 'ref',
              message: `the ${o.backend} backend needs the cache repository`,
              hint: 'pass --cache-ref HOST/REPO',
            },
          ],
  };
}
