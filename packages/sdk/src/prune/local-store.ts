// Caches in a local cache directory: `<dir>/<slug>/{current,previous,snapshots/}` (backends/local.ts).
// Sizes count files by inode: snapshots are seeded with hard links to the blobs of the cache they
// read, often the default branch's, so branches share blobs on disk. The last write is when
// `current` last moved (a build swapped in a snapshot, or kept a fully cached one).
// A cache goes by renaming its directory out of the way, then deleting it: a build that starts
// meanwhile finds no cache (a cold start) rather than half a snapshot.
import { lstat, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { RECORD_FILE } from '../record/store.js';
import { parseCacheTag } from './cache-tags.js';
import { recordTime } from './record-time.js';
import type { CacheEntry, Inventory, PruneStore, RemoveResult } from './types.js';

export function localStore(dir: string, runId: string): PruneStore {
  return {
    async inventory(): Promise<Inventory> {
      const entries: CacheEntry[] = [];
      const notes: string[] = [];
      const children = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const child of children) {
        if (!child.isDirectory() || child.name.startsWith('.')) continue;
        const root = path.join(dir, child.name);
        const current = await lstat(path.join(root, 'current')).catch(() => undefined);
        const snapshots = await stat(path.join(root, 'snapshots')).catch(() => undefined);
        if (parseCacheTag(child.name)?.kind !== 'cache' || (!current && !snapshots)) {
          notes.push(`${root} is not a branch cache (no current link or snapshots): left alone`);
          continue;
        }
        const blobs = new Map<string, number>();
        await collectFiles(root, blobs);
        const record = await readFile(path.join(root, 'current', RECORD_FILE), 'utf8').then(recordTime, () => undefined);
        const times = [current?.mtime, record].filter((t): t is Date => t !== undefined);
        const lastWrite = times.length > 0 ? new Date(Math.max(...times.map((t) => t.getTime()))) : undefined;
        entries.push({ slug: child.name, items: [root], blobs, lastWrite });
      }
      return { location: dir, entries, notes };
    },

    async remove(remove: CacheEntry[]): Promise<RemoveResult> {
      const removed: string[] = [];
      const warnings: string[] = [];
      for (const entry of remove) {
        const root = entry.items[0]!;
        const aside = path.join(dir, `.pruned-${path.basename(root)}-${runId}`);
        try {
          await rename(root, aside);
          await rm(aside, { recursive: true, force: true });
          removed.push(root);
        } catch (error) {
          warnings.push(`[local] could not remove ${root} (${(error as Error).message})`);
        }
      }
      return { removed, warnings };
    },
  };
}

async function collectFiles(dir: string, blobs: Map<string, number>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await collectFiles(p, blobs);
    else if (entry.isFile()) {
      const info = await stat(p).catch(() => undefined); // a concurrent build may prune it meanwhile
      if (info) blobs.set(`inode:${info.dev}:${info.ino}`, info.size);
    }
  }
}
