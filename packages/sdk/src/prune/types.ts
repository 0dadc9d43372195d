// What a prune works on: the caches found at one location, one entry per branch slug, and the
// store that found them and can remove them. Stores: registry-store (registry, inline),
// local-store, s3-store (s3).

export interface CacheEntry {
  slug: string;
  /** What removing this cache deletes, as a user names it: tags, directories, object keys. */
  items: string[];
  /** The content it holds: blob id (a digest; on disk, the file's inode) -> bytes. */
  blobs: Map<string, number>;
  /** When a build last wrote it; undefined when nothing there records it. */
  lastWrite?: Date;
}

export interface Inventory {
  /** The location, for messages: `host/repo`, a directory, `s3://bucket/prefix`. */
  location: string;
  entries: CacheEntry[];
  /** Things found and left alone, and why. */
  notes: string[];
}

export interface RemoveResult {
  removed: string[];
  warnings: string[];
}

export interface PruneStore {
  inventory(): Promise<Inventory>;
  /** Removes `remove`; `keep` are the entries that stay (content they share must survive). */
  remove(remove: CacheEntry[], keep: CacheEntry[]): Promise<RemoveResult>;
}
