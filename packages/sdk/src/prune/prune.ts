// pruneCache(): options -> the store for the location -> inventory -> selection -> removal
// (none in a dry run). A cache that stays keeps every tag, link and blob it has.
import { backends } from '../backends/index.js';
import { parsePruneOptions, type PruneOptions, type PruneOptionsInput } from './options.js';
import { selectPrune } from './select.js';
import { sizeSummary, uniqueBytes } from './sizes.js';
import type { PruneStore } from './types.js';

export interface PruneRuntime {
  /** Directory a relative cache dir starts from. Default: the process's working directory. */
  cwd?: string;
  /** Clock (tests of the time rules). Default: Date.now. */
  now?: () => number;
}

export interface PrunedCache {
  slug: string;
  /** Tags, directories or object keys the cache is made of. */
  items: string[];
  remove: boolean;
  reason: string;
  /** Bytes only this cache holds, and bytes it shares with other caches (counted once in totals). */
  ownBytes: number;
  sharedBytes: number;
  lastWrite?: string;
}

export interface PruneResult {
  backend: PruneOptions['backend'];
  location: string;
  dryRun: boolean;
  caches: PrunedCache[];
  /** Every blob once, before the prune. */
  totalBytes: number;
  sharedBytes: number;
  /** Bytes held only by the caches that go (what a registry's GC, or the prune itself, frees). */
  freedBytes: number;
  /** What was deleted (empty in a dry run). */
  removed: string[];
  notes: string[];
  warnings: string[];
}

/** The backend's own store for its caches (each backend knows where and how it keeps them). */
export function pruneStoreFor(options: PruneOptions, runtime: PruneRuntime = {}): PruneStore {
  return backends[options.backend].pruneStore!(options, {
    cwd: runtime.cwd ?? process.cwd(),
    now: runtime.now ?? Date.now,
  });
}

/** Every cache at the store's location with its size (shared blobs once): what doctor shows. */
export async function cacheSizes(
  store: PruneStore,
): Promise<Pick<PruneResult, 'location' | 'caches' | 'totalBytes' | 'sharedBytes' | 'notes'>> {
  const inventory = await store.inventory();
  const sizes = sizeSummary(inventory.entries);
  return {
    location: inventory.location,
    caches: inventory.entries.map((e, i) => ({
      slug: e.slug,
      items: e.items,
      remove: false,
      reason: '',
      ownBytes: sizes.entries[i]!.ownBytes,
      sharedBytes: sizes.entries[i]!.sharedBytes,
      lastWrite: e.lastWrite?.toISOString(),
    })),
    totalBytes: sizes.totalBytes,
    sharedBytes: sizes.sharedBytes,
    notes: inventory.notes,
  };
}

export async function pruneCache(input: PruneOptionsInput, runtime: PruneRuntime = {}): Promise<PruneResult> {
  const options = parsePruneOptions(input);
  const now = runtime.now ?? Date.now;
  const store = pruneStoreFor(options, runtime);
  const inventory = await store.inventory();
  const selection = selectPrune(inventory.entries, options, now());
  const sizes = sizeSummary(inventory.entries);
  const goes = new Set(selection.decisions.filter((d) => d.remove).map((d) => d.slug));
  const going = inventory.entries.filter((e) => goes.has(e.slug));
  const staying = inventory.entries.filter((e) => !goes.has(e.slug));
  const outcome =
    options.dryRun || going.length === 0 ? { removed: [], warnings: [] } : await store.remove(going, staying);
  return {
    backend: options.backend,
    location: inventory.location,
    dryRun: options.dryRun,
    caches: inventory.entries.map((e, i) => {
      const d = selection.decisions[i]!;
      const size = sizes.entries[i]!;
      return {
        slug: e.slug,
        items: e.items,
        remove: d.remove,
        reason: d.reason,
        ownBytes: size.ownBytes,
        sharedBytes: size.sharedBytes,
        lastWrite: e.lastWrite?.toISOString(),
      };
    }),
    totalBytes: sizes.totalBytes,
    sharedBytes: sizes.sharedBytes,
    freedBytes: sizes.totalBytes - uniqueBytes(staying),
    removed: outcome.removed,
    notes: [...inventory.notes, ...selection.notes],
    warnings: outcome.warnings,
  };
}
