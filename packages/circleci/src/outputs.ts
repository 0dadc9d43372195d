// What later steps and people get from a build: exports for $BASH_ENV (CircleCI's way to pass
// values between steps) and the JSON report stored as an artifact. Pure.
import { reportMetrics, type BakeResult, type ReportSubject } from '@layercache/sdk';
import { bakeOutputs, metricVariables, serviceVariablePart } from '@layercache/sdk/adapter';
import type { LayerSource } from './layer-source.js';

/** The SDK's metrics the exports carry after the digest, tags and layer source, in this order. */
const METRICS = [
  'cached_steps', 'total_steps', 'cache_bytes_imported', 'cache_bytes_exported', 'export_seconds',
  'cache_bytes_at_rest', 'cost_hint',
] as const;

/** The $BASH_ENV exports of a build. */
export function stepOutputs(result: ReportSubject, layers: LayerSource): Record<string, string> {
  return {
    ...metricVariables(result, ['image_digest'], 'LAYERCACHE_'),
    LAYERCACHE_IMAGE_TAGS: result.tags.join(','),
    LAYERCACHE_LAYER_SOURCE: layers.source,
    ...metricVariables(result, METRICS, 'LAYERCACHE_'),
  };
}

/** `export NAME='value'` lines; single quotes so $BASH_ENV never expands a value. */
export function bashEnvLines(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`)
    .join('');
}

/** The report artifact: the SDK's metrics and report, plus where the cached layers came from. */
export function reportDocument(result: ReportSubject, layers: LayerSource): Record<string, unknown> {
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
