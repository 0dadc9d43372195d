// Report -> text for people (summary table, Markdown) and flat numbers for CI platforms' native
// outputs (dotenv, metrics, step outputs). Pure.
import type { CacheReport } from './build-report.js';
import type { CacheCost } from './cache-cost.js';
import { formatBytes } from './bytes.js';
import { mountSummary } from '../mounts/explain.js';

export interface ReportSubject {
  report: CacheReport;
  durationMs: number;
  imageDigest?: string;
  tags: string[];
}

/** The numbers every adapter publishes, under stable snake_case names. */
export function reportMetrics(r: ReportSubject) {
  return {
    backend: r.report.backend,
    cached_steps: r.report.cachedSteps,
    total_steps: r.report.totalSteps,
    hit_ratio: round(r.report.hitRatio, 4),
    build_seconds: round(r.durationMs / 1000, 3),
    image_digest: r.imageDigest ?? '',
    first_miss: r.report.firstMiss ?? '',
    miss_reason: r.report.missReason?.kind ?? '',
    saved_seconds: r.report.savedMs === null ? 0 : round(r.report.savedMs / 1000, 3),
    cache_written: r.report.writes !== undefined && r.report.exportStatus === 'ok',
    cache_bytes_imported: r.report.cost?.bytesImported ?? 0,
    cache_bytes_exported: r.report.cost?.bytesExported ?? 0,
    export_seconds: r.report.cost?.exportMs == null ? 0 : round(r.report.cost.exportMs / 1000, 3),
    cache_bytes_at_rest: r.report.cost?.bytesAtRest ?? 0,
    cost_hint: r.report.cost?.hint ?? '',
  };
}

export function renderSummary(r: ReportSubject): string {
  const rep = r.report;
  const lines = [
    `layercache: ${rep.cachedSteps}/${rep.totalSteps} steps cached (${pct(rep.hitRatio)}) in ${(
      r.durationMs / 1000
    ).toFixed(1)}s, backend ${rep.backend}`,
    `  read:  ${rep.reads.length > 0 ? rep.reads.join(' -> ') : '(nothing)'}`,
    `  wrote: ${rep.writes ?? '(nothing: read-only build)'}${rep.exportStatus === 'failed' ? ' (export FAILED)' : ''}`,
  ];
  if (rep.savedMs !== null)
    lines.push(`  saved: ~${(rep.savedMs / 1000).toFixed(1)}s (what the cached steps took when last built)`);
  if (rep.cost) lines.push(`  cache: ${costLine(rep.cost)}`);
  if (rep.cost?.hint) lines.push(`  hint: ${rep.cost.hint}`);
  if (rep.firstMiss)
    lines.push(`  first miss: ${rep.firstMiss}${rep.missReason ? `\n    why: ${rep.missReason.message}` : ''}`);
  if (rep.steps.length > 0) {
    const width = Math.min(70, Math.max(...rep.steps.map((s) => s.name.length)));
    for (const s of rep.steps) {
      lines.push(
        `  ${s.cached ? 'CACHED' : 'built '}  ${truncate(s.name, width).padEnd(width)}  ${
          s.durationMs === null ? '' : `${(s.durationMs / 1000).toFixed(1)}s`
        }`.trimEnd(),
      );
    }
  }
  for (const m of rep.mounts ?? []) lines.push(`  cache mount ${m.id}: ${mountSummary(m)}`);
  for (const n of rep.notes ?? []) lines.push(`  note: ${n}`);
  for (const w of rep.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

export function renderMarkdown(r: ReportSubject): string {
  const rep = r.report;
  const rows = rep.steps.map(
    (s) =>
      `| ${s.cached ? '✅ cached' : '🔨 built'} | \`${s.name.replace(/\|/g, '\\|')}\` | ${
        s.durationMs === null ? '' : `${(s.durationMs / 1000).toFixed(1)} s`
      } |`,
  );
  return [
    `### layercache: ${rep.cachedSteps}/${rep.totalSteps} steps cached (${pct(rep.hitRatio)})`,
    '',
    `Build time ${(r.durationMs / 1000).toFixed(1)} s · backend \`${rep.backend}\` · read ${
      rep.reads.map((x) => `\`${x}\``).join(' → ') || 'nothing'
    } · wrote ${rep.writes ? `\`${rep.writes}\`` : 'nothing'}`,
    ...(rep.savedMs !== null
      ? ['', `Saved ~${(rep.savedMs / 1000).toFixed(1)} s (what the cached steps took when last built)`]
      : []),
    ...(rep.cost ? ['', `Cache: ${costLine(rep.cost)}`] : []),
    ...(rep.cost?.hint ? ['', `> 💡 ${rep.cost.hint}`] : []),
    ...(rep.firstMiss
      ? ['', `First miss: \`${rep.firstMiss}\`${rep.missReason ? ` — ${rep.missReason.message}` : ''}`]
      : []),
    '',
    '| | Step | Time |',
    '|---|---|---|',
    ...rows,
    ...(rep.mounts?.length
      ? [
          '',
          '| Cache mount | Restore before the build; save after it |',
          '|---|---|',
          ...rep.mounts.map((m) => `| \`${m.id.replace(/\|/g, '\\|')}\` | ${mountSummary(m).replace(/\|/g, '\\|')} |`),
        ]
      : []),
    ...(rep.notes ?? []).map((n) => `\n> ${n}`),
    ...rep.warnings.map((w) => `\n> ⚠️ ${w}`),
    '',
  ].join('\n');
}

/** "imported 1.2 MiB, exported 300.0 KiB in 0.4 s, 1.5 MiB at rest" (unknown parts left out). */
function costLine(c: CacheCost): string {
  const parts = [
    c.bytesImported !== null ? `imported ${formatBytes(c.bytesImported)}` : undefined,
    c.bytesExported !== null || c.exportMs !== null
      ? `exported ${c.bytesExported !== null ? formatBytes(c.bytesExported) : '?'}${
          c.exportMs !== null ? ` in ${(c.exportMs / 1000).toFixed(1)} s` : ''
        }`
      : undefined,
    c.bytesAtRest !== null ? `${formatBytes(c.bytesAtRest)} at rest` : undefined,
    c.integrityCheck
      ? `${formatBytes(c.integrityCheck.bytesHashed)} verified in ${(c.integrityCheck.ms / 1000).toFixed(1)} s`
      : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(', ') : 'not measured for this backend';
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
