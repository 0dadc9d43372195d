// "Where did the cached layers come from?" — the engine's own state (Docker Layer Caching kept
// it) or the registry cache import. Pure: from the SDK's report plus what the engine's build cache
// looked like before and after the build (the kit's withEngineDelta). The SDK report alone cannot
// tell the two apart: a step is "cached" either way, and the registry import is "found" either way.
import type { CacheReport } from '@layercache/sdk';
import type { EngineDelta } from '@layercache/sdk/adapter';

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
