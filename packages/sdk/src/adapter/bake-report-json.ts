// A bake's JSON report as `layercache bake --report-json` writes it: the run's duration, then the
// SDK's BakeReport. The one form of every adapter that stores it as an artifact. Pure.
import type { BakeResult } from '../bake/index.js';

export function bakeReportJson(result: Pick<BakeResult, 'report' | 'durationMs'>): string {
  return `${JSON.stringify({ durationMs: result.durationMs, ...result.report }, null, 2)}\n`;
}
