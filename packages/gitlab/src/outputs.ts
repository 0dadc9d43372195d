// GitLab-native outputs of a build or bake: collapsible log sections, a dotenv report (variables for
// later jobs), a metrics report (merge request widget) and the full JSON report. The numbers come
// from the SDK's reportMetrics() and BakeReport; nothing is recomputed here. Pure: the entry point
// writes the files.
import { reportMetrics, type BakeResult, type BuildResult } from '@layercache/sdk';
import { bakeOutputs, bakeReportJson, metricVariables, serviceVariablePart } from '@layercache/sdk/adapter';
import type { BakeOutputName, Env, MetricName, OutputFile, OutputPath } from '@layercache/sdk/adapter';

const ESC = '\u001b';

/**
 * A collapsible section header (docs.gitlab.com/ci/jobs/job_logs, "Custom collapsible sections"):
 * `\e[0Ksection_start:UNIX_TIMESTAMP:NAME[collapsed=true]\r\e[0KHEADER`.
 */
export function sectionStart(name: string, header: string, now: Date, collapsed = false): string {
  return `${marker('start', name, now)}${collapsed ? '[collapsed=true]' : ''}\r${ESC}[0K${header}`;
}

export function sectionEnd(name: string, now: Date): string {
  return `${marker('end', name, now)}\r${ESC}[0K`;
}

/** `\e[0Ksection_start:UNIX_TIMESTAMP:NAME`; section names may hold letters, digits, `_`, `.` and `-` only. */
function marker(kind: 'start' | 'end', name: string, now: Date): string {
  return `${ESC}[0Ksection_${kind}:${Math.floor(now.getTime() / 1000)}:${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** The subset of BuildResult the outputs read (a failed build may only have some of it). */
export type OutputSubject = Pick<BuildResult, 'report' | 'durationMs' | 'imageDigest' | 'tags'> & {
  plan?: Pick<BuildResult['plan'], 'keys'>;
};
export type BakeOutputSubject = Pick<BakeResult, 'report' | 'durationMs'>;

/**
 * dotenv report: `KEY=value` lines. GitLab's dotenv parser takes no quotes, comments, blank lines
 * or multi-line values, so values are kept to one line and unquoted. Empty values are left out:
 * a later job sees the variable unset, which shells treat alike.
 * Limits: 5 KiB and 50+ variables per file (plan-dependent); a build writes at most 18 short ones.
 */
function dotenv(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => [k, v.replace(/[\r\n]+/g, ' ').replace(/["'`]/g, '').trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
}

export function formatDotenv(result: OutputSubject): string {
  const m = (names: MetricName[]) => metricVariables(result, names, 'LAYERCACHE_');
  return dotenv({
    ...metricVariables(result, ['image_digest']),
    ...m(['image_digest']),
    LAYERCACHE_IMAGE_TAGS: result.tags.join(','),
    ...m(['cached_steps', 'total_steps', 'hit_ratio', 'build_seconds', 'backend', 'first_miss', 'miss_reason']),
    ...m(['saved_seconds', 'cache_written']),
    LAYERCACHE_CACHE_WRITE_REF: result.report.writes ?? '',
    ...m(['cache_bytes_imported', 'cache_bytes_exported', 'export_seconds', 'cache_bytes_at_rest', 'cost_hint']),
  });
}

/** metrics report: OpenMetrics text, one `layercache_NAME value` gauge per line, ending with `# EOF`. */
function openMetrics(gauges: Record<string, string | number>): string {
  return [...Object.entries(gauges).map(([name, value]) => `layercache_${name} ${value}`), '# EOF', ''].join('\n');
}

/** The build's gauges after the hit ratio, by their reportMetrics names. */
const GAUGES = ['cached_steps', 'total_steps', 'build_seconds', 'saved_seconds', 'cache_bytes_imported',
  'cache_bytes_exported', 'export_seconds', 'cache_bytes_at_rest'] as const;

export function formatMetrics(result: OutputSubject): string {
  const m = reportMetrics(result);
  return openMetrics({ cache_hit_ratio: m.hit_ratio, ...Object.fromEntries(GAUGES.map((g) => [g, m[g]])) });
}

