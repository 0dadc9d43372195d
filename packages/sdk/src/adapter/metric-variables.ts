// A single build's outputs as variables: adapters write some of the SDK's reportMetrics as
// `PREFIX_NAME=value` (cached_steps -> LAYERCACHE_CACHED_STEPS). One mapping, the SDK's values. Pure.
import { reportMetrics, type ReportSubject } from '../report/render.js';

export type MetricName = keyof ReturnType<typeof reportMetrics>;

/** The metrics asked for, in that order, each named `prefix` + its name in upper case. */
export function metricVariables(
  result: ReportSubject,
  names: readonly MetricName[],
  prefix = '',
): Record<string, string> {
  const m = reportMetrics(result);
  return Object.fromEntries(names.map((name) => [`${prefix}${name.toUpperCase()}`, String(m[name])]));
}
