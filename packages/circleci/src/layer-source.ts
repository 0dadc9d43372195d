// "Where did the cached layers come from?" — the engine's own state (Docker Layer Caching kept
// it) or the registry cache import. Pure: from the SDK's report plus what the engine's build
// cache looked like before and after the build (engine-state.ts). The SDK report alone cannot
// tell the two apart: a step is "cached" either way, and the registry import is "found" either way.
import type { CacheReport } from '@layercache/sdk';
import type { EngineDelta } from './engine-state.js';

export type LayerSourceKind = 'none' | 'local' | 'imported' | 'mixed' | 'unknown';

export interface LayerSource {
  source: LayerSourceKind;
  /** One sentence for people: what served the cached steps and how we know. */
  detail: string;
}

type ReportFacts = Pick<CacheReport, 'cachedSteps' | 'totalSteps' | 'imports'>;

export function describeLayerSource(report: ReportFacts, engine: EngineDelta | undefined): LayerSource {
  const cached = `${report.cachedSteps}/${report.totalSteps} steps`;
  if (report.cachedSteps === 0)
    return { source: 'none', detail: `no step came from a cache (${report.totalSteps} steps ran)` };
  const found = report.imports.filter((i) => i.status === 'found').map((i) => i.ref);
  if (found.length === 0) {
    return {
      source: 'local',
      detail: `${cached} served by the engine's own build cache; no registry cache was found to import`,
    };
  }
  if (engine === undefined) {
    return {
      source: 'unknown',
      detail: `${cached} cached, from the engine's own build cache or from ${found.join(
        ', ',
      )}: the engine's cache could not be inspected`,
    };
  }
  if (engine.importedDuringBuild === 0) {
    return {
      source: 'local',
      detail: `${cached} served by the engine's own build cache (kept from earlier jobs, as Docker Layer Caching does); nothing was imported from ${found.join(
        ', ',
      )}`,
    };
  }
  if (engine.layersBefore === 0) {
    return {
      source: 'imported',
      detail: `${cached} imported from ${found.join(', ')} into a clean engine (${engine.importedDuringBuild} layers)`,
    };
  }
  return {
    source: 'mixed',
    detail: `${cached} cached: the engine held some layers, ${
      engine.importedDuringBuild
    } more were imported from ${found.join(', ')}`,
  };
}
