// The time limit of a cache import or export (cache.timeout). BuildKit has none: a registry that
// stalls every request kept a job in "exporting cache" for over 6 minutes after its image was
// built. Watches the progress of one buildx run and says when to give up on the cache. Pure: the
// caller supplies the clock and acts on the verdict (stops buildx).
import type { VertexState } from '../report/progress.js';

export type CachePhase = 'import' | 'export';

export interface Overrun {
  phase: CachePhase;
  /** The vertex that ran out of time, e.g. "exporting cache to registry". */
  vertex: VertexState;
}

const IMPORT = /^importing cache manifest from /;
const EXPORT = /^exporting cache/;

export function cachePhase(v: VertexState): CachePhase | undefined {
  if (IMPORT.test(v.name)) return 'import';
  if (EXPORT.test(v.name)) return 'export';
  return undefined;
}

/** Tracks, on the local clock, since when each cache vertex runs (a remote daemon's clock may be off). */
export class CacheDeadline {
  private readonly since = new Map<string, number>();

  constructor(private readonly limitMs: number) {}

  /** Feed every vertex the tracker changed, with the local time it was seen. */
  observe(changed: VertexState[], now: number): void {
    for (const v of changed) {
      if (cachePhase(v) === undefined) continue;
      if (v.completed || v.error) this.since.delete(v.digest);
      else if (v.started && !this.since.has(v.digest)) this.since.set(v.digest, now);
    }
  }

  /**
   * The cache vertex past the limit, if giving up on it now is safe: an import at any time (the
   * build reruns without the cache), an export only once every other vertex is done, so the image
   * export and push are never cut short.
   */
  overrun(vertices: VertexState[], now: number): Overrun | undefined {
    if (this.limitMs <= 0) return undefined;
    for (const v of vertices) {
      const started = this.since.get(v.digest);
      if (started === undefined || now - started < this.limitMs || v.completed || v.error) continue;
      const phase = cachePhase(v)!;
      if (phase === 'export' && vertices.some((o) => cachePhase(o) === undefined && o.started && !o.completed && !o.error)) continue;
      return { phase, vertex: v };
    }
    return undefined;
  }
}
