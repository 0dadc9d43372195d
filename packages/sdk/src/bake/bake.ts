// cachedBake(): validate -> load the file -> preflight -> plan every service -> one
// `docker buildx bake` -> per-service report -> commit each service's cache. The same seams as
// cachedBuild (process runner, preflight, private docker config, local backend hooks). A cache
// problem becomes a warning; a failed service throws BakeError naming it, with the report.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { backends } from '../backends/index.js';
import type { BackendInput, CacheBackend, CommitOutcome, CommitResult } from '../backends/types.js';
import { findExistingCaches } from '../backends/index.js';
import { engineLine, isCacheSetupFailure, type BuildRuntime } from '../build.js';
import { BackendError, BuildError } from '../errors.js';
import { engineTarget } from '../engine/target.js';
import { preflight, type PreflightReport } from '../preflight/preflight.js';
import { openTrackedWorkspace, preflightFacts, redactedLogging, requireEnvForCredentials, type ChildEnv } from '../run/build-environment.js';
import { runBuildx } from '../run/buildx-stream.js';
import { engineDamageHint } from '../run/engine-damage.js';
import { excludeCacheFromContext } from '../run/context-exclusion.js';
import { runProcess, tailLines } from '../run/process.js';
import { loadCheckedProject } from './check-inputs.js';
import { parseBakeOptions, serviceCache, type BakeOptions, type BakeOptionsInput } from './options.js';
import { resolveCacheKeys } from '../keys/resolve.js';
import { planBake, withoutBakeCache, type BakeFacts, type BakePlan, type ServicePlan } from './plan.js';
import { TargetRouter } from './progress-routing.js';
import { everyStepCached } from '../report/build-report.js';
import { buildBakeReport, type BakeReport } from './report.js';
import { finishMounts, openServiceMounts } from '../mounts/hooks.js';

export interface BakeResult {
  durationMs: number;
  report: BakeReport;
  plan: BakePlan;
  preflight: PreflightReport;
  /** bake's --metadata-file content: one entry per target. */
  metadata: Record<string, unknown>;
}

/** A service failed: exit code 1, with the report of every service (which failed, what was cached). */
export class BakeError extends BuildError {
  override name = 'BakeError';
  constructor(exitCode: number | null, stderrTail: string, readonly result: BakeResult) {
    const which = result.report.failed;
    const first = result.report.services.find((s) => s.status === 'failed')?.error;
    super(exitCode, stderrTail, `[layercache] bake failed: service${which.length === 1 ? '' : 's'} ${which.join(', ') || '(unknown)'} did not build${first ? ` (${first})` : ''} (exit code ${exitCode ?? 'unknown'})`);
  }
}

