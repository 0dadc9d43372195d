// One local cache snapshot on disk (BuildKit's OCI layout: index.json + blobs/<alg>/<hex>):
// is it complete, which blobs does it reference, how big is it, and the two steps that keep
// re-exports cheap: seed a new snapshot with hard links to the previous one's blobs (BuildKit's
// local exporter skips a blob that is already there instead of copying it again), then drop the
// seeded blobs the new export does not reference (or the directory would grow with every run).
import { link, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { blobMatchesDigest, type DigestCache } from './blob-digest.js';

export interface SnapshotVerdict {
  complete: boolean;
  reason?: string;
  bytes: number;
}

interface Descriptor {
  digest?: string;
  size?: number;
  mediaType?: string;
}

export interface InspectOptions {
  /**
   * Also hash every referenced blob and compare it with its digest. What a build is about to read
   * gets this: BuildKit fails on a blob whose content does not match ("unexpected commit digest"),
   * and Moby's BuildKit can then fail every later build with `lease "…": not found`.
   */
  verifyDigests?: DigestCache;
}

/**
 * A snapshot is complete when index.json parses and every blob it references is present with its
 * recorded size (and, with verifyDigests, its digest), down through the cache index to the layers:
 * BuildKit fails the whole build ("failed to compute cache key: … not found") when it imports a
 * cache with a missing layer.
 */
export async function inspectSnapshot(dir: string, options: InspectOptions = {}): Promise<SnapshotVerdict> {
  const walk = await walkSnapshot(dir, options.verifyDigests);
  if (walk.problem) return { complete: false, reason: walk.problem, bytes: 0 };
  return { complete: true, bytes: await directoryBytes(dir) };
}

/** The blob paths a snapshot references, or the first problem that makes it incomplete. */
async function walkSnapshot(
  dir: string,
  digests?: DigestCache,
): Promise<{ problem?: string; referenced: Set<string> }> {
  const referenced = new Set<string>();
  let index: { manifests?: Descriptor[] };
  try {
    index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
  } catch {
    return { problem: 'index.json is missing or unreadable', referenced };
  }
  const manifests = index.manifests ?? [];
  if (manifests.length === 0) return { problem: 'index.json lists no cache manifest', referenced };
  return { problem: await followBlobs(dir, manifests, 0, referenced, digests), referenced };
}

/**
 * Records every referenced blob; returns the first one absent, of the wrong size or (when digests
 * are checked) of the wrong content, following JSON manifests.
 */
async function followBlobs(
  dir: string,
  descriptors: Descriptor[],
  depth: number,
  referenced: Set<string>,
  digests?: DigestCache,
): Promise<string | undefined> {
  for (const d of descriptors) {
    const blob = blobPath(dir, d.digest ?? '');
    const info = blob ? await stat(blob).catch(() => undefined) : undefined;
    if (!blob || !info) return `blob ${d.digest} is missing`;
    if (typeof d.size === 'number' && info.size !== d.size)
      return `blob ${d.digest} has ${info.size} bytes, not ${d.size}`;
    if (digests && !referenced.has(blob) && !(await blobMatchesDigest(blob, d.digest!, info, digests)))
      return `blob ${d.digest} does not match its digest (its content changed)`;
    referenced.add(blob);
    const children = await childDescriptors(blob, d.mediaType ?? '', depth);
    if (typeof children === 'string') return `blob ${d.digest} ${children}`;
    const inner = await followBlobs(dir, children, depth + 1, referenced, digests);
    if (inner) return inner;
  }
  return undefined;
}

/** What a manifest, index or BuildKit cache config points at (the config lists its layers by `blob`). */
async function childDescriptors(blob: string, mediaType: string, depth: number): Promise<Descriptor[] | string> {
  const isManifest = /(manifest|index)(\.v\d+)?\+json$/.test(mediaType);
  const isCacheConfig = mediaType.startsWith('application/vnd.buildkit.cacheconfig');
  if (depth >= 3 || (!isManifest && !isCacheConfig)) return [];
  let doc: { manifests?: Descriptor[]; layers?: Array<Descriptor & { blob?: string }>; config?: Descriptor };
  try {
    doc = JSON.parse(await readFile(blob, 'utf8'));
  } catch {
    return isManifest ? 'is not a readable manifest' : 'is not a readable cache config';
  }
  if (isCacheConfig)
    return (doc.layers ?? []).filter((l) => typeof l.blob === 'string').map((l) => ({ digest: l.blob }));
  return [...(doc.manifests ?? []), ...(doc.layers ?? []), ...(doc.config ? [doc.config] : [])];
}

function blobPath(dir: string, digest: string): string | undefined {
  const [algorithm, hex] = digest.split(':');
  return algorithm && hex ? path.join(dir, 'blobs', algorithm, hex) : undefined;
}

/** Bytes on disk below dir; a file hard-linked several times inside it counts once. */
export async function directoryBytes(dir: string, seen = new Set<string>()): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(p, seen);
    else if (entry.isFile()) {
      // A concurrent build may prune the snapshot between readdir and stat: a file gone counts 0.
      const info = await stat(p).catch(() => undefined);
      if (info === undefined) continue;
      const inode = `${info.dev}:${info.ino}`;
      if (seen.has(inode)) continue;
      seen.add(inode);
      total += info.size;
    }
  }
  return total;
}

/**
 * Hard-links every blob of `from` (a complete snapshot) into the empty snapshot `to`. Blobs are
 * content-addressed and never rewritten, so sharing them is safe. Best effort: a file system
 * without hard links (or a snapshot pruned meanwhile) just means BuildKit writes every blob itself.
 * Returns how many blobs were linked.
 */
export async function seedSnapshot(from: string, to: string): Promise<number> {
  let linked = 0;
  for (const algorithm of await readdir(path.join(from, 'blobs')).catch(() => [])) {
    const source = path.join(from, 'blobs', algorithm);
    const target = path.join(to, 'blobs', algorithm);
    await mkdir(target, { recursive: true });
    for (const name of await readdir(source).catch(() => [])) {
      const ok = await link(path.join(source, name), path.join(target, name)).then(
        () => true,
        (error: NodeJS.ErrnoException) => error.code === 'EEXIST',
      );
      if (!ok) return linked;
      linked += 1;
    }
  }
  return linked;
}

/**
 * Removes the blobs a complete snapshot does not reference: what seeding brought in and the new
 * export no longer uses. Does nothing to an incomplete snapshot (it is about to be discarded).
 */
export async function dropUnreferencedBlobs(dir: string): Promise<number> {
  const walk = await walkSnapshot(dir);
  if (walk.problem) return 0;
  let dropped = 0;
  for (const algorithm of await readdir(path.join(dir, 'blobs')).catch(() => [])) {
    const blobs = path.join(dir, 'blobs', algorithm);
    for (const name of await readdir(blobs).catch(() => [])) {
      const blob = path.join(blobs, name);
      if (walk.referenced.has(blob)) continue;
      await rm(blob, { force: true });
      dropped += 1;
    }
  }
  return dropped;
}
