// The step's outputs in $DRONE_OUTPUT, upper-case like Harness's own plugin outputs: a single
// build's numbers (the SDK's reportMetrics), or a bake's totals, its services and one
// <SERVICE>_IMAGE_DIGEST each, under the same names as a single build where the meaning is the same.
import type { BakeResult, ReportSubject } from '@layercache/sdk';
import { bakeOutputs, metricVariables, serviceVariablePart, writeTextFile } from '@layercache/sdk/adapter';

export type BakeOutputSubject = Pick<BakeResult, 'report' | 'durationMs'>;

/** reportMetrics' fields written, in this order; each under its upper-case name (`backend` as CACHE_BACKEND). */
const METRICS = ['image_digest', 'cached_steps', 'total_steps', 'hit_ratio', 'backend', 'build_seconds',
  'cache_bytes_imported', 'cache_bytes_exported', 'export_seconds', 'cache_bytes_at_rest', 'cost_hint'] as const;

const BAKE_TOTALS = ['SERVICES', 'FAILED_SERVICES', 'CACHED_STEPS', 'TOTAL_STEPS', 'HIT_RATIO',
  'CACHE_BACKEND', 'BUILD_SECONDS'] as const;

export function outputVariables(result: ReportSubject): Record<string, string> {
  const vars = Object.entries(metricVariables(result, METRICS));
  return Object.fromEntries(vars.map(([k, v]) => [k === 'BACKEND' ? 'CACHE_BACKEND' : k, v]));
}

/** `web.v2` -> `WEB_V2_IMAGE_DIGEST` (output names are upper-case letters, digits and `_`, a letter first). */
export function serviceDigestOutput(service: string): string {
  const name = serviceVariablePart(service).replace(/^_+/, '');
  return `${/^[A-Z]/.test(name) ? '' : 'S_'}${name}_IMAGE_DIGEST`;
}

export function bakeOutputVariables(result: BakeOutputSubject): Record<string, string> {
  return bakeOutputs(result, BAKE_TOTALS, serviceDigestOutput);
}

/** The file's lines. Values are single-line by construction; anything else is dropped, not smuggled. */
export function outputLines(vars: Record<string, string>): string {
  return Object.entries(vars)
    .filter(([k, v]) => /^[A-Z][A-Z0-9_]*$/.test(k) && !/[\r\n]/.test(v))
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
}

/**
 * Appends to $DRONE_OUTPUT, after the build: a file that cannot be written is a warning. Without it
 * (a local run) the outputs are only logged by the caller.
 */
export async function writeOutputs(file: string | undefined, vars: Record<string, string>,
  warn: (line: string) => void = () => {}): Promise<boolean> {
  return file ? writeTextFile('DRONE_OUTPUT', file, outputLines(vars), warn, true) : false;
}
