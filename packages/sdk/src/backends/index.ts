// The backend table and `auto`: picks the best backend the builder can export to, and says why.
import type { BuildOptions } from '../options/schema.js';
import { harnessBackend } from './harness.js';
import { inlineBackend } from './inline.js';
import { localBackend } from './local.js';
import { noneBackend } from './none.js';
import { registryBackend } from './registry.js';
import type { CacheBackend, ConcreteBackend, PlanFacts } from './types.js';

export const backends: Record<ConcreteBackend, CacheBackend> = {
  inline: inlineBackend,
  registry: registryBackend,
  local: localBackend,
  harness: harnessBackend,
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
    if (can(harnessBackend)) return { backend: harnessBackend, reason: 'auto: managed S3 cache is configured and the builder exports s3' };
    skipped.push(`the builder cannot export s3 caches${builder}`);
  }
  if (options.cache.ref) {
    if (can(registryBackend)) return { backend: registryBackend, reason: 'auto: registry (mode=max caches every stage)' + skippedNote(skipped) };
    skipped.push(`registry cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if (options.cache.dir) {
    if (can(localBackend)) return { backend: localBackend, reason: 'auto: local directory cache' + skippedNote(skipped) };
    skipped.push(`local cache needs the containerd image store or a docker-container builder${builder}`);
  }
  if ((options.cache.ref || options.tags.length > 0) && can(inlineBackend)) {
    return { backend: inlineBackend, reason: `auto: inline${skippedNote(skipped)}; falling back to inline` };
  }
  return { backend: noneBackend, reason: `auto: no usable cache location${skippedNote(skipped)}; set cache.ref (registry) or cache.dir (local)` };
}

function skippedNote(skipped: string[]): string {
  return skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
}

export type { CacheBackend, CachePlan, ConcreteBackend, PlanFacts, CacheExporter } from './types.js';
