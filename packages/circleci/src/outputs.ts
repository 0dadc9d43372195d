// What later steps and people get from a build: exports for $BASH_ENV (CircleCI's way to pass
// values between steps) and the JSON report stored as an artifact. Pure.
import { reportMetrics, type BakeResult, type BuildResult } from '@layercache/sdk';
import { bakeOutputs, serviceVariablePart } from '@layercache/sdk/adapter';
import type { LayerSource } from './layer-source.js';

export interface StepOutputs {
  LAYERCACHE_IMAGE_DIGEST: string;
  LAYERCACHE_IMAGE_TAGS: string;
  LAYERCACHE_LAYER_SOURCE: string;
  LAYERCACHE_CACHED_STEPS: string;
  LAYERCACHE_TOTAL_STEPS: string;
  LAYERCACHE_CACHE_BYTES_IMPORTED: string;
  LAYERCACHE_CACHE_BYTES_EXPORTED: string;
  LAYERCACHE_EXPORT_SECONDS: string;
  LAYERCACHE_CACHE_BYTES_AT_REST: string;
  LAYERCACHE_COST_HINT: string;
}

export function stepOutputs(result: Pick<BuildResult, 'imageDigest' | 'tags' | 'report' | 'durationMs'>, layers: LayerSource): StepOutputs {
  const metrics = reportMetrics(result);
  return {
    LAYERCACHE_IMAGE_DIGEST: metrics.image_digest,
    LAYERCACHE_IMAGE_TAGS: result.tags.join(','),
    LAYERCACHE_LAYER_SOURCE: layers.source,
    LAYERCACHE_CACHED_STEPS: String(metrics.cached_steps),
    LAYERCACHE_TOTAL_STEPS: String(metrics.total_steps),
    LAYERCACHE_CACHE_BYTES_IMPORTED: String(metrics.cache_bytes_imported),
    LAYERCACHE_CACHE_BYTES_EXPORTED: String(metrics.cache_bytes_exported),
    LAYERCACHE_EXPORT_SECONDS: String(metrics.export_seconds),
    LAYERCACHE_CACHE_BYTES_AT_REST: String(metrics.cache_bytes_at_rest),
    LAYERCACHE_COST_HINT: metrics.cost_hint,
  };
}

/** `export NAME='value'` lines; single quotes so $BASH_ENV never expands a value. */
export function bashEnvLines(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`)
    .join('');
}

/** The report artifact: the SDK's metrics and report, plus where the cached layers came from. */
export function reportDocument(result: Pick<BuildResult, 'imageDigest' | 'tags' | 'report' | 'durationMs'>, layers: LayerSource): Record<string, unknown> {
  return { ...reportMetrics(result), tags: result.tags, layers, report: result.report };
}

/** `web.v2` -> `LAYERCACHE_WEB_V2_IMAGE_DIGEST` (a shell variable name). */
export function serviceDigestVariable(service: string): string {
  return `LAYERCACHE_${serviceVariablePart(service)}_IMAGE_DIGEST`;
}

/** $BASH_ENV exports of a bake: the SDK's totals, the services, and one digest per service. */
export function bakeStepOutputs(result: Pick<BakeResult, 'report'>): Record<string, string> {
  const totals = ['SERVICES', 'FAILED_SERVICES', 'CACHED_STEPS', 'TOTAL_STEPS'] as const;
  return bakeOutputs(result, totals, serviceDigestVariable, 'LAYERCACHE_');
}
