// Step outputs of a bake: the totals of the SDK's BakeReport (summed there, not here), the list of
// services, and one <SERVICE>_IMAGE_DIGEST each, under the same names as a single build where the
// meaning is the same. Pure.
import type { BakeResult } from '@layercache/sdk';

export type BakeOutputSubject = Pick<BakeResult, 'report' | 'durationMs'>;

/** `web.v2` -> `WEB_V2_IMAGE_DIGEST` (output names are upper-case letters, digits and `_`). */
export function serviceDigestOutput(service: string): string {
  const name = service.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+/, '');
  return `${/^[A-Z]/.test(name) ? '' : 'S_'}${name}_IMAGE_DIGEST`;
}

export function bakeOutputVariables(result: BakeOutputSubject): Record<string, string> {
  const r = result.report;
  const backends = [...new Set(r.services.map((s) => s.report.backend))];
  return {
    SERVICES: r.services.map((s) => s.service).join(','),
    FAILED_SERVICES: r.failed.join(','),
    CACHED_STEPS: String(r.cachedSteps),
    TOTAL_STEPS: String(r.totalSteps),
    HIT_RATIO: String(r.hitRatio),
    CACHE_BACKEND: backends.join(','),
    BUILD_SECONDS: String(result.durationMs / 1000),
    ...Object.fromEntries(r.services.map((s) => [serviceDigestOutput(s.service), s.imageDigest ?? ''])),
  };
}
