// GitLab outputs of a multi-service build: the dotenv and metrics reports carry the bake's totals
// (the SDK's BakeReport sums them; nothing is recomputed here), plus each service's image digest,
// and the JSON report is the SDK's BakeReport as `layercache bake --report-json` writes it. Pure.
import type { BakeResult } from '@layercache/sdk';
import { serviceVariablePart } from '@layercache/sdk/adapter';
import { REPORT_SETTINGS, type ReportFile, type ReportPaths } from './outputs.js';

export type BakeOutputSubject = Pick<BakeResult, 'report' | 'durationMs'>;

/** `api` -> `LAYERCACHE_API_IMAGE_DIGEST`: dotenv names take letters, digits and `_` only. */
export function serviceDigestVariable(service: string): string {
  return `LAYERCACHE_${serviceVariablePart(service)}_IMAGE_DIGEST`;
}

export function formatBakeDotenv(result: BakeOutputSubject): string {
  const r = result.report;
  const vars: Array<[string, string | number]> = [
    ['LAYERCACHE_SERVICES', r.services.map((s) => s.service).join(',')],
    ['LAYERCACHE_CACHED_STEPS', r.cachedSteps],
    ['LAYERCACHE_TOTAL_STEPS', r.totalSteps],
    ['LAYERCACHE_HIT_RATIO', r.hitRatio],
    ['LAYERCACHE_BUILD_SECONDS', result.durationMs / 1000],
    ['LAYERCACHE_FAILED_SERVICES', r.failed.join(',')],
    // 50 variables per file is GitLab's smallest limit: the digests of the first 40 services.
    ...r.services.slice(0, 40).map((s): [string, string] => [serviceDigestVariable(s.service), s.imageDigest ?? '']),
  ];
  return (
    vars
      .map(
        ([k, v]) =>
          [
            k,
            String(v)
              .replace(/[\r\n"'`]+/g, ' ')
              .trim(),
          ] as const,
      )
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n'
  );
}

/** OpenMetrics for the merge request widget: the same gauge names as a single build, for the totals. */
export function formatBakeMetrics(result: BakeOutputSubject): string {
  const r = result.report;
  return [
    `layercache_cache_hit_ratio ${r.hitRatio}`,
    `layercache_cached_steps ${r.cachedSteps}`,
    `layercache_total_steps ${r.totalSteps}`,
    `layercache_build_seconds ${result.durationMs / 1000}`,
    '# EOF',
    '',
  ].join('\n');
}

export function formatBakeJsonReport(result: BakeOutputSubject): string {
  return `${JSON.stringify({ durationMs: result.durationMs, ...result.report }, null, 2)}\n`;
}

/** File -> content for the report paths in use; a failed bake gets only the JSON report (it names the failed service). */
export function bakeReportFiles(result: BakeOutputSubject, paths: ReportPaths, succeeded: boolean): ReportFile[] {
  return [
    [succeeded ? paths.dotenv : undefined, formatBakeDotenv(result), REPORT_SETTINGS.dotenv],
    [succeeded ? paths.metrics : undefined, formatBakeMetrics(result), REPORT_SETTINGS.metrics],
    [paths.json, formatBakeJsonReport(result), REPORT_SETTINGS.json],
  ];
}
