// The parts of a report that need more than the progress stream: why the first miss missed and
// the time the cached steps saved (from the build records), and the cost fields.
import { cacheBlobs, writtenLocation } from '../backends/index.js';
import type { BuildPlan } from '../plan/build-plan.js';
import { explainMiss, savedMs } from '../record/explain.js';
import { parseStepName, stepKey } from '../record/step-key.js';
import type { BuildRecord } from '../record/types.js';
import type { CacheReport } from '../report/build-report.js';
import { blobCost, costHint, exportDuration, type CacheCost } from '../report/cache-cost.js';
import type { VertexState } from '../report/progress.js';

/** Adds why the first miss missed and the time the cached steps saved. */
export function explainReport(report: CacheReport, previous: BuildRecord | undefined, record: BuildRecord): void {
  const keyOf = (name: string) => {
    const parsed = parseStepName(name);
    return parsed ? stepKey(parsed.stage, parsed.position) : name;
  };
  if (report.firstMiss) {
    const reason = explainMiss(previous, record, keyOf(report.firstMiss));
    report.missReason = { kind: reason.kind, message: reason.message };
  }
  report.savedMs = savedMs(previous, report.steps.filter((s) => s.cached).map((s) => keyOf(s.name)));
}

/** The report's cost fields: blob counts before and after the write, the export's time, the hint. */
export async function cacheCostOf(
  plan: BuildPlan,
  vertices: VertexState[],
  report: CacheReport,
  readBlobs: Promise<Map<string, number> | undefined>,
  cwd: string,
): Promise<CacheCost> {
  const { options } = plan;
  const where = report.exportStatus === 'ok' ? writtenLocation(plan.cachePlan, options, plan.keys.write) : undefined;
  const written = where ? await cacheBlobs(plan.cachePlan, [where], options, cwd) : undefined;
  const exportMs = exportDuration(vertices);
  const pullRequest = plan.keys.event === 'pull-request';
  const hint = costHint({ exportMs, savedMs: report.savedMs, mode: options.cache.mode, pullRequest });
  return { ...blobCost(await readBlobs, written), exportMs, ...(hint ? { hint } : {}) };
}
