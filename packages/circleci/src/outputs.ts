// What later steps and people get from a build: $BASH_ENV exports (CircleCI's way to pass values
// between steps), the JSON report stored as an artifact, and where the cached layers came from. Pure.
import { reportMetrics, type BakeResult, type CacheReport, type ReportSubject } from '@layercache/sdk';
import { bakeOutputs, metricVariables, serviceVariablePart, type EngineDelta } from '@layercache/sdk/adapter';

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

// "Where did the cached layers come from?" — the engine's own state (Docker Layer Caching kept
// it) or the registry cache import: from the SDK's report plus what the engine's build cache
// looked like before and after the build (the kit's withEngineDelta). The SDK report alone cannot
// tell the two apart: a step is "cached" either way, and the registry import is "found" either way.
export type LayerSourceKind = 'none' | 'local' | 'imported' | 'mixed' | 'unknown';

export interface LayerSource {
  source: LayerSourceKind;
  /** One sentence for people: what served the cached steps and how we know. */
  detail: string;
}

type ReportFacts = Pick<CacheReport, 'cachedSteps' | 'totalSteps' | 'imports'>;

export function describeLayerSource(report: ReportFacts, engine: EngineDelta | undefined): LayerSource {
  const say = (source: LayerSourceKind, detail: string): LayerSource => ({ source, detail });
  const cached = `${report.cachedSteps}/${report.totalSteps} steps`;
  const own = `${cached} served by the engine's own build cache`;
  const from = report.imports.filter((i) => i.status === 'found').map((i) => i.ref).join(', ');
  if (report.cachedSteps === 0) return say('none', `no step came from a cache (${report.totalSteps} steps ran)`);
  if (!from) return say('local', `${own}; no registry cache was found to import`);
  if (engine === undefined) {
    const either = `${cached} cached, from the engine's own build cache or from ${from}`;
    return say('unknown', `${either}: the engine's cache could not be inspected`);
  }
  const imported = engine.importedDuringBuild;
  const kept = '(kept from earlier jobs, as Docker Layer Caching does)';
  if (imported === 0) return say('local', `${own} ${kept}; nothing was imported from ${from}`);
  if (engine.layersBefore === 0)
    return say('imported', `${cached} imported from ${from} into a clean engine (${imported} layers)`);
  return say('mixed', `${cached} cached: the engine held some layers, ${imported} more were imported from ${from}`);
}
