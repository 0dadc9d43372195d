// What a build's cache cost: bytes imported and exported, the export's seconds, the cache's size
// at rest after the write, and a one-line hint when the export took longer than the cached steps
// saved. Pure: the blob sizes come from the registry client or the snapshot on disk (build.ts).
import type { VertexState } from './progress.js';

/** What hashing the read caches' blobs against their digests cost (local backend). */
export interface IntegrityCheck {
  bytesHashed: number;
  ms: number;
}

export interface CacheCost {
  /** Bytes of the caches read that this build's cache still holds (what the import served), or all of them for a read-only build. */
  bytesImported: number | null;
  /** Bytes of the written cache that the caches read did not hold: what the export had to write. */
  bytesExported: number | null;
  /** Wall time of the cache export vertices (BuildKit's "exporting cache …"). */
  exportMs: number | null;
  /** Size of the written cache after the write, every blob once. */
  bytesAtRest: number | null;
  /** Local backend: the blobs of the snapshots read, hashed against their digests before the build. */
  integrityCheck?: IntegrityCheck;
  /** Set when the export took longer than the cached steps saved: names the cheaper setting. */
  hint?: string;
}

const EXPORT_RE = /^exporting cache/;

export function exportDuration(vertices: VertexState[]): number | null {
  const times = vertices
    .filter((v) => EXPORT_RE.test(v.name) && v.started && v.completed)
    .map((v) => Date.parse(v.completed!) - Date.parse(v.started!));
  return times.length === 0 ? null : times.filter((ms) => Number.isFinite(ms) && ms >= 0).reduce((a, b) => a + b, 0);
}

/** Bytes from the blobs of the caches read before the build and of the cache written after it. */
export function blobCost(
  read: Map<string, number> | undefined,
  written: Map<string, number> | undefined,
): Pick<CacheCost, 'bytesImported' | 'bytesExported' | 'bytesAtRest'> {
  const sum = (entries: Iterable<[string, number]>) => [...entries].reduce((t, [, n]) => t + n, 0);
  if (!written) return { bytesImported: read ? sum(read) : null, bytesExported: null, bytesAtRest: null };
  const before = read ?? new Map<string, number>();
  return {
    bytesImported: sum([...written].filter(([d]) => before.has(d))),
    bytesExported: sum([...written].filter(([d]) => !before.has(d))),
    bytesAtRest: sum(written),
  };
}

export interface HintFacts {
  exportMs: number | null;
  savedMs: number | null;
  mode: 'min' | 'max';
  pullRequest: boolean;
}

/** "export took longer than the cached steps saved", with the cheaper setting for this build. */
export function costHint(f: HintFacts): string | undefined {
  if (f.exportMs === null || f.savedMs === null || f.exportMs <= f.savedMs) return undefined;
  const cheaper = f.pullRequest
    ? 'skip the export on pull requests (cache.write: never for PR builds)'
    : f.mode === 'max'
    ? "try mode=min (only the final stage's layers are exported)"
    : 'write the cache from the default branch only (cache.write: never on other branches)';
  return `the cache export took ${seconds(f.exportMs)}, longer than the ${seconds(
    f.savedMs,
  )} the cached steps saved: ${cheaper}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
