// Caches in a registry repository (registry and inline backends). Inventory: every tag, its
// manifest digest, the blobs its cache holds, and the build record's time (when the last build
// wrote it). A group of tags counts as a layercache cache only with a build record or a BuildKit
// cache manifest, so an image repository's other tags are never touched.
// Removal uses the distribution API: DELETE by digest when no tag that stays shares the manifest
// (that also removes every tag on it), else DELETE by tag (OCI distribution 1.1). Blobs are left
// to the registry's garbage collection (docs/prune.md).
import { createHash } from 'node:crypto';
import { BackendError } from '../errors.js';
import {
  MANIFEST_TYPES,
  registryClientFor,
  type RegistryClient,
  type RegistryCredentials,
} from '../registry/client.js';
import { groupCacheTags, type CacheTagKind } from './cache-tags.js';
import { recordTime, timeOf } from './record-time.js';
import { RECORD_CREATED } from '../record/store.js';
import type { CacheEntry, Inventory, PruneStore, RemoveResult } from './types.js';

const BUILDKIT_CACHE_CONFIG = 'application/vnd.buildkit.cacheconfig.v0';
/** Cache tag first, its record last: a build never finds a record without its cache. */
const REMOVE_ORDER: CacheTagKind[] = ['cache', 'prev', 'mounts', 'prev-record', 'record'];

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
}

interface TagInfo {
  digest: string;
  body: {
    manifests?: Descriptor[];
    layers?: Descriptor[];
    config?: Descriptor;
    annotations?: Record<string, string>;
  };
  bytes: number;
}

export function registryStore(
  repositoryRef: string,
  logins: ReadonlyArray<RegistryCredentials & { registry: string }>,
  backend: 'registry' | 'inline',
): PruneStore {
  const { client, repository, registry } = registryClientFor(`${repositoryRef}:latest`, logins);
  const location = `${registry}/${repository}`;
  /** tag -> its manifest, from the last inventory (removal decides digest vs tag with it). */
  let tagInfo = new Map<string, TagInfo>();

  return {
    async inventory(): Promise<Inventory> {
      const listed = await client.listTags(repository);
      if (listed.answer.status !== 'ok')
        throw new BackendError(
          backend,
          `cannot list the tags of ${location} (${describe(listed.answer)}); check the registry login builds use`,
        );
      tagInfo = new Map();
      // A few requests at a time: a repository can hold thousands of tags.
      for (let i = 0; i < listed.tags.length; i += 8) {
        await Promise.all(
          listed.tags.slice(i, i + 8).map(async (tag) => {
            const info = await manifestInfo(client, repository, tag);
            if (info) tagInfo.set(tag, info);
          }),
        );
      }
      const entries: CacheEntry[] = [];
      const notes: string[] = [];
      for (const [slug, group] of groupCacheTags(listed.tags)) {
        const blobs = new Map<string, number>();
        let isCache = false;
        for (const kind of ['cache', 'prev'] as const) {
          const info = group.get(kind) && tagInfo.get(group.get(kind)!);
          if (!info) continue;
          isCache ||= holdsBuildkitCache(info.body);
          await collectBlobs(client, repository, info, blobs);
        }
        const recordTag = group.get('record');
        const record = recordTag ? await readRecordTime(client, repository, tagInfo.get(recordTag)) : undefined;
        for (const kind of ['record', 'prev-record', 'mounts'] as const) {
          const info = group.get(kind) && tagInfo.get(group.get(kind)!);
          if (info) await collectBlobs(client, repository, info, blobs);
        }
        if (!isCache && record === undefined) {
          notes.push(
            `${location}:${[...group.values()].join(
              ', ',
            )} is not a layercache cache (no build record, not a BuildKit cache manifest): left alone`,
          );
          continue;
        }
        const items = REMOVE_ORDER.flatMap((k) => (group.has(k) ? [`${location}:${group.get(k)}`] : []));
        entries.push({ slug, items, blobs, lastWrite: record });
      }
      return { location, entries, notes };
    },

    // Every tag that stays, cache or not, is in tagInfo: the digest check covers what `keep` holds.
    async remove(remove: CacheEntry[]): Promise<RemoveResult> {
      const tagOf = (item: string) => item.slice(location.length + 1);
      const going = new Set(remove.flatMap((e) => e.items.map(tagOf)));
      const removed: string[] = [];
      const warnings: string[] = [];
      const deletedDigests = new Set<string>();
      for (const entry of remove) {
        for (const item of entry.items) {
          const tag = tagOf(item);
          const digest = tagInfo.get(tag)?.digest;
          if (digest !== undefined && deletedDigests.has(digest)) {
            removed.push(item);
            continue;
          }
          const sharers = [...tagInfo].filter(([t, i]) => i.digest === digest && !going.has(t)).map(([t]) => t);
          const byDigest = digest !== undefined && sharers.length === 0;
          const answer = await client.deleteManifest(repository, byDigest ? digest : tag);
          if (answer.status === 'ok' || answer.status === 'not-found') {
            if (byDigest) deletedDigests.add(digest);
            removed.push(item);
            continue;
          }
          if (answer.httpStatus === 405 || answer.code === 'UNSUPPORTED') {
            throw new BackendError(
              backend,
              `${registryName(location)} refuses deletes (405 ${answer.code ?? 'UNSUPPORTED'}), ` +
                `so nothing more was removed${removed.length ? ` (removed: ${removed.join(', ')})` : ''}. ` +
                'Fix: enable deletes on the registry (distribution/registry:2: REGISTRY_STORAGE_DELETE_ENABLED=true, ' +
                'or storage.delete.enabled: true in its config). GHCR and Docker Hub refuse this API for every ' +
                'repository: remove their package versions with their own API (docs/prune.md)',
            );
          }
          if (!byDigest && sharers.length > 0) {
            warnings.push(
              `[${backend}] ${item} left: it shares its manifest with ${sharers
                .map((t) => `${location}:${t}`)
                .join(', ')}, which stays, and this registry cannot delete a tag alone (${describe(answer)})`,
            );
            continue;
          }
          warnings.push(`[${backend}] could not delete ${item} (${describe(answer)})`);
        }
      }
      return { removed, warnings };
    },
  };
}

