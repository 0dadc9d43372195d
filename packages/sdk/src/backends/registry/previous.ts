// Which previous cache generations (`<ref>.prev` tags) exist before a run, so the plan reads only
// those: a missing one is not worth an import that finds nothing. And the manifest the write tag holds
// (when the run also reads that tag), which the commit may put back: asked here, alongside preflight,
// so no registry round trip is left between the engine's answer and the build's start.
import { registryClientFor, requestTimeoutFor, type RegistryAuth } from '../../registry/client.js';
import { previousRef, registryRefs } from '../refs.js';
import type { ExistingCaches, ExistingQuery, StoredManifest } from '../types.js';

/** The `.prev` tags, named as the plan names them, that exist now, and the write tag's manifest. Never throws. */
export async function findRegistryPrevious({
  cache,
  keys,
  credentials,
  signal,
}: ExistingQuery): Promise<ExistingCaches> {
  const previous = new Set<string>();
  const heldBefore = new Map<string, StoredManifest>();
  if (!cache.ref) return { previous, heldBefore };
  const bound = requestTimeoutFor(cache.timeout);
  const refs = registryRefs(cache.ref, keys);
  const prevTags = refs.read.map(async (ref) => {
    const prev = previousRef(ref);
    const { client, repository, reference } = registryClientFor(prev, credentials, bound, signal);
    const answer = await client.manifestExists(repository, reference).catch(() => undefined);
    if (answer?.status === 'ok') previous.add(prev);
  });
  const write = refs.write !== undefined && refs.read.includes(refs.write) ? refs.write : undefined;
  const held = write && manifestAt(write, credentials, bound, signal).then((m) => m && heldBefore.set(write, m));
  await Promise.all([...prevTags, held]);
  return { previous, heldBefore };
}

/** The manifest at `ref` as sent, or undefined (none there, or no answer). Never throws. */
export async function manifestAt(
  ref: string,
  auth: RegistryAuth,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<StoredManifest | undefined> {
  const { client, repository, reference } = registryClientFor(ref, auth, timeoutMs, signal);
  const answer = await client.getManifest(repository, reference).catch(() => undefined);
  if (answer?.raw === undefined || answer.mediaType === undefined) return undefined;
  return { raw: answer.raw, mediaType: answer.mediaType };
}
