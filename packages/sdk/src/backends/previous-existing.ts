// Which previous cache generations exist before a run (`<ref>.prev` tags, `<dir>/<slug>/previous`
// links), so the plan reads only those: a missing one is not worth an import that finds nothing.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveCacheKeys } from '../keys/resolve.js';
import type { BuildOptions } from '../options/schema.js';
import { RegistryClient, splitRef } from '../run/registry-client.js';
import { localCandidates, previousLink } from './local.js';
import { previousRef, registryRefs } from './refs.js';

/** The previous generations, named as the plan names them, that exist now. Never throws. */
export async function existingPreviousCaches(options: BuildOptions, cwd: string): Promise<Set<string>> {
  const found = new Set<string>();
  const { cache } = options;
  const keys = resolveCacheKeys(cache.keys, cache.write);
  if (cache.dir && (cache.backend === 'local' || cache.backend === 'auto')) {
    for (const link of localCandidates(cache.dir, keys.read).map(previousLink)) {
      if (await stat(path.join(path.resolve(cwd, link), 'index.json')).catch(() => undefined)) found.add(link);
    }
  }
  if (cache.ref && (cache.backend === 'registry' || cache.backend === 'auto')) {
    await Promise.all(
      registryRefs(cache.ref, keys).read.map(async (ref) => {
        const previous = previousRef(ref);
        const { registry, repository, reference } = splitRef(previous);
        const login = options.registryAuth.find((l) => l.registry === registry);
        const answer = await new RegistryClient(registry, login && { username: login.username, password: login.password }).manifestExists(repository, reference).catch(() => undefined);
        if (answer?.status === 'ok') found.add(previous);
      }),
    );
  }
  return found;
}
