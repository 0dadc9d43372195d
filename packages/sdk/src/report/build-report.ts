// progress -> report: per-step cache hits, the first miss, what the cache import found and
// whether the export worked. Pure; fed by ProgressTracker's vertices.
import { exportFailure, importFailure } from '../backends/cache-failure.js';
import { inRegistry as storedInRegistry } from '../backends/index.js';
import type { CacheCost } from './cache-cost.js';
import type { VertexState } from './progress.js';
import type { MountReport } from '../mounts/types.js';

export interface StepReport {
  name: string;
  cached: boolean;
  /** Wall time of the step; null when BuildKit did not time it (cached steps often). */
  durationMs: number | null;
}

export type ImportStatus = 'found' | 'missing' | 'failed';

export interface CacheImport {
  ref: string;
  status: ImportStatus;
  message?: string;
}

export interface CacheReport {
  backend: string;
  cacheFrom: string[];
  cacheTo: string[];
  /** Cache locations read, best first, and the one written (undefined: read-only build). */
  reads: string[];
  writes: string | undefined;
  totalSteps: number;
  cachedSteps: number;
  /** cachedSteps / totalSteps, 0 when there are no steps. */
  hitRatio: number;
  steps: StepReport[];
  firstMiss: string | null;
  /** The cache import served at least one step or found at least one cache. */
  importFound: boolean;
  imports: CacheImport[];
  exportStatus: 'ok' | 'failed' | 'skipped';
  warnings: string[];
  /** What the backend did after the build that is worth knowing and is not a failure (e.g. kept the previous cache). */
  notes?: string[];
  /** Why the first miss missed, from the build record kept next to the cache. */
  missReason?: { kind: string; message: string };
  /** What the cached steps took when they were last built: an estimate of the time saved. */
  savedMs: number | null;
  /** What the cache cost: bytes imported/exported, export time, size at rest, and a hint when the export outweighed the saving. */
  cost?: CacheCost;
  /** Per cache mount: restored before the build, saved after it (docs/cache-mounts.md). */
  mounts?: MountReport[];
}

export interface ReportContext {
  backend: string;
  cacheFrom: string[];
  cacheTo: string[];
  reads: string[];
  writes: string | undefined;
  warnings?: string[];
}

// "[stage 2/5] RUN make", "[3/4] COPY . ." — build steps; FROM only resolves the base image.
const STEP_RE = /^\[(?:[^\]]*\s)?\d+\/\d+\]\s+(\S+)/;
const IMPORT_RE = /^importing cache manifest from (.+)$/;
const EXPORT_RE = /^exporting cache/;

/** Every build step came from the cache (a build with no steps does not count). */
export function everyStepCached(report: Pick<CacheReport, 'totalSteps' | 'cachedSteps'>): boolean {
  return report.totalSteps > 0 && report.cachedSteps === report.totalSteps;
}

export function isBuildStep(name: string): boolean {
  const m = STEP_RE.exec(name);
  return m !== null && m[1]!.toUpperCase() !== 'FROM';
}

// A registry or directory that answered "there is nothing here"; an error on the way to it
// (refused, reset, timed out, TLS, DNS) is a failed import even when its text says "not found".
const ABSENT_RE = /not found|no such file|404|manifest unknown/i;
const UNREACHABLE_RE = /dial tcp|connection refused|connection reset|no such host|i\/o timeout|timed out|handshake|EOF\b/i;

export function isCacheAbsent(error: string): boolean {
  return ABSENT_RE.test(error) && !UNREACHABLE_RE.test(error);
}

export function buildReport(vertices: VertexState[], ctx: ReportContext): CacheReport {
  const steps = stepsOf(vertices);
  const warnings = [...(ctx.warnings ?? [])];
  const imports: CacheImport[] = [];
  // 401/403 wording only for caches in a registry ("permission denied" on a local dir is not one).
  const inRegistry = storedInRegistry(ctx.backend);
  for (const v of vertices) {
    const m = IMPORT_RE.exec(v.name);
    if (!m) continue;
    const ref = m[1]!;
    if (!v.error) imports.push({ ref, status: 'found' });
    else if (isCacheAbsent(v.error)) imports.push({ ref, status: 'missing', message: 'no cache there yet (cold start)' });
    else {
      imports.push({ ref, status: 'failed', message: v.error });
      warnings.push(importFailure(ref, v.error, inRegistry));
    }
  }
  const exportVertices = vertices.filter((v) => EXPORT_RE.test(v.name));
  const failedExports = exportVertices.filter((v) => v.error);
  for (const v of failedExports) warnings.push(exportFailure(v.name, v.error!, ctx.writes, inRegistry));
  const cachedSteps = steps.filter((s) => s.cached).length;
  return {
    backend: ctx.backend,
    cacheFrom: ctx.cacheFrom,
    cacheTo: ctx.cacheTo,
    reads: ctx.reads,
    writes: ctx.writes,
    totalSteps: steps.length,
    cachedSteps,
    hitRatio: steps.length === 0 ? 0 : cachedSteps / steps.length,
    steps,
    firstMiss: steps.find((s) => !s.cached)?.name ?? null,
    importFound: cachedSteps > 0 || imports.some((i) => i.status === 'found'),
    imports,
    exportStatus: ctx.cacheTo.length === 0 ? 'skipped' : failedExports.length > 0 ? 'failed' : 'ok',
    warnings,
    savedMs: null,
  };
}

/**
 * One entry per Dockerfile step. Under concurrency one step can arrive as several vertices: when
 * two builds on one engine reach the same step, BuildKit merges them, marks this build's vertex
 * cached and also streams the other build's vertex (another digest, the same name), which ran.
 * Step names are unique in one build (stage, position and platform), so they are merged by name:
 * cached only when no vertex of the step ran (it was then neither rebuilt nor waited for), and the
 * longest time any of them took.
 */
export function stepsOf(vertices: VertexState[]): StepReport[] {
  const byName = new Map<string, StepReport>();
  for (const v of vertices) {
    if (!isBuildStep(v.name)) continue;
    const step = { name: v.name, cached: v.cached, durationMs: duration(v) };
    const seen = byName.get(v.name);
    if (!seen) byName.set(v.name, step);
    else {
      seen.cached &&= step.cached;
      if (step.durationMs !== null && (seen.durationMs === null || step.durationMs > seen.durationMs)) seen.durationMs = step.durationMs;
    }
  }
  return [...byName.values()];
}

function duration(v: VertexState): number | null {
  if (!v.started || !v.completed) return null;
  const ms = Date.parse(v.completed) - Date.parse(v.started);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
