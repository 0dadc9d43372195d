// What later steps and people get from a build: exports for $BASH_ENV (CircleCI's way to pass
// values between steps) and the JSON report stored as an artifact. Pure.
import { reportMetrics, type BuildResult } from '@layercache/sdk';
import type { LayerSource } from './layer-source.js';

export interface StepOutputs {
  LAYERCACHE_IMAGE_DIGEST: string;
  LAYERCACHE_IMAGE_TAGS: string;
  LAYERCACHE_LAYER_SOURCE: string;
  LAYERCACHE_CACHED_STEPS: string;
  LAYERCACHE_TOTAL_STEPS: string;
}

export function stepOutputs(result: Pick<BuildResult, 'imageDigest' | 'tags' | 'report' | 'durationMs'>, layers: LayerSource): StepOutputs {
  const metrics = reportMetrics(result);
  return {
    LAYERCACHE_IMAGE_DIGEST: metrics.image_digest,
    LAYERCACHE_IMAGE_TAGS: result.tags.join(','),
    LAYERCACHE_LAYER_SOURCE: layers.source,
    LAYERCACHE_CACHED_STEPS: String(metrics.cached_steps),
    LAYERCACHE_TOTAL_STEPS: String(metrics.total_steps),
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
