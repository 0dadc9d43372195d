// The outputs of a bake every adapter gives, under one set of names: the totals the SDK's
// BakeReport sums (nothing is recomputed) and one image digest per service. An adapter picks the
// names its platform takes and how a digest variable is named. Pure.
import type { BakeResult } from '../bake/index.js';

type Subject = Pick<BakeResult, 'report'> & { durationMs?: number };

const TOTALS = {
  SERVICES: (r) => r.report.services.map((s) => s.service).join(','),
  FAILED_SERVICES: (r) => r.report.failed.join(','),
  CACHED_STEPS: (r) => String(r.report.cachedSteps),
  TOTAL_STEPS: (r) => String(r.report.totalSteps),
  HIT_RATIO: (r) => String(r.report.hitRatio),
  CACHE_BACKEND: (r) => [...new Set(r.report.services.map((s) => s.report.backend))].join(','),
  BUILD_SECONDS: (r) => String((r.durationMs ?? 0) / 1000),
} satisfies Record<string, (r: Subject) => string>;

export type BakeOutputName = keyof typeof TOTALS;

/** `web.v2` -> `WEB_V2`: a service name as part of a variable name (letters, digits and `_`). */
export function serviceVariablePart(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** The totals asked for (each name after `prefix`), then `digestName(service)` for each service. */
export function bakeOutputs(
  result: Subject,
  names: readonly BakeOutputName[],
  digestName: (service: string) => string,
  prefix = '',
): Record<string, string> {
  return {
    ...Object.fromEntries(names.map((name) => [`${prefix}${name}`, TOTALS[name](result)])),
    ...Object.fromEntries(result.report.services.map((s) => [digestName(s.service), s.imageDigest ?? ''])),
  };
}
