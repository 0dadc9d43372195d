// Sizes of caches that share content: a blob held by several branches counts once, as shared.
import type { CacheEntry } from './types.js';

export interface EntrySize {
  slug: string;
  /** Bytes only this cache holds: what removing it alone frees. */
  ownBytes: number;
  /** Bytes it holds that other caches hold too. */
  sharedBytes: number;
}

export interface SizeSummary {
  entries: EntrySize[];
  /** Every blob once. */
  totalBytes: number;
  /** Blobs held by more than one cache, once each. */
  sharedBytes: number;
}

export function sizeSummary(entries: CacheEntry[]): SizeSummary {
  const holders = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const e of entries) {
    for (const [id, bytes] of e.blobs) {
      holders.set(id, (holders.get(id) ?? 0) + 1);
      sizes.set(id, bytes);
    }
  }
  const sum = (ids: Iterable<string>) => [...ids].reduce((total, id) => total + (sizes.get(id) ?? 0), 0);
  return {
    entries: entries.map((e) => {
      const ids = [...e.blobs.keys()];
      return { slug: e.slug, ownBytes: sum(ids.filter((id) => holders.get(id) === 1)), sharedBytes: sum(ids.filter((id) => holders.get(id)! > 1)) };
    }),
    totalBytes: sum(sizes.keys()),
    sharedBytes: sum([...holders].filter(([, n]) => n > 1).map(([id]) => id)),
  };
}

/** Bytes of every blob the entries hold, once each. */
export function uniqueBytes(entries: CacheEntry[]): number {
  const sizes = new Map<string, number>();
  for (const e of entries) for (const [id, bytes] of e.blobs) sizes.set(id, bytes);
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

export { formatBytes } from '../report/bytes.js';
