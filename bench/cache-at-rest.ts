// Cache size at rest: what a strategy leaves behind for the next build to read. For registry
// refs, the sum of the distinct blobs and manifests the ref reaches (read from the registry
// directly, not through the counting proxy); for the local backend, the bytes on disk.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
}

interface ManifestDoc {
  manifests?: Descriptor[];
  layers?: Descriptor[];
  config?: Descriptor;
}

/** Child manifests to fetch, and blobs (layers, configs, cache blobs listed in an index) to count. */
export function splitDescriptors(doc: ManifestDoc): { children: Descriptor[]; blobs: Descriptor[] } {
  const isManifest = (d: Descriptor) => /manifest|index/.test(d.mediaType ?? '');
  const fromIndex = doc.manifests ?? [];
  return {
    children: fromIndex.filter(isManifest),
    blobs: [...fromIndex.filter((d) => !isManifest(d)), ...(doc.layers ?? []), ...(doc.config ? [doc.config] : [])],
  };
}

/** repository and tag of "host:port/repo/name:tag", relative to the registry. */
export function parseRef(ref: string): { repository: string; tag: string } {
  const slash = ref.indexOf('/');
  const rest = ref.slice(slash + 1);
  const colon = rest.lastIndexOf(':');
  if (slash < 0 || colon < 0) throw new Error(`expected host/repository:tag, got "${ref}"`);
  return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1) };
}

export async function registryRefBytes(registry: string, ref: string): Promise<number> {
  const { repository, tag } = parseRef(ref);
  const seen = new Set<string>();
  let total = 0;
  const visit = async (reference: string): Promise<void> => {
    const response = await fetch(`http://${registry}/v2/${repository}/manifests/${reference}`, { headers: { Accept: ACCEPT } });
    if (!response.ok) throw new Error(`GET manifest ${repository}:${reference}: HTTP ${response.status}`);
    const body = await response.text();
    total += Buffer.byteLength(body);
    const { children, blobs } = splitDescriptors(JSON.parse(body) as ManifestDoc);
    for (const blob of blobs) {
      if (seen.has(blob.digest)) continue;
      seen.add(blob.digest);
      total += blob.size;
    }
    for (const child of children) {
      if (seen.has(child.digest)) continue;
      seen.add(child.digest);
      await visit(child.digest);
    }
  };
  await visit(tag);
  return total;
}

/** Bytes on disk below dir; a file hard-linked several times (local snapshots share blobs) counts once. */
export async function directoryBytes(dir: string, seen = new Set<string>()): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(p, seen);
    else if (entry.isFile()) {
      const info = await stat(p);
      const inode = `${info.dev}:${info.ino}`;
      if (!seen.has(inode)) total += info.size;
      seen.add(inode);
    }
  }
  return total;
}

export interface CacheLocation {
  /** The registry itself (host:port), read directly so the proxy does not count it. */
  registry: string;
  /** The proxy's host:port, which the refs below name. */
  proxy: string;
  /** The image the strategy pushed (the vendor recipe's cache). */
  image: string;
  /** What layercache reported writing (a cache ref or the local snapshot). */
  writes?: string;
  localDir: string;
}

/** Bytes the strategy's cache occupies at rest. */
export async function cacheBytes(strategy: string, where: CacheLocation): Promise<number> {
  if (strategy === 'local') return directoryBytes(where.localDir);
  const ref = strategy === 'vendor' ? where.image : where.writes;
  if (!ref) throw new Error(`${strategy}: layercache reported no cache ref written`);
  return registryRefBytes(where.registry, ref.replace(where.proxy, where.registry));
}
