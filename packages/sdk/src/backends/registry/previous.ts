// Which previous cache generations (`<ref>.prev` tags) exist before a run, so the plan reads only
// those: a missing one is not worth an import that finds nothing.
import { registryClientFor, requestTimeoutFor } from '../../registry/client.js';
import { previousRef, registryRefs } from '../refs.js';
import type { ExistingCaches, ExistingQuery } from '../types.js';

/** The `.prev` tags, named as the plan names them, that exist now. Never throws. */
export async function findRegistryPrevious({ cache, keys, credentials, signal }: ExistingQuery): Promise<ExistingCaches> {
  const previous = new Set<string>();
  if (!cache.ref) return { previous };
  await Promise.all(
    registryRefs(cache.ref, keys).read.map(async (ref) => {
      const prev = previousRef(ref);
      const bound = requestTimeoutFor(cache.timeout);
      const { client, repository, reference } = registryClientFor(prev, credentials, bound, signal);
      const answer = await client.manifestExists(repository, reference).catch(() => undefined);
      if (answer?.status === 'ok') previous.add(prev);
    }),
  );
  return { previous };
}
