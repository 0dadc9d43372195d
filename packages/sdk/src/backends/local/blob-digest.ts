// Does a blob's content still hash to the digest that names it? Streamed (a layer can be GBs),
// and remembered per file (device, inode, size, mtime, ctime): within a run, so the snapshots that
// share a blob as a hard link hash it once; and across runs through verified-memo.ts, so an earlier
// build's verdict holds for a file no write has touched since (any write or chmod moves its ctime,
// which no user-space call can set back).
import { createHash, getHashes } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';

/** Verdicts of one run, by file identity, and what the hashing cost (for the report's cost fields). */
export class DigestCache extends Map<string, boolean> {
  bytesHashed = 0;
  msHashing = 0;
  /** Files an earlier run found sound, by identity key (verified-memo.ts). */
  constructor(readonly trusted: ReadonlySet<string> = new Set()) {
    super();
  }

  /** The files this run found sound, or took as sound from `trusted`. */
  sound(): Set<string> {
    return new Set([...this].filter(([, verdict]) => verdict).map(([key]) => key));
  }
}

export function newDigestCache(trusted?: ReadonlySet<string>): DigestCache {
  return new DigestCache(trusted);
}

const HASHES = new Set(getHashes());

/** True when the file's content hashes to `digest` (`sha256:<hex>`); an unknown algorithm or an unreadable file is false. */
export async function blobMatchesDigest(file: string, digest: string, info: Stats, cache: DigestCache): Promise<boolean> {
  const key = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${digest}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.trusted.has(key)) {
    cache.set(key, true);
    return true;
  }
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
