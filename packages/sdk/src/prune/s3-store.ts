// Caches in an S3 bucket (s3 backend), in BuildKit's s3 cache layout:
//   <prefix>manifests/<slug>   the cache config (JSON; `layers[].blob` names its blobs)
//   <prefix>blobs/<digest>     the blobs, shared by every branch
//   <prefix>mounts/<slug>/     the branch's cache mount archives (backends/s3/mount-store.ts), removed with it
// The manifest object's LastModified is when a build last wrote the cache. S3 has no garbage
// collection, so a prune deletes the manifests, then the blobs no remaining manifest references.
// A blob younger than `fresh` stays: a build exporting now may have found it and not yet written
// the manifest that references it (BuildKit refreshes a reused blob's time only once a day).
import { s3Bucket } from '../backends/s3/bucket.js';
import { BackendError } from '../errors.js';
import type { HarnessCacheOptions } from '../options/schema.js';
import { parseCacheTag } from './cache-tags.js';
import type { CacheEntry, Inventory, PruneStore, RemoveResult } from './types.js';

interface S3Object {
  key: string;
  size: number;
  lastModified: Date;
}

export function s3Store(h: HarnessCacheOptions, freshMs: number, now: () => number): PruneStore {
  const { client, bucketUrl } = s3Bucket(h);
  const manifestsPrefix = `${h.prefix}manifests/`;
  const blobsPrefix = `${h.prefix}blobs/`;
  const mountsPrefix = (slug: string) => `${h.prefix}mounts/${slug}/`;
  const location = `s3://${h.bucket}/${h.prefix}`;
  const objectUrl = (key: string) => `${bucketUrl}/${key.split('/').map(encodeURIComponent).join('/')}`;

  async function list(prefix: string): Promise<S3Object[]> {
    const objects: S3Object[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({
        'list-type': '2',
        prefix,
        ...(token ? { 'continuation-token': token } : {}),
      });
      const res = await client.fetch(`${bucketUrl}?${query}`).catch((e: Error) => e);
      if (res instanceof Error || !res.ok) {
        const detail =
          res instanceof Error ? res.message : `HTTP ${res.status} ${xmlValue(await res.text(), 'Code') ?? ''}`.trim();
        throw new BackendError(
          's3',
          `cannot list ${location} (${detail}); check the s3 settings and credentials builds use`,
        );
      }
      const xml = await res.text();
      for (const block of xml.match(/<Contents>[\s\S]*?<\/Contents>/g) ?? []) {
        objects.push({
          key: unescapeXml(xmlValue(block, 'Key') ?? ''),
          size: Number(xmlValue(block, 'Size') ?? 0),
          lastModified: new Date(xmlValue(block, 'LastModified') ?? 0),
        });
      }
      token =
        xmlValue(xml, 'IsTruncated') === 'true'
          ? unescapeXml(xmlValue(xml, 'NextContinuationToken') ?? '') || undefined
          : undefined;
    } while (token);
    return objects;
  }

  /** The blob digests a cache config references. */
  async function manifestBlobs(key: string): Promise<string[]> {
    const res = await client.fetch(objectUrl(key)).catch(() => undefined);
    if (!res?.ok) return [];
    const config = (await res.json().catch(() => ({}))) as { layers?: Array<{ blob?: unknown }> };
    return (config.layers ?? []).map((l) => l.blob).filter((b): b is string => typeof b === 'string');
  }

  async function entries(blobSizes: Map<string, number>): Promise<CacheEntry[]> {
    const found: CacheEntry[] = [];
    for (const m of await list(manifestsPrefix)) {
      const slug = m.key.slice(manifestsPrefix.length);
      if (parseCacheTag(slug)?.kind !== 'cache') continue;
      const blobs = new Map<string, number>([[`manifest:${m.key}`, m.size]]);
      for (const digest of await manifestBlobs(m.key)) blobs.set(digest, blobSizes.get(digest) ?? 0);
      for (const archive of await list(mountsPrefix(slug))) blobs.set(`mount:${archive.key}`, archive.size);
      found.push({ slug, items: [`s3://${h.bucket}/${m.key}`], blobs, lastWrite: m.lastModified });
    }
    return found;
  }

  return {
    async inventory(): Promise<Inventory> {
      const blobSizes = new Map((await list(blobsPrefix)).map((b) => [b.key.slice(blobsPrefix.length), b.size]));
      return { location, entries: await entries(blobSizes), notes: [] };
    },

    async remove(remove: CacheEntry[]): Promise<RemoveResult> {
      const removed: string[] = [];
      const warnings: string[] = [];
      for (const entry of remove) {
        const key = entry.items[0]!.slice(`s3://${h.bucket}/`.length);
        const res = await client.fetch(objectUrl(key), { method: 'DELETE' }).catch((e: Error) => e);
        if (res instanceof Error || !res.ok)
          warnings.push(
            `[s3] could not delete ${entry.items[0]} (${res instanceof Error ? res.message : `HTTP ${res.status}`})`,
          );
        else removed.push(entry.items[0]!);
        for (const archive of await list(mountsPrefix(entry.slug)).catch(() => [])) {
          const gone = await client.fetch(objectUrl(archive.key), { method: 'DELETE' }).catch((e: Error) => e);
          if (gone instanceof Error || !gone.ok) warnings.push(`[harness] could not delete ${archive.key}`);
          else removed.push(`s3://${h.bucket}/${archive.key}`);
        }
      }
      // Listed again after the deletes: a manifest a build wrote meanwhile keeps its blobs.
      const blobObjects = await list(blobsPrefix);
      const referenced = new Set((await entries(new Map())).flatMap((e) => [...e.blobs.keys()]));
      const candidates = new Set(
        remove.flatMap((e) => [...e.blobs.keys()]).filter((id) => !id.startsWith('manifest:')),
      );
      for (const blob of blobObjects) {
        const digest = blob.key.slice(blobsPrefix.length);
        if (!candidates.has(digest) || referenced.has(digest) || now() - blob.lastModified.getTime() < freshMs)
          continue;
        const res = await client.fetch(objectUrl(blob.key), { method: 'DELETE' }).catch((e: Error) => e);
        if (res instanceof Error || !res.ok) warnings.push(`[s3] could not delete blob ${blob.key}`);
        else removed.push(`s3://${h.bucket}/${blob.key}`);
      }
      return { removed, warnings };
    },
  };
}

function xmlValue(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
