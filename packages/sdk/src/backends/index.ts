// The backend table and `auto`: picks the best backend the builder can export to, and says why.
import type { ConfigIssue } from '../errors.js';
import type { BuildOptions } from '../options/schema.js';
import { inlineBackend } from './inline.js';
import { localBackend } from './local/backend.js';
import { noneBackend } from './none.js';
import { registryBackend } from './registry/backend.js';
import { s3Backend } from './s3/backend.js';
import type { CacheBackend, CachePlan, ConcreteBackend, ExistingCaches, ExistingQuery, PlanFacts } from './types.js';

export const backends: Record<ConcreteBackend, CacheBackend> = {
  inline: inlineBackend,
  registry: registryBackend,
  local: localBackend,
  s3: s3Backend,
  none: noneBackend,
};

export interface BackendChoice {
  backend: CacheBackend;
  /** Why it was chosen, or why the requested one could not be used. */
  reason?: string;
}

export function chooseBackend(options: BuildOptions, facts: PlanFacts): BackendChoice {
  const requested = options.cache.backend;
  if (requested !== 'auto') return { backend: backends[requested] };
  const can = (b: CacheBackend) => b.exporter !== null && facts.exporters.has(b.exporter);
  const builder = facts.builderSummary ? ` (${facts.builderSummary})` : '';
  const skipped: string[] = [];
  if (options.cache.harness) {
    if (can(s3Backend))
      return { backend: s3Backend, reason: 'auto: managed S3 cache is configured and the builder exports s3' };
    skipped.push(`the builder cannot export s3 caches${builder}`);
  }
  if (options.cache.ref) {
    if (can(registryBackend))
      return {
        backend: registryBackend,
        reason: 'auto: registry (mode=max caches every stage)' + skippedNote(skipped),
      };
    skipped.push(`registry cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if (options.cache.dir) {
    if (can(localBackend))
      return { backend: localBackend, reason: 'auto: local directory cache' + skippedNote(skipped) };
    skipped.push(`local cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if ((options.cache.ref || options.tags.length > 0) && can(inlineBackend)) {
    return { backend: inlineBackend, reason: `auto: inline${skippedNote(skipped)}; falling back to inline` };
  }
  return {
    backend: noneBackend,
    reason: `auto: no usable cache location${skippedNote(skipped)}; set cache.ref (registry) or cache.dir (local)`,
  };
}

/** The backends a run with this setting may end up using: the one asked for, or every one (auto). */
function candidates(requested: BuildOptions['cache']['backend']): CacheBackend[] {
  return requested === 'auto' ? Object.values(backends) : [backends[requested]];
}

/** What the backends a run may use find before it: the facts' localCaches, previousCaches, heldBefore. Never throws. */
export async function findExistingCaches(query: ExistingQuery): Promise<Required<ExistingCaches>> {
  const found = await Promise.all(
    candidates(query.cache.backend).map(
      (b) => b.findExisting?.(query).catch((): ExistingCaches => ({})) ?? ({} as ExistingCaches),
    ),
  );
  return {
    caches: new Set(found.flatMap((f) => [...(f.caches ?? [])])),
    previous: new Set(found.flatMap((f) => [...(f.previous ?? [])])),
    heldBefore: new Map(found.flatMap((f) => [...(f.heldBefore ?? [])])),
  };
}

/** Settings the requested backend needs that the options lack (auto needs none: it falls back). */
export function backendRequirements(options: BuildOptions): ConfigIssue[] {
  const requested = options.cache.backend;
  return requested === 'auto' ? [] : backends[requested].requires?.(options) ?? [];
}

/** The blobs of the caches at these locations (digest -> bytes), for the cost fields. Never throws. */
export async function cacheBlobs(
  plan: CachePlan,
  locations: string[],
  options: BuildOptions,
  cwd: string,
): Promise<Map<string, number> | undefined> {
  const backend = backends[plan.backend];
  if (locations.length === 0 || !backend.blobsAt) return undefined;
  const each = await Promise.all(
    locations.map((where) => backend.blobsAt!(where, options, cwd).catch(() => undefined)),
  );
  const found = each.filter((m): m is Map<string, number> => m !== undefined);
  return found.length === 0 ? undefined : new Map(found.flatMap((m) => [...m]));
}

/** Where the cache a build wrote lives after its commit: the tag, or the local `current` link. */
export function writtenLocation(
  plan: CachePlan,
  options: BuildOptions,
  writeSlug: string | undefined,
): string | undefined {
  if (plan.writes === undefined) return undefined;
  const backend = backends[plan.backend];
  return backend.writtenLocation && writeSlug !== undefined
    ? backend.writtenLocation(plan, options, writeSlug)
    : plan.writes;
}

/** A run with this backend setting may use the local cache directory (local, or auto). */
export function mayUseDirectory(requested: string): boolean {
  return requested === 'auto'
    ? true
    : (backends as Record<string, CacheBackend | undefined>)[requested]?.store === 'directory';
}

/** The cache of this backend lives in a registry (401/403 are worded as registry access). */
export function inRegistry(backend: string): boolean {
  return (backends as Record<string, CacheBackend | undefined>)[backend]?.store === 'registry';
}

function skippedNote(skipped: string[]): string {
  return skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
}

export type { CacheBackend, CachePlan, ConcreteBackend, PlanFacts, CacheExporter } from './types.js';