export async function cachedBake(input: BakeOptionsInput, runtime: BuildRuntime = {}): Promise<BakeResult> {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const parsed = parseBakeOptions(input);
  // bake runs in the project's directory: make the cache directory independent of it.
  const options: BakeOptions = parsed.cache.dir ? { ...parsed, cache: { ...parsed.cache, dir: path.resolve(cwd, parsed.cache.dir) } } : parsed;
  const run = runtime.run ?? runProcess;
  const { redact, log } = redactedLogging(options, runtime.logger);
  requireEnvForCredentials(options, runtime.env, 'cachedBake');
  const target = engineTarget(runtime.env, options.dockerContext, 'cachedBake');
  const env = target.env;

  const loaded = await loadCheckedProject(options, env, cwd, run);
  const engine = runtime.preflight ?? (await preflight({ env, endpoint: target.endpoint, dockerPath: options.dockerPath, builder: options.builder, run }));
  log.info(engineLine(engine));
  const workspace = await openTrackedWorkspace(options, env, 'layercache-bake-', runtime.signal, run);
  try {
    // Each service's own cache location (<dir>/<slug>, <ref>/<slug>): the current caches that exist.
    const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
    const found = await Promise.all(loaded.project.services.map((s) => findExistingCaches({ cache: serviceCache(options.cache, s), keys, cwd, credentials: workspace.credentials })));
    const localCaches = new Set(found.flatMap((f) => [...f.caches]));
    const excluded = await Promise.all(loaded.holdingCache.map(async (h) => ({ target: h.service.target, service: h.service.name, ...(await excludeCacheFromContext(h.found, h.dockerfile, path.join(path.dirname(workspace.metadataFile), h.service.slug))) })));
    const facts: Partial<BakeFacts> = {
      ...preflightFacts(engine, { cwd, metadataFile: workspace.metadataFile, localCaches, credentials: workspace.credentials }),
      project: loaded.project,
      files: loaded.files,
      dockerfiles: Object.fromEntries(excluded.map((e) => [e.target, e.dockerfile])),
    };
    let plan = planBake(options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const hooks = (p: BakePlan): Hook[] => p.services.map((sp) => ({ sp, backend: backends[sp.build.backend], input: { options: sp.build.options, keys: sp.build.keys, facts: facts as BakeFacts } }));
    for (const h of hooks(plan)) await h.backend.prepare?.(h.input, h.sp.build.cachePlan);
    // Each service's cache mounts come from (and go back to) that service's cache.
    const withArgs = plan.services.map((sp) => ({ ...sp, args: loaded.project.services.find((x) => x.name === sp.service)?.args }));
    const mounts = await openServiceMounts(withArgs, { facts: facts as BakeFacts, engine, cwd: loaded.projectDir, workDir: path.dirname(workspace.metadataFile), run, env: workspace.childEnv({}), signal: workspace.signal, log });

    const attemptBake = (p: BakePlan, childEnv: ChildEnv) => {
      const router = new TargetRouter(p.services.map((s) => s.target));
      return runBuildx({ command: p.command, args: p.args, cwd: loaded.projectDir, env: childEnv, run, log, redact, signal: workspace.signal, transformStatus: (status) => router.route(status), cacheTimeoutSeconds: options.cache.timeout });
    };
    let attempt = await attemptBake(plan, workspace.childEnv(plan.secretEnv));
    const runWarnings: string[] = [];
    if (attempt.exitCode !== 0 && isCacheSetupFailure(attempt.stderrTail) && !options.cache.strict && plan.services.some((s) => s.build.cacheFrom.length + s.build.cacheTo.length > 0)) {
      runWarnings.push(`the cache could not be set up (${tailLines(attempt.stderrTail, 1)}); built without cache`);
      log.warn(runWarnings[0]!);
      await commitAll(hooks(plan), false);
      plan = withoutBakeCache(plan, facts);
      attempt = await attemptBake(plan, workspace.childEnv({}));
    }
    if (attempt.abandoned?.phase === 'import' && !options.cache.strict) {
      runWarnings.push(`the cache import (${attempt.abandoned.vertex.name}) did not finish within ${options.cache.timeout} s (cache.timeout); built without the cache`);
      log.warn(runWarnings.at(-1)!);
      await commitAll(hooks(plan), false);
      plan = withoutBakeCache(plan, facts);
      attempt = await attemptBake(plan, workspace.childEnv({}));
    }
    // An export abandoned at cache.timeout stops bake only after every image export finished.
    const succeeded = attempt.exitCode === 0 || (attempt.abandoned?.phase === 'export' && !options.cache.strict);
    const metadata: Record<string, unknown> = await readFile(facts.metadataFile!, 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>).catch(() => ({}));
    const vertices = attempt.tracker.vertices();
    const preReport = buildBakeReport({ vertices, services: plan.services, runSucceeded: succeeded, metadata, warnings: {} });
    // Each service's cache is committed on its own outcome: one failing service keeps the others' caches.
    const committed = await commitAll(hooks(plan), (service) => {
      const s = preReport.services.find((x) => x.service === service);
      return { buildSucceeded: s?.status === 'ok', allStepsCached: s !== undefined && everyStepCached(s.report), exported: s?.report.exportStatus === 'ok' };
    });
    const warnings = Object.fromEntries(plan.services.map((sp) => [sp.service, [...runWarnings, ...(committed[sp.service]?.warnings ?? [])].map(redact)]));
    const report = buildBakeReport({ vertices, services: plan.services, runSucceeded: succeeded, metadata, warnings });
    for (const s of report.services) {
      const notes = [...excluded.filter((e) => e.service === s.service).map((e) => e.note), ...(committed[s.service]?.notes ?? [])].map(redact);
      if (notes.length === 0) continue;
      s.report.notes = notes;
      for (const n of notes) log.info(`layercache: ${s.service}: ${n}`);
    }
    for (const s of report.services.filter((x) => x.status === 'ok')) {
      await finishMounts(mounts[s.service], s.report, log);
      report.warnings.push(...(mounts[s.service]?.warnings ?? []).map((w) => `${s.service}: ${w}`));
    }
    report.warnings = report.warnings.map(redact);
    for (const w of report.warnings) log.warn(w);
    const result: BakeResult = { durationMs: Date.now() - started, report, plan, preflight: engine, metadata };
    if (!succeeded) throw new BakeError(attempt.exitCode, redact([engineDamageHint(attempt.stderrTail), tailLines(attempt.stderrTail)].filter(Boolean).join('\n')), result);
    if (options.cache.strict) assertCachesHealthy(report);
    return result;
  } finally {
    await workspace.dispose();
  }
}

interface Hook {
  sp: ServicePlan;
  backend: CacheBackend;
  input: BackendInput;
}

async function commitAll(hooks: Hook[], outcome: false | ((service: string) => CommitOutcome)): Promise<Record<string, CommitResult>> {
  const out: Record<string, CommitResult> = {};
  for (const h of hooks) {
    const o = outcome === false ? { buildSucceeded: false } : outcome(h.sp.service);
    out[h.sp.service] = (await h.backend.commit?.(h.input, h.sp.build.cachePlan, o)) ?? { warnings: [], notes: [] };
  }
  return out;
}

function assertCachesHealthy(report: BakeReport): void {
  const bad = report.services.find((s) => s.report.imports.some((i) => i.status === 'failed') || s.report.exportStatus === 'failed' || s.report.warnings.length > 0);
  if (bad) throw new BackendError(bad.report.backend, `strict: service ${bad.service}: ${bad.report.warnings.join('; ') || 'cache import or export failed'}`);
}
