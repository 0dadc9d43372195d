// cachedBuild(): validate -> check files -> preflight -> plan -> run buildx -> report -> commit cache.
// The only I/O lives in the seams it is handed (process runner, docker CLI via preflight, fs for
// the local backend). A cache problem becomes a warning; only a broken build throws BuildError.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strictVerdict } from './backends/cache-failure.js';
import { backends, cacheBlobs, chooseBackend, findExistingCaches, writtenLocation } from './backends/index.js';
import { BackendError, BuildError } from './errors.js';
import { blobCost, costHint, exportDuration, type CacheCost } from './report/cache-cost.js';
import { cacheInContext } from './options/cache-in-context.js';
import { dockerfilePath } from './options/check-files.js';
import { checkBuildInputs } from './options/check-inputs.js';
import { collectRecord } from './record/collect.js';
import { explainMiss, savedMs } from './record/explain.js';
import { parseStepName, stepKey } from './record/step-key.js';
import { resolveCacheKeys } from './keys/resolve.js';
import type { BuildRecord } from './record/types.js';
import type { BuildOptions, BuildOptionsInput } from './options/schema.js';
import { planBuild, withoutCache, withoutCacheReads, type BuildPlan } from './plan/build-plan.js';
import { engineTarget } from './engine/target.js';
import { preflight, type PreflightReport } from './preflight/preflight.js';
import { buildReport, everyStepCached, type CacheReport } from './report/build-report.js';
import { openTrackedWorkspace, preflightFacts, redactedLogging, requireEnvForCredentials, type ChildEnv, type Logger } from './run/build-environment.js';
import { runBuildx } from './run/buildx-stream.js';
import { engineDamageHint } from './run/engine-damage.js';
import { excludeCacheFromContext } from './run/context-exclusion.js';
import { finishMounts, openMounts } from './mounts/hooks.js';
import { runProcess, tailLines, type ProcessRunner } from './run/process.js';

export type { Logger } from './run/build-environment.js';

export interface BuildRuntime {
  /** Environment for docker/buildx (DOCKER_HOST, HOME, PATH…). Omitted: children inherit the process's. */
  env?: Record<string, string | undefined>;
  /** Directory relative paths start from. Default: the process's working directory. */
  cwd?: string;
  logger?: Logger;
  /** Process seam; tests pass a spy. */
  run?: ProcessRunner;
  /** Skip preflight and use these facts (tests of the orchestration; the CLI's dry run). */
  preflight?: PreflightReport;
  /**
   * Aborting stops the build: buildx gets SIGTERM, the private docker config is removed, and the
   * call throws InterruptedError. (handleInterrupts() does this for every run on SIGTERM/SIGINT.)
   */
  signal?: AbortSignal;
}

export interface BuildResult {
  imageDigest?: string;
  tags: string[];
  durationMs: number;
  report: CacheReport;
  plan: BuildPlan;
  preflight: PreflightReport;
  /** buildx's --metadata-file content. */
  metadata: Record<string, unknown>;
}

