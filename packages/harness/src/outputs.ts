// Step outputs: Harness reads `KEY=VALUE` lines from the file named by $DRONE_OUTPUT and exposes
// them as <+steps.STEP_ID.output.outputVariables.KEY>. The numbers come from the SDK's report
// (reportMetrics); nothing here recomputes them. Only non-secret facts are ever written.
import { appendFile } from 'node:fs/promises';
import { reportMetrics, type ReportSubject } from '@layercache/sdk';

/** reportMetrics' fields written, in this order; each under its upper-case name (`backend` as CACHE_BACKEND). */
const METRICS = ['image_digest', 'cached_steps', 'total_steps', 'hit_ratio', 'backend', 'build_seconds',
  'cache_bytes_imported', 'cache_bytes_exported', 'export_seconds', 'cache_bytes_at_rest', 'cost_hint'] as const;

/** Output names, upper-case like Harness's own plugin outputs. */
export function outputVariables(result: ReportSubject): Record<string, string> {
  const m = reportMetrics(result);
  return Object.fromEntries(METRICS.map((k) => [k === 'backend' ? 'CACHE_BACKEND' : k.toUpperCase(), String(m[k])]));
}

/** The file's lines. Values are single-line by construction; anything else is dropped, not smuggled. */
export function outputLines(vars: Record<string, string>): string {
  return Object.entries(vars)
    .filter(([k, v]) => /^[A-Z][A-Z0-9_]*$/.test(k) && !/[\r\n]/.test(v))
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
}

/** Appends to $DRONE_OUTPUT; without it (a local run) the outputs are only logged by the caller. */
export async function writeOutputs(file: string | undefined, vars: Record<string, string>): Promise<boolean> {
  if (!file) return false;
  await appendFile(file, outputLines(vars));
  return true;
}
