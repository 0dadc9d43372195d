// Reads a registry over the distribution API (what skopeo does, without a process per call):
// tags of a repository, a cache manifest and whether every blob it references exists.
import { gunzipSync } from 'node:zlib';
import { MANIFEST_TYPES as ACCEPT } from '../../../src/registry/client.js';

/** "host:port/some/repo:tag" -> parts. */
export function splitRef(ref: string): { host: string; repo: string; tag: string } {
  const slash = ref.indexOf('/');
  const host = ref.slice(0, slash);
  const rest = ref.slice(slash + 1);
  const colon = rest.lastIndexOf(':');
  return colon > 0 ? { host, repo: rest.slice(0, colon), tag: rest.slice(colon + 1) } : { host, repo: rest, tag: 'latest' };
}

export async function listTags(host: string, repo: string): Promise<string[]> {
  const res = await fetch(`http://${host}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  const body = (await res.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

interface ManifestDoc {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

export async function getManifest(host: string, repo: string, reference: string): Promise<{ digest: string; doc: ManifestDoc } | undefined> {
  const res = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, { headers: { accept: ACCEPT } });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GET manifest ${repo}:${reference}: HTTP ${res.status}`);
  return { digest: res.headers.get('docker-content-digest') ?? '', doc: (await res.json()) as ManifestDoc };
}

export interface CacheCheck {
  /** Digest of the cache manifest the tag points at (undefined: no cache). */
  digest?: string;
  blobs: number;
  missing: string[];
}

/**
 * Every blob a cache manifest references exists. A registry cache is either an OCI index whose
 * "manifests" are the layer blobs plus a cache-config blob, or (image-manifest=true) an image
 * manifest with the cache config as its config.
 */
export async function checkCacheBlobs(ref: string): Promise<CacheCheck> {
  const { host, repo, tag } = splitRef(ref);
  const manifest = await getManifest(host, repo, tag);
  if (!manifest) return { blobs: 0, missing: [] };
  const { doc } = manifest;
  const referenced = [...(doc.manifests ?? []), ...(doc.config ? [doc.config] : []), ...(doc.layers ?? [])];
  const missing: string[] = [];
  for (const d of referenced) {
    const res = await fetch(`http://${host}/v2/${repo}/blobs/${d.digest}`, { method: 'HEAD' });
    if (res.status !== 200 || Number(res.headers.get('content-length')) !== d.size) missing.push(d.digest);
  }
  return { digest: manifest.digest, blobs: referenced.length, missing };
}

export async function getBlob(host: string, repo: string, digest: string): Promise<Buffer> {
  const res = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`);
  if (!res.ok) throw new Error(`GET blob ${digest}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * Every byte an image reference carries: index, manifests, configs (history, inline cache
 * metadata) and layers (decompressed), as one text per blob, to search for a value.
 */
export async function imageContents(ref: string): Promise<Array<{ what: string; text: string }>> {
  const { host, repo, tag } = splitRef(ref);
  const out: Array<{ what: string; text: string }> = [];
  const visit = async (reference: string): Promise<void> => {
    const m = await getManifest(host, repo, reference);
    if (!m) throw new Error(`no manifest ${repo}@${reference}`);
    out.push({ what: `manifest ${reference}`, text: JSON.stringify(m.doc) });
    for (const child of m.doc.manifests ?? []) {
      if (/manifest/.test(child.mediaType)) await visit(child.digest);
      else out.push({ what: `blob ${child.digest}`, text: decoded(await getBlob(host, repo, child.digest)) });
    }
    for (const d of [...(m.doc.config ? [m.doc.config] : []), ...(m.doc.layers ?? [])]) {
      out.push({ what: `${d.mediaType} ${d.digest}`, text: decoded(await getBlob(host, repo, d.digest)) });
    }
  };
  await visit(tag);
  return out;
}

function decoded(blob: Buffer): string {
  const gzip = blob[0] === 0x1f && blob[1] === 0x8b;
  return (gzip ? gunzipSync(blob) : blob).toString('latin1');
}
