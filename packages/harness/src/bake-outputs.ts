// Step outputs of a bake: the kit's bake totals, the list of services, and one <SERVICE>_IMAGE_DIGEST
// each, under the same names as a single build where the meaning is the same. Pure.
import type { BakeResult } from '@layercache/sdk';
import { bakeOutputs, serviceVariablePart } from '@layercache/sdk/adapter';

export type BakeOutputSubject = Pick<BakeResult, 'report' | 'durationMs'>;

const TOTALS = ['SERVICES', 'FAILED_SERVICES', 'CACHED_STEPS', 'TOTAL_STEPS', 'HIT_RATIO',
  'CACHE_BACKEND', 'BUILD_SECONDS'] as const;

/** `web.v2` -> `WEB_V2_IMAGE_DIGEST` (output names are upper-case letters, digits and `_`, a letter first). */
export function serviceDigestOutput(service: string): string {
  const name = serviceVariablePart(service).replace(/^_+/, '');
  return `${/^[A-Z]/.test(name) ? '' : 'S_'}${name}_IMAGE_DIGEST`;
}

export function bakeOutputVariables(result: BakeOutputSubject): Record<string, string> {
  return bakeOutputs(result, TOTALS, serviceDigestOutput);
}
