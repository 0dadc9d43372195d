// Which blobs of a local cache directory an earlier build hashed and found sound, by file identity
// (blob-digest.ts), in `<dir>/.verified-blobs.json`: a warm build on a runner that keeps its cache
// directory hashes only what changed since, instead of every blob of the snapshots it reads (about
// 0.2 s per 100 MB). A cache restored from an archive has new inodes, so all of it is hashed again.
// The file is a hint: unreadable or wrong means hashing everything; it never fails a build.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILE = '.verified-blobs.json';

export async function loadVerified(dir: string): Promise<Set<string>> {
  try {
    const keys = (JSON.parse(await readFile(path.join(dir, FILE), 'utf8')) as { sound?: unknown }).sound;
    return new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/** At most this many entries are kept, this run's first: entries of pruned files are never asked again. */
const MAX_ENTRIES = 50_000;

/** Adds this run's sound files to what the file held. Never throws. */
export async function saveVerified(dir: string, sound: ReadonlySet<string>, held: ReadonlySet<string>, runId: string) {
  const temporary = path.join(dir, `${FILE}.${runId}`);
  const keys = [...new Set([...sound, ...held])].slice(0, MAX_ENTRIES);
  try {
    await writeFile(temporary, JSON.stringify({ sound: keys }));
    await rename(temporary, path.join(dir, FILE)); // atomic: a concurrent build reads the old or the new list
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined); // a read-only or vanished directory
  }
}

/** True when every key of `sound` is in `held` already (nothing to write). */
export function allKnown(sound: ReadonlySet<string>, held: ReadonlySet<string>): boolean {
  return [...sound].every((k) => held.has(k));
}
