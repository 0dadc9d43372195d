// Does a blob's content still hash to the digest that names it? Streamed (a layer can be GBs),
// and remembered per file (device, inode, size, mtime) for one run: the snapshots of a cache share
// most blobs as hard links, so `current` and `previous` hash each shared blob once.
import { createHash, getHashes } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';

/** Verdicts of one run, by file identity, and what the hashing cost (for the report's cost fields). */
export class DigestCache extends Map<string, boolean> {
  bytesHashed = 0;
  msHashing = 0;
}

export function newDigestCache(): DigestCache {
  return new DigestCache();
}

const HASHES = new Set(getHashes());

/** True when the file's content hashes to `digest` (`sha256:<hex>`); an unknown algorithm or an unreadable file is false. */
export async function blobMatchesDigest(file: string, digest: string, info: Stats, cache: DigestCache): Promise<boolean> {
  const key = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${digest}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const [algorithm, hex] = digest.split(':');
  const started = performance.now();
  const hashed = algorithm !== undefined && HASHES.has(algorithm) ? await hashFile(file, algorithm).catch(() => undefined) : undefined;
  cache.msHashing += performance.now() - started;
  if (hashed !== undefined) cache.bytesHashed += info.size;
  const verdict = hex !== undefined && hashed === hex.toLowerCase();
  cache.set(key, verdict);
  return verdict;
}

export async function hashFile(file: string, algorithm: string): Promise<string> {
  const hash = createHash(algorithm);
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
