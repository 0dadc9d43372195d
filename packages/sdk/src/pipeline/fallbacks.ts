// The retry ladder cachedBuild and cachedBake both climb. Each rung rebuilds with less cache and
// says why in a warning, so a broken cache never fails a build that would succeed without it:
//   1. the cache flags break the build's setup (an exporter the builder lacks) -> no cache at all;
//   2. a cache import stalls past cache.timeout -> no cache at all;
//   3. a cache references blobs its registry lost -> still write, read nothing.
// Strict mode climbs none of them: the failure is the build's.
import type { BuildxAttempt } from '../buildx/buildx-stream.js';
import type { Logger } from '../workspace/build-environment.js';
import { tailLines } from '../exec/process.js';

/** One buildx invocation (a build, or a bake of every service) and how to ask it for less cache. */
export interface Invocation<P> {
  /** Runs buildx for this plan; `withSecrets` false once no cache needs credentials. */
  attempt(plan: P, withSecrets: boolean): Promise<BuildxAttempt>;
  /** Every layercache cache entry removed (the user's own stay). */
  withoutCache(plan: P): P;
  /** The same writes, no reads. */
  withoutReads(plan: P): P;
  /** Whether the plan has any cache entry at all (the caller's extras count). */
  hasCache(plan: P): boolean;
  /** Whether it reads any cache (the caller's extras count). */
  readsAnything(plan: P): boolean;
  /** The cache locations layercache reads, for the lost-blob warning. */
  reads(plan: P): string[];
  /** What the setup warning calls the cache: `the <name> cache could not be set up`. */
  cacheName(plan: P): string;
  /** The plan's caches are abandoned (rungs 1 and 2): backends release what they prepared. */
  release(plan: P): Promise<void>;
}

export interface Attempted<P> {
  plan: P;
  attempt: BuildxAttempt;
  /** One per rung climbed, already logged. */
  warnings: string[];
  /** Rung 3 was climbed: the cache was rewritten without reading it. */
  readsDropped: boolean;
  /** The build finished (an export abandoned at cache.timeout ran after the image export). */
  succeeded: boolean;
}

export interface LadderSettings {
  strict: boolean;
  timeoutSeconds: number;
  log: Logger;
}

export async function attemptWithFallbacks<P>(first: P, how: Invocation<P>, s: LadderSettings): Promise<Attempted<P>> {
  let plan = first;
  let attempt = await how.attempt(plan, true);
  const warnings: string[] = [];
  const warn = (text: string) => {
    warnings.push(text);
    s.log.warn(text);
  };
  const dropCache = async () => {
    await how.release(plan);
    plan = how.withoutCache(plan);
    attempt = await how.attempt(plan, false);
  };
  if (attempt.exitCode !== 0 && isCacheSetupFailure(attempt.stderrTail) && !s.strict && how.hasCache(plan)) {
    warn(
      `the ${how.cacheName(plan)} cache could not be set up (${firstErrorLine(
        attempt.stderrTail,
      )}); built without cache`,
    );
    await dropCache();
  }
  if (attempt.abandoned?.phase === 'import' && !s.strict) {
    // The import stalled: nothing of the build is worth keeping, and its export would stall too.
    const vertex = attempt.abandoned.vertex.name;
    warn(
      `the cache import (${vertex}) did not finish within ${s.timeoutSeconds} s (cache.timeout); built without the cache`,
    );
    await dropCache();
  }
  let readsDropped = false;
  const lost = lostCacheContent(attempt);
  if (lost && !s.strict && how.readsAnything(plan)) {
    // BuildKit fetches cached layers lazily: a cache whose blob the registry lost imports fine,
    // then fails the image or cache export. Build once more without reading it, still writing,
    // so the next build finds a complete cache again.
    const reads = how.reads(plan).join(', ');
    warn(
      `the cache at ${reads} references ${lost}, which its registry no longer has; rebuilt without reading it and rewrote the cache`,
    );
    plan = how.withoutReads(plan);
    readsDropped = true;
    attempt = await how.attempt(plan, true);
  }
  const exportAbandoned = attempt.abandoned?.phase === 'export' && !s.strict;
  return { plan, attempt, warnings, readsDropped, succeeded: attempt.exitCode === 0 || exportAbandoned };
}

/** Errors that come from the cache flags themselves (an exporter the builder lacks, a bad cache attribute). */
const CACHE_SETUP_FAILURES = [
  /unknown cache (exporter|importer)/i,
  /failed to (configure|parse|create) .*cache (exporter|importer)/i,
  /cache export feature is currently not supported/i,
  /is not supported for the docker driver/i,
];

export function isCacheSetupFailure(stderr: string): boolean {
  return CACHE_SETUP_FAILURES.some((failure) => failure.test(stderr));
}

function firstErrorLine(stderr: string): string {
  return (
    stderr
      .split('\n')
      .find((l) => /error/i.test(l))
      ?.trim() ?? tailLines(stderr, 1)
  );
}

/** The digest of cache content the registry lost, if buildx said so ("could not fetch content descriptor … not found"). */
function lostCacheContent(attempt: BuildxAttempt): string | undefined {
  for (const text of [attempt.stderrTail, ...attempt.tracker.vertices().map((v) => v.error ?? '')]) {
    const m = /could not fetch content descriptor (sha256:[0-9a-f]{64})[^\n]*not found/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}
