// Which previous cache generations exist before a run (`<ref>.prev` tags, `<dir>/<slug>/previous`
// links), so the plan reads only those: a missing one is not worth an import that finds nothing.
import { resolveCacheKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';
import { registryClientFor, requestTimeoutFor, type RegistryAuth } from '../run/registry-client.js';
import { localCandidates, previousLink } from './local.js';
import { holdsSnapshot } from './local-existing.js';
import { previousRef, registryRefs } from './refs.js';

/** The previous generations, named as the plan names them, that exist now. Never throws. */
export async function existingPreviousCaches(options: BuildOptions, cwd: string, auth: RegistryAuth = options.registryAuth): Promise<Set<string>> {
  const found = new Set<string>();
  const { cache } = options;
  const keys = resolveCacheKeys(cache.keys, cache.write);
  if (cache.dir && (cache.backend === 'local' || cache.backend === 'auto')) {
    for (const link of localCandidates(cache.dir, keys.read).map(previousLink)) {
      if (await holdsSnapshot(link, cwd)) found.add(link);
    }
  }
  if (cache.ref && (cache.backend === 'registry' || cache.backend === 'auto')) {
    await Promise.all(
      registryRefs(cache.ref, keys).read.map(async (ref) => {
        const previous = previousRef(ref);
        const { client, repository, reference } = registryClientFor(previous, auth, requestTimeoutFor(cache.timeout));
        const answer = await client.manifestExists(repository, reference).catch(() => undefined);
        if (answer?.status === 'ok') found.add(previous);
      }),
    );
  }
  return found;
}