/** The blobs (digest -> bytes) the manifest at `ref` holds, through one level of index; undefined when absent. */
export async function registryCacheBlobs(
  ref: string,
  logins: ReadonlyArray<RegistryCredentials & { registry: string }>,
): Promise<Map<string, number> | undefined> {
  const { client, repository, reference } = registryClientFor(ref, logins);
  const info = await manifestInfo(client, repository, reference).catch(() => undefined);
  if (!info) return undefined;
  const blobs = new Map<string, number>();
  await collectBlobs(client, repository, info, blobs);
  return blobs;
}

async function manifestInfo(
  client: RegistryClient,
  repository: string,
  reference: string,
): Promise<TagInfo | undefined> {
  const m = await client.getManifest(repository, reference);
  if (m.answer.status !== 'ok' || m.raw === undefined) return undefined;
  const digest = m.digest ?? `sha256:${createHash('sha256').update(m.raw).digest('hex')}`;
  return { digest, body: (m.body ?? {}) as TagInfo['body'], bytes: Buffer.byteLength(m.raw) };
}

/** A registry cache: an index (or image manifest) that carries BuildKit's cache config. */
function holdsBuildkitCache(body: TagInfo['body']): boolean {
  return [...(body.manifests ?? []), ...(body.config ? [body.config] : [])].some(
    (d) => d.mediaType === BUILDKIT_CACHE_CONFIG,
  );
}

/** Adds the manifest and what it references (through one level of index) to `blobs`. */
async function collectBlobs(
  client: RegistryClient,
  repository: string,
  info: TagInfo,
  blobs: Map<string, number>,
  depth = 0,
): Promise<void> {
  blobs.set(info.digest, info.bytes);
  const children = [
    ...(info.body.manifests ?? []),
    ...(info.body.layers ?? []),
    ...(info.body.config ? [info.body.config] : []),
  ];
  for (const d of children) {
    if (typeof d.digest !== 'string') continue;
    if (d.mediaType !== undefined && MANIFEST_TYPES.includes(d.mediaType) && depth < 2) {
      const child = await manifestInfo(client, repository, d.digest);
      if (child) await collectBlobs(client, repository, child, blobs, depth + 1);
      continue;
    }
    blobs.set(d.digest, typeof d.size === 'number' ? d.size : 0);
  }
}

/** The build record's createdAt: when a build last wrote this cache. */
async function readRecordTime(
  client: RegistryClient,
  repository: string,
  info: TagInfo | undefined,
): Promise<Date | undefined> {
  const annotated = timeOf(info?.body.annotations?.[RECORD_CREATED]);
  if (annotated) return annotated;
  const layer = info?.body.layers?.[0];
  if (!layer?.digest) return undefined;
  const blob = await client.getBlob(repository, layer.digest);
  return blob.data ? recordTime(blob.data.toString('utf8')) : undefined;
}

function describe(answer: { status: string; httpStatus?: number; detail?: string }): string {
  return [answer.status, answer.httpStatus, answer.detail].filter((x) => x !== undefined).join(' ');
}

function registryName(location: string): string {
  return `the registry ${location.split('/')[0]}`;
}