export async function cachedBuild(input: BuildOptionsInput, runtime: BuildRuntime = {}): Promise<BuildResult> {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const options = await checkBuildInputs(input, { env: runtime.env, cwd });
  const run = runtime.run ?? runProcess;
  const { redact, log } = redactedLogging(options, runtime.logger);

  requireEnvForCredentials(options, runtime.env, 'cachedBuild');
  const target = engineTarget(runtime.env, options.dockerContext, 'cachedBuild');
  const env = target.env;
  const engine = runtime.preflight ?? (await preflight({ env, endpoint: target.endpoint, dockerPath: options.dockerPath, builder: options.builder, run }));
  log.info(engineLine(engine));
  const workspace = await openTrackedWorkspace(options, env, 'layercache-run-', runtime.signal, run);
  const { credentials } = workspace;
  try {
    const found = await findExistingCaches({ cache: options.cache, keys: resolveCacheKeys(options.cache.keys, options.cache.write), cwd, credentials });
    const facts = preflightFacts(engine, { cwd, metadataFile: workspace.metadataFile, localCaches: found.caches, previousCaches: found.previous, credentials });
    const exclusion = await cacheExclusion(options, cwd, path.dirname(workspace.metadataFile));
    let plan = planBuild(exclusion ? { ...options, dockerfile: exclusion.dockerfile } : options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const choice = chooseBackend(options, facts).backend;
    await choice.prepare?.({ options, keys: plan.keys, facts }, plan.cachePlan);

    const attemptBuild = (p: BuildPlan, childEnv: ChildEnv) =>
      runBuildx({ command: p.command, args: p.args, cwd, env: childEnv, run, log, redact, signal: workspace.signal, cacheTimeoutSeconds: options.cache.timeout });
    const mounts = await openMounts({ plan, facts, engine, cwd, workDir: path.dirname(workspace.metadataFile), run, env: workspace.childEnv({}), signal: workspace.signal, log });
    const records = backends[plan.backend].recordStore?.(plan.cachePlan, cwd, credentials);
    // Read alongside the build: only the record and the miss explanation after it use the previous record.
    const reading = records?.read().catch(() => undefined);
    // Counted alongside the build (no extra wait): what the caches read hold, for the cost fields.
    const readBlobs = cacheBlobs(plan.cachePlan, plan.reads, options, cwd);
    let attempt = await attemptBuild(plan, workspace.childEnv(plan.secretEnv));
    const warnings: string[] = [];
    // The caller's own extraFrom/extraTo entries count too: with backend none they are the only cache.
    const hasCache = plan.cacheFrom.length + plan.cacheTo.length > 0;
    if (attempt.exitCode !== 0 && isCacheSetupFailure(attempt.stderrTail) && !options.cache.strict && hasCache) {
      const what = backends[plan.backend].exporter === null ? 'given' : plan.backend;
      warnings.push(`the ${what} cache could not be set up (${firstErrorLine(attempt.stderrTail)}); built without cache`);
      log.warn(warnings[0]!);
      plan = withoutCache(plan, facts);
      attempt = await attemptBuild(plan, workspace.childEnv({}));
    }
    if (attempt.abandoned?.phase === 'import' && !options.cache.strict) {
      // The import stalled: nothing of the build is worth keeping, and its export would stall too.
      warnings.push(`the cache import (${attempt.abandoned.vertex.name}) did not finish within ${options.cache.timeout} s (cache.timeout); built without the cache`);
      log.warn(warnings.at(-1)!);
      plan = withoutCache(plan, facts);
      attempt = await attemptBuild(plan, workspace.childEnv({}));
    }
    let readsDropped = false;
    const lost = lostCacheContent(attempt);
    if (lost && !options.cache.strict && plan.cacheFrom.length > 0) {
      // BuildKit fetches cached layers lazily: a cache whose blob the registry lost imports fine,
      // then fails the image or cache export. Build once more without reading it, still writing,
      // so the next build finds a complete cache again.
      warnings.push(`the cache at ${plan.reads.join(', ')} references ${lost}, which its registry no longer has; rebuilt without reading it and rewrote the cache`);
      log.warn(warnings.at(-1)!);
      plan = withoutCacheReads(plan);
      readsDropped = true;
      attempt = await attemptBuild(plan, workspace.childEnv(plan.secretEnv));
    }
    // An export abandoned at cache.timeout stops buildx only after the image export finished.
    const exportAbandoned = attempt.abandoned?.phase === 'export' && !options.cache.strict;
    const succeeded = attempt.exitCode === 0 || exportAbandoned;
    if (!succeeded) {
      await choice.commit?.({ options, keys: plan.keys, facts }, plan.cachePlan, { buildSucceeded: false });
      const cacheVertex = attempt.tracker.vertices().find((v) => v.error && /^(importing|exporting) cache/.test(v.name));
      if (options.cache.strict && cacheVertex) {
        const importRef = /^importing cache manifest from (.+)$/.exec(cacheVertex.name)?.[1];
        throw new BackendError(plan.backend, redact(`strict: cache ${importRef ? `import from ${importRef}` : `export to ${plan.writes ?? plan.cacheTo.join(' ')}`} failed: ${cacheVertex.error}`));
      }
      const failed = attempt.tracker.vertices().find((v) => v.error && !/^(importing|exporting) cache/.test(v.name));
      const summary = failed ? `[layercache] build step ${failed.name} failed (exit code ${attempt.exitCode})` : `[layercache] docker buildx build failed with exit code ${attempt.exitCode ?? 'unknown'}`;
      const hint = engineDamageHint(attempt.stderrTail);
      const error = new BuildError(attempt.exitCode, redact(tailLines(attempt.stderrTail)), hint ? `${summary}\n${hint}` : summary);
      error.report = buildReport(attempt.tracker.vertices(), { backend: plan.backend, cacheFrom: plan.cacheFrom, cacheTo: plan.cacheTo, reads: plan.reads, writes: plan.writes, warnings });
      throw error;
    }
    const vertices = attempt.tracker.vertices();
    const report = buildReport(vertices, { backend: plan.backend, cacheFrom: plan.cacheFrom, cacheTo: plan.cacheTo, reads: plan.reads, writes: plan.writes, warnings });
    const previous = await reading;
    const record = await collectRecord({ context: path.resolve(cwd, options.context), dockerfile: path.resolve(cwd, dockerfilePath(options)), buildArgs: options.buildArgs, vertices, previous }).catch(() => undefined);
    if (record) explainReport(report, previous, record);
    if (record && plan.writes && report.exportStatus === 'ok') {
      await records?.write(record).catch((error: Error) => log.info(`layercache: build record not saved (${error.message})`));
    }
    const committed = await choice.commit?.({ options, keys: plan.keys, facts }, plan.cachePlan, { buildSucceeded: true, allStepsCached: everyStepCached(report), exported: report.exportStatus === 'ok', readsDropped });
    report.warnings.push(...(committed?.warnings ?? []));
    const notes = [...(exclusion ? [exclusion.note] : []), ...(committed?.notes ?? [])];
    if (notes.length > 0) {
      report.notes = notes.map(redact);
      for (const n of report.notes) log.info(`layercache: ${n}`);
    }
    await finishMounts(mounts, report, log);
    report.cost = await cacheCostOf(plan, options, cwd, vertices, report, readBlobs);
    if (committed?.integrityCheck) report.cost.integrityCheck = committed.integrityCheck;
    if (report.cost.hint) log.info(`layercache: ${report.cost.hint}`);
    report.warnings = report.warnings.map(redact);
    for (const w of report.warnings.slice(warnings.length)) log.warn(w);
    const strictFailure = options.cache.strict ? strictVerdict(report) : undefined;
    if (strictFailure) throw strictFailure;
    const metadata: Record<string, unknown> = await readFile(facts.metadataFile, 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>).catch(() => ({}));
    const digest = metadata['containerimage.digest'];
    return {
      imageDigest: typeof digest === 'string' ? digest : undefined,
      tags: plan.tags,
      durationMs: Date.now() - started,
      report,
      plan,
      preflight: engine,
      metadata,
    };
  } finally {
    await workspace.dispose();
  }
}

/** Which engine the build runs on, so a job log shows the endpoint buildx dialled. */
export function engineLine(engine: PreflightReport): string {
  return `layercache: engine ${engine.dockerHost}; Docker ${engine.engineVersion ?? 'unknown'}, buildx ${engine.buildxVersion}, builder ${engine.builder} (${engine.driver})`;
}

/** A local cache inside the context is left out of it (a copy of the Dockerfile with its own .dockerignore). */
async function cacheExclusion(options: BuildOptions, cwd: string, workDir: string) {
  if (!options.cache.dir) return undefined;
  const dockerfile = path.resolve(cwd, dockerfilePath(options));
  const found = await cacheInContext({ ...options.cache, dir: path.resolve(cwd, options.cache.dir) }, path.resolve(cwd, options.context), dockerfile);
  return found ? excludeCacheFromContext(found, dockerfile, workDir) : undefined;
}

/** The digest of cache content the registry lost, if buildx said so ("could not fetch content descriptor … not found"). */
function lostCacheContent(attempt: { stderrTail: string; tracker: { vertices(): Array<{ error?: string }> } }): string | undefined {
  for (const text of [attempt.stderrTail, ...attempt.tracker.vertices().map((v) => v.error ?? '')]) {
    const m = /could not fetch content descriptor (sha256:[0-9a-f]{64})[^\n]*not found/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Errors that come from the cache flags themselves (an exporter the builder lacks, a bad cache attribute). */
export function isCacheSetupFailure(stderr: string): boolean {
  return /unknown cache (exporter|importer)|failed to (configure|parse|create) .*cache (exporter|importer)|cache export feature is currently not supported|is not supported for the docker driver/i.test(stderr);
}

function firstErrorLine(stderr: string): string {
  return stderr.split('\n').find((l) => /error/i.test(l))?.trim() ?? tailLines(stderr, 1);
}

/** Adds why the first miss missed and the time the cached steps saved. */
function explainReport(report: CacheReport, previous: BuildRecord | undefined, record: BuildRecord): void {
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
async function cacheCostOf(plan: BuildPlan, options: BuildOptions, cwd: string, vertices: Parameters<typeof exportDuration>[0], report: CacheReport, readBlobs: Promise<Map<string, number> | undefined>): Promise<CacheCost> {
  const where = report.exportStatus === 'ok' ? writtenLocation(plan.cachePlan, options, plan.keys.write) : undefined;
  const written = where ? await cacheBlobs(plan.cachePlan, [where], options, cwd) : undefined;
  const exportMs = exportDuration(vertices);
  const hint = costHint({ exportMs, savedMs: report.savedMs, mode: options.cache.mode, pullRequest: plan.keys.event === 'pull-request' });
  return { ...blobCost(await readBlobs, written), exportMs, ...(hint ? { hint } : {}) };
}
