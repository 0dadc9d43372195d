// progress of one bake run -> one report: each service's CacheReport (the single-build report,
// from that service's vertices) plus the total steps cached. Says which service failed. Pure.
import { buildReport, type CacheReport } from '../report/build-report.js';
import type { VertexState } from '../report/progress.js';
import type { ServicePlan } from './plan.js';
import { targetVertices } from './progress-routing.js';
import { mountSummary } from '../mounts/explain.js';

export type ServiceStatus = 'ok' | 'failed' | 'cancelled';

export interface ServiceReport {
  service: string;
  target: string;
  status: ServiceStatus;
  /** The failing step and BuildKit's error, for a failed service. */
  error?: string;
  imageDigest?: string;
  report: CacheReport;
}

export interface BakeReport {
  services: ServiceReport[];
  totalSteps: number;
  cachedSteps: number;
  hitRatio: number;
  /** Services whose build failed (not the ones bake cancelled because of them). */
  failed: string[];
  warnings: string[];
}

const CACHE_IO = /^(importing|exporting) cache/;
const CANCELLED = /context canceled|canceled/i;

export function serviceStatus(
  vertices: VertexState[],
  runSucceeded: boolean,
): { status: ServiceStatus; error?: string } {
  if (runSucceeded) return { status: 'ok' };
  const errors = vertices.filter((v) => v.error && !CACHE_IO.test(v.name));
  const real = errors.find((v) => !CANCELLED.test(v.error!));
  if (real) return { status: 'failed', error: `${real.name}: ${real.error}` };
  if (errors.length > 0) return { status: 'cancelled' };
  // No step of its own failed: it finished, unless bake stopped before its image was exported.
  const exported = vertices.some((v) => /^exporting to (image|oci|docker)/.test(v.name) && v.completed);
  return exported ? { status: 'ok' } : { status: 'cancelled' };
}

export interface BakeReportInput {
  vertices: VertexState[];
  services: ServicePlan[];
  runSucceeded: boolean;
  /** bake's --metadata-file: one entry per target. */
  metadata: Record<string, unknown>;
  warnings: Record<string, string[]>;
}

export function buildBakeReport(input: BakeReportInput): BakeReport {
  const services: ServiceReport[] = input.services.map((sp) => {
    const vertices = targetVertices(input.vertices, sp.target);
    const { build } = sp;
    const report = buildReport(vertices, {
      backend: build.backend,
      cacheFrom: build.cacheFrom,
      cacheTo: build.cacheTo,
      reads: build.reads,
      writes: build.writes,
      warnings: input.warnings[sp.service] ?? [],
    });
    const status = serviceStatus(vertices, input.runSucceeded);
    const meta = input.metadata[sp.target] as Record<string, unknown> | undefined;
    const digest = meta?.['containerimage.digest'];
    return {
      service: sp.service,
      target: sp.target,
      ...status,
      imageDigest: typeof digest === 'string' ? digest : undefined,
      report,
    };
  });
  const totalSteps = services.reduce((n, s) => n + s.report.totalSteps, 0);
  const cachedSteps = services.reduce((n, s) => n + s.report.cachedSteps, 0);
  let failed = services.filter((s) => s.status === 'failed').map((s) => s.service);
  // bake failed before any step of a service could (e.g. a bad file): then every unfinished one failed.
  if (!input.runSucceeded && failed.length === 0)
    failed = services.filter((s) => s.status !== 'ok').map((s) => s.service);
  return {
    services,
    totalSteps,
    cachedSteps,
    hitRatio: totalSteps === 0 ? 0 : cachedSteps / totalSteps,
    failed,
    warnings: services.flatMap((s) => s.report.warnings.map((w) => `${s.service}: ${w}`)),
  };
}

/** Text summary: one line per service and the total. */
export function renderBakeSummary(r: BakeReport, durationMs: number): string {
  const width = Math.max(7, ...r.services.map((s) => s.service.length));
  const lines = [
    `layercache bake: ${r.cachedSteps}/${r.totalSteps} steps cached (${pct(r.hitRatio)}) in ${(
      durationMs / 1000
    ).toFixed(1)}s`,
  ];
  for (const s of r.services) {
    const rep = s.report;
    const state = s.status === 'ok' ? '' : `  ${s.status.toUpperCase()}${s.error ? `: ${s.error}` : ''}`;
    lines.push(
      `  ${s.service.padEnd(width)}  ${`${rep.cachedSteps}/${rep.totalSteps}`.padStart(7)} cached  ${
        rep.backend
      }  read ${rep.reads.join(' -> ') || '(nothing)'}  wrote ${rep.writes ?? '(nothing)'}${state}`,
    );
    if (rep.firstMiss && s.status === 'ok') lines.push(`  ${' '.repeat(width)}  first miss: ${rep.firstMiss}`);
    for (const m of rep.mounts ?? []) lines.push(`  ${' '.repeat(width)}  cache mount ${m.id}: ${mountSummary(m)}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

/** Markdown for a merge request comment or job summary. */
export function renderBakeMarkdown(r: BakeReport, durationMs: number): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `### layercache bake: ${r.cachedSteps}/${r.totalSteps} steps cached (${pct(r.hitRatio)})`,
    '',
    `Build time ${(durationMs / 1000).toFixed(1)} s`,
    '',
    '| Service | Status | Cached | First miss | Cache read | Cache written |',
    '|---|---|---|---|---|---|',
    ...r.services.map(
      (s) =>
        `| \`${cell(s.service)}\` | ${
          s.status === 'ok' ? '✅' : s.status === 'failed' ? '❌ failed' : '⏹ cancelled'
        } | ${s.report.cachedSteps}/${s.report.totalSteps} | ${
          s.report.firstMiss ? `\`${cell(s.report.firstMiss)}\`` : ''
        } | ${s.report.reads.map((x) => `\`${x}\``).join(' → ')} | ${
          s.report.writes ? `\`${s.report.writes}\`` : ''
        } |`,
    ),
    ...mountRows(r),
    ...r.warnings.map((w) => `\n> ⚠️ ${w}`),
    '',
  ].join('\n');
}

function mountRows(r: BakeReport): string[] {
  const rows = r.services.flatMap((s) =>
    (s.report.mounts ?? []).map(
      (m) => `| \`${s.service}\` | \`${m.id.replace(/\|/g, '\\|')}\` | ${mountSummary(m).replace(/\|/g, '\\|')} |`,
    ),
  );
  return rows.length > 0
    ? ['', '| Service | Cache mount | Restore before the build; save after it |', '|---|---|---|', ...rows]
    : [];
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