/**
 * The JSON report artifact: the SDK's report plus the image facts and the SDK's key decision
 * (pipeline kind, why it wrote or not), for people and scripts.
 */
export function formatJsonReport(result: OutputSubject): string {
  const k = result.plan?.keys;
  const keys = k ? { event: k.event, read: k.read, write: k.write ?? null, writeReason: k.writeReason } : null;
  const { imageDigest = null, tags, durationMs, report } = result;
  const json = { imageDigest, tags, durationMs, metrics: reportMetrics(result), keys, report };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** `api` -> `LAYERCACHE_API_IMAGE_DIGEST`: dotenv names take letters, digits and `_` only. */
export function serviceDigestVariable(service: string): string {
  return `LAYERCACHE_${serviceVariablePart(service)}_IMAGE_DIGEST`;
}

const BAKE_TOTALS: BakeOutputName[] = ['SERVICES', 'CACHED_STEPS', 'TOTAL_STEPS', 'HIT_RATIO', 'BUILD_SECONDS',
  'FAILED_SERVICES'];

/** A bake's dotenv report: the SDK's totals, then each service's image digest. */
export function formatBakeDotenv(result: BakeOutputSubject): string {
  const vars = Object.entries(bakeOutputs(result, BAKE_TOTALS, serviceDigestVariable, 'LAYERCACHE_'));
  // 50 variables per file is GitLab's smallest limit: the digests of the first 40 services.
  return dotenv(Object.fromEntries(vars.slice(0, BAKE_TOTALS.length + 40)));
}

/** The merge request widget's metrics for a bake: the same gauge names as a single build, for the totals. */
export function formatBakeMetrics({ report: r, durationMs }: BakeOutputSubject): string {
  return openMetrics({
    cache_hit_ratio: r.hitRatio,
    cached_steps: r.cachedSteps,
    total_steps: r.totalSteps,
    build_seconds: durationMs / 1000,
  });
}

/** Each report's variable and where the template's `artifacts:reports` expect it (relative to the project dir). */
const REPORTS = {
  dotenv: ['LAYERCACHE_DOTENV_FILE', 'layercache.env'],
  metrics: ['LAYERCACHE_METRICS_FILE', 'layercache-metrics.txt'],
  json: ['LAYERCACHE_REPORT_JSON', 'layercache-report.json'],
} as const;
type Report = keyof typeof REPORTS;
export type ReportPaths = Partial<Record<Report, string>>;
const REPORT_NAMES = Object.keys(REPORTS) as Report[];

/** Report files: the template's artifact paths, overridable (an empty value turns one off). */
export function reportPaths(env: Env): ReportPaths {
  const pick = ([name, fallback]: readonly [string, string]) =>
    env[name] === undefined ? fallback : env[name]!.trim() || undefined;
  return Object.fromEntries(REPORT_NAMES.map((k) => [k, pick(REPORTS[k])]));
}

/** The report paths in use, named by their variables (checked before the build). */
export function reportOutputs(env: Env): OutputPath[] {
  const paths = reportPaths(env);
  return REPORT_NAMES.map((k) => ({ setting: REPORTS[k][0], path: paths[k] }));
}

/** The reports' files, each named by its variable; a report without a path is off. */
function reportFiles(paths: ReportPaths, texts: Record<Report, string>): OutputFile[] {
  return REPORT_NAMES.map((k) => ({ setting: REPORTS[k][0], path: paths[k], text: texts[k] }));
}

/** A build's report files. */
export function buildReportFiles(result: OutputSubject, paths: ReportPaths): OutputFile[] {
  const texts = { dotenv: formatDotenv(result), metrics: formatMetrics(result), json: formatJsonReport(result) };
  return reportFiles(paths, texts);
}

/** A bake's report files; a failed bake gets only the JSON report (it names the failed service). */
export function bakeReportFiles(result: BakeOutputSubject, paths: ReportPaths, succeeded: boolean): OutputFile[] {
  const texts = { dotenv: formatBakeDotenv(result), metrics: formatBakeMetrics(result), json: bakeReportJson(result) };
  return reportFiles(succeeded ? paths : { json: paths.json }, texts);
}
