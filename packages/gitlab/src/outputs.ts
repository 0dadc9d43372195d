// GitLab-native outputs of a build: collapsible log sections, a dotenv report (variables for
// later jobs), a metrics report (merge request widget) and the full JSON report. The numbers come
// from the SDK's reportMetrics(); nothing is recomputed here. Formatters are pure; writeReports
// is the one function that touches the disk.
import path from 'node:path';
import { reportMetrics, type BuildResult } from '@layercache/sdk';
import { writeTextFile } from '@layercache/sdk/adapter';

const ESC = '\u001b';

/**
 * A collapsible section header (docs.gitlab.com/ci/jobs/job_logs, "Custom collapsible sections"):
 * `\e[0Ksection_start:UNIX_TIMESTAMP:NAME[collapsed=true]\r\e[0KHEADER`.
 */
export function sectionStart(name: string, header: string, now: Date, collapsed = false): string {
  return `${ESC}[0Ksection_start:${unixSeconds(now)}:${sectionName(name)}${
    collapsed ? '[collapsed=true]' : ''
  }\r${ESC}[0K${header}`;
}

export function sectionEnd(name: string, now: Date): string {
  return `${ESC}[0Ksection_end:${unixSeconds(now)}:${sectionName(name)}\r${ESC}[0K`;
}

/** Section names may hold letters, digits, `_`, `.` and `-` only. */
function sectionName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

/** The subset of BuildResult the outputs read (a failed build may only have some of it). */
export type OutputSubject = Pick<BuildResult, 'report' | 'durationMs' | 'imageDigest' | 'tags'> & {
  plan?: Pick<BuildResult['plan'], 'keys'>;
};

/**
 * dotenv report: `KEY=value` lines. GitLab's dotenv parser takes no quotes, comments, blank lines
 * or multi-line values, so values are kept to one line and unquoted.
 * Limits: 5 KiB and 50+ variables per file (plan-dependent); this writes at most 18 short ones.
 */
export function formatDotenv(result: OutputSubject): string {
  const m = reportMetrics(result);
  const vars: Array<[string, string | number | boolean]> = [
    ['IMAGE_DIGEST', m.image_digest],
    ['LAYERCACHE_IMAGE_DIGEST', m.image_digest],
    ['LAYERCACHE_IMAGE_TAGS', result.tags.join(',')],
    ['LAYERCACHE_CACHED_STEPS', m.cached_steps],
    ['LAYERCACHE_TOTAL_STEPS', m.total_steps],
    ['LAYERCACHE_HIT_RATIO', m.hit_ratio],
    ['LAYERCACHE_BUILD_SECONDS', m.build_seconds],
    ['LAYERCACHE_BACKEND', m.backend],
    ['LAYERCACHE_FIRST_MISS', m.first_miss],
    ['LAYERCACHE_MISS_REASON', m.miss_reason],
    ['LAYERCACHE_SAVED_SECONDS', m.saved_seconds],
    ['LAYERCACHE_CACHE_WRITTEN', m.cache_written],
    ['LAYERCACHE_CACHE_WRITE_REF', result.report.writes ?? ''],
    ['LAYERCACHE_CACHE_BYTES_IMPORTED', m.cache_bytes_imported],
    ['LAYERCACHE_CACHE_BYTES_EXPORTED', m.cache_bytes_exported],
    ['LAYERCACHE_EXPORT_SECONDS', m.export_seconds],
    ['LAYERCACHE_CACHE_BYTES_AT_REST', m.cache_bytes_at_rest],
    ['LAYERCACHE_COST_HINT', m.cost_hint],
  ];
  // Empty values are left out: a later job sees the variable unset, which shells treat alike.
  return (
    vars
      .map(([k, v]) => [k, oneLine(String(v))] as const)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n'
  );
}

function oneLine(v: string): string {
  return v
    .replace(/[\r\n]+/g, ' ')
    .replace(/["'`]/g, '')
    .trim();
}

/** metrics report: OpenMetrics text, one gauge per line, ending with `# EOF`. */
export function formatMetrics(result: OutputSubject): string {
  const m = reportMetrics(result);
  return [
    `layercache_cache_hit_ratio ${m.hit_ratio}`,
    `layercache_cached_steps ${m.cached_steps}`,
    `layercache_total_steps ${m.total_steps}`,
    `layercache_build_seconds ${m.build_seconds}`,
    `layercache_saved_seconds ${m.saved_seconds}`,
    `layercache_cache_bytes_imported ${m.cache_bytes_imported}`,
    `layercache_cache_bytes_exported ${m.cache_bytes_exported}`,
    `layercache_export_seconds ${m.export_seconds}`,
    `layercache_cache_bytes_at_rest ${m.cache_bytes_at_rest}`,
    '# EOF',
    '',
  ].join('\n');
}

/**
 * The JSON report artifact: the SDK's report plus the image facts and the SDK's key decision
 * (pipeline kind, why it wrote or not), for people and scripts.
 */
export function formatJsonReport(result: OutputSubject): string {
  const keys = result.plan?.keys;
  const decision = keys
    ? { event: keys.event, read: keys.read, write: keys.write ?? null, writeReason: keys.writeReason }
    : null;
  return `${JSON.stringify(
    {
      imageDigest: result.imageDigest ?? null,
      tags: result.tags,
      durationMs: result.durationMs,
      metrics: reportMetrics(result),
      keys: decision,
      report: result.report,
    },
    null,
    2,
  )}\n`;
}

export interface ReportPaths {
  dotenv?: string;
  metrics?: string;
  json?: string;
}

/** Where the template's `artifacts:reports` expect the files (relative to the project dir). */
export const DEFAULT_REPORT_PATHS: Required<ReportPaths> = {
  dotenv: 'layercache.env',
  metrics: 'layercache-metrics.txt',
  json: 'layercache-report.json',
};

/** The variable that names each report path, for errors and warnings. */
export const REPORT_SETTINGS: Record<keyof ReportPaths, string> = {
  dotenv: 'LAYERCACHE_DOTENV_FILE',
  metrics: 'LAYERCACHE_METRICS_FILE',
  json: 'LAYERCACHE_REPORT_JSON',
};

/** (file, content, setting) triples: the file is unset when that report is off. */
export type ReportFile = [string | undefined, string, string?];

export async function writeReports(
  result: OutputSubject,
  paths: ReportPaths,
  cwd: string,
  warn: (line: string) => void,
): Promise<string[]> {
  return writeReportFiles(
    [
      [paths.dotenv, formatDotenv(result), REPORT_SETTINGS.dotenv],
      [paths.metrics, formatMetrics(result), REPORT_SETTINGS.metrics],
      [paths.json, formatJsonReport(result), REPORT_SETTINGS.json],
    ],
    cwd,
    warn,
  );
}

/** Writes each file that is set; returns the absolute paths written. One that cannot be written is a warning. */
export async function writeReportFiles(
  files: ReportFile[],
  cwd: string,
  warn: (line: string) => void,
): Promise<string[]> {
  const written: string[] = [];
  for (const [file, content, setting] of files) {
    if (!file) continue;
    const target = path.resolve(cwd, file);
    if (await writeTextFile(setting ?? target, target, content, warn)) written.push(target);
  }
  return written;
}
