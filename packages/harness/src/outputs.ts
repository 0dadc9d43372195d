// Step outputs: Harness reads `KEY=VALUE` lines from the file named by $DRONE_OUTPUT and exposes
// them as <+steps.STEP_ID.output.outputVariables.KEY>. The numbers come from the SDK's report
// (reportMetrics); nothing here recomputes them. Only non-secret facts are ever written.
import { appendFile } from 'node:fs/promises';
import { reportMetrics, type ReportSubject } from '@layercache/sdk';

/** Output names, upper-case like Harness's own plugin outputs. */
export function outputVariables(result: ReportSubject): Record<string, string> {
  const m = reportMetrics(result);
  return {
    IMAGE_DIGEST: m.image_digest,
    CACHED_STEPS: String(m.cached_steps),
    TOTAL_STEPS: String(m.total_steps),
    HIT_RATIO: String(m.hit_ratio),
    CACHE_BACKEND: m.backend,
    BUILD_SECONDS: String(m.build_seconds),
    CACHE_BYTES_IMPORTED: String(m.cache_bytes_imported),
    CACHE_BYTES_EXPORTED: String(m.cache_bytes_exported),
    EXPORT_SECONDS: String(m.export_seconds),
    CACHE_BYTES_AT_REST: String(m.cache_bytes_at_rest),
    COST_HINT: m.cost_hint,
  };
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
