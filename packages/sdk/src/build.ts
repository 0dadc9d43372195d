// cachedBuild(): validate -> check files -> preflight -> plan -> run buildx -> report -> commit cache.
// The only I/O lives in the seams it is handed (process runner, docker CLI via preflight, fs for
// the local backend). The cache rules it shares with cachedBake live in pipeline/: the fallback
// ladder and the per-image cache work. A cache problem becomes a warning; only a broken build
// throws BuildError.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strictVerdict } from './backends/cache-failure.js';
import { backends, findExistingCaches } from './backends/index.js';
import { engineTarget } from './engine/target.js';
import { BackendError, BuildError } from './errors.js';
import { resolveCacheKeys } from './keys/resolve.js';
import { openMounts } from './mounts/hooks.js';
import { cacheInContext } from './options/cache-in-context.js';
import { dockerfilePath } from './options/check-files.js';
import { checkBuildInputs } from './options/check-inputs.js';
import { withParsedChanges } from './options/parse.js';
import type { BuildOptions, BuildOptionsInput } from './options/schema.js';
import { attemptWithFallbacks, type Invocation } from './pipeline/fallbacks.js';
import {
  openImageCache,
  releaseImageCache,
  settleImageCache,
  startImageRecord,
  type ImageCacheContext,
} from './pipeline/image-cache.js';
import { engineLine, type BuildRuntime } from './pipeline/runtime.js';
import { engineAndWorkspace, startRun } from './pipeline/start-run.js';
import { planBuild, withoutCache, withoutCacheReads, type BuildPlan } from './plan/build-plan.js';
import type { PreflightReport } from './preflight/preflight.js';
import { buildReport, type CacheReport } from './report/build-report.js';
import type { VertexState } from './report/progress.js';
import { preflightFacts, redactedLogging, requireEnvForCredentials } from './workspace/build-environment.js';
import { runBuildx, type BuildxAttempt } from './buildx/buildx-stream.js';
import { excludeCacheFromContext } from './workspace/context-exclusion.js';
import { engineDamageHint } from './buildx/engine-damage.js';
import { runProcess, tailLines } from './exec/process.js';
import type { Redactor } from './workspace/redact.js';

export type { Logger } from './workspace/build-environment.js';
export { engineLine, type BuildRuntime } from './pipeline/runtime.js';
export { isCacheSetupFailure } from './pipeline/fallbacks.js';

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
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const { engine, workspace, found } = await startRun({
    ...engineAndWorkspace({ options, target, runtime, run, prefix: 'layercache-run-' }),
    lookups: (w, signal) =>
      Promise.all([
        findExistingCaches({ cache: options.cache, keys, cwd, credentials: w.credentials, signal }),
        cacheExclusion(options, cwd, path.dirname(w.metadataFile)),
      ]),
  });
  log.info(engineLine(engine));
  const { credentials } = workspace;
  const workDir = path.dirname(workspace.metadataFile);
  try {
    const [existing, exclusion] = found;
    const facts = preflightFacts(engine, {
      cwd,
      metadataFile: workspace.metadataFile,
      localCaches: existing.caches,
      previousCaches: existing.previous,
      heldBefore: existing.heldBefore,
      credentials,
    });
    const plan = planBuild(exclusion ? withParsedChanges(options, { dockerfile: exclusion.dockerfile }) : options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const ctx: ImageCacheContext = { facts, cwd, credentials, log, redact };
    const source = {
      context: path.resolve(cwd, options.context),
      dockerfile: path.resolve(cwd, dockerfilePath(options)),
      buildArgs: options.buildArgs,
    };
    const image = await openImageCache(plan, source, ctx);
    const childEnv = workspace.childEnv({});
    image.mounts = await openMounts({ plan, facts, engine, cwd, workDir, run, env: childEnv, signal: workspace.signal, log });

    const invocation: Invocation<BuildPlan> = {
      attempt: (p, withSecrets) => {
        const attempt = runBuildx({
          command: p.command,
          args: p.args,
          cwd,
          env: workspace.childEnv(withSecrets ? p.secretEnv : {}),
          run,
          log,
          redact,
          signal: workspace.signal,
          cacheTimeoutSeconds: options.cache.timeout,
        });
        startImageRecord(image); // buildx has been spawned: the record's reading runs alongside it
        return attempt;
      },
      withoutCache: (p) => withoutCache(p, facts),
      withoutReads: withoutCacheReads,
      // The caller's own extraFrom/extraTo entries count too: with backend none they are the only cache.
      hasCache: (p) => p.cacheFrom.length + p.cacheTo.length > 0,
      readsAnything: (p) => p.cacheFrom.length > 0,
      reads: (p) => p.reads,
      cacheName: (p) => (backends[p.backend].exporter === null ? 'given' : p.backend),
      release: () => releaseImageCache(image),
    };
    const ladder = { strict: options.cache.strict, timeoutSeconds: options.cache.timeout, log };
    const ran = await attemptWithFallbacks(plan, invocation, ladder);
    const { attempt, warnings, plan: last } = ran;
    const reportOf = (vertices: VertexState[]) =>
      buildReport(vertices, {
        backend: last.backend,
        cacheFrom: last.cacheFrom,
        cacheTo: last.cacheTo,
        reads: last.reads,
        writes: last.writes,
        warnings,
      });
    if (!ran.succeeded) {
      await releaseImageCache(image);
      throw buildFailure(attempt, last, options.cache.strict, redact, reportOf);
    }
    const vertices = attempt.tracker.vertices();
    const report = reportOf(vertices);
    const notes = exclusion ? [exclusion.note] : [];
    const outcome = { plan: last, vertices, succeeded: true, readsDropped: ran.readsDropped, notes };
    await settleImageCache(image, outcome, report, ctx);
    for (const n of report.notes ?? []) log.info(`layercache: ${n}`);
    if (report.cost?.hint) log.info(`layercache: ${report.cost.hint}`);
    for (const w of report.warnings.slice(warnings.length)) log.warn(w);
    const strictFailure = options.cache.strict ? strictVerdict(report) : undefined;
    if (strictFailure) throw strictFailure;
    const metadata = await readMetadata(facts.metadataFile);
    const digest = metadata['containerimage.digest'];
    return {
      imageDigest: typeof digest === 'string' ? digest : undefined,
      tags: last.tags,
      durationMs: Date.now() - started,
      report,
      plan: last,
      preflight: engine,
      metadata,
    };
  } finally {
    await workspace.dispose();
  }
}

/** buildx's --metadata-file (empty when buildx wrote none). */
export async function readMetadata(file: string): Promise<Record<string, unknown>> {
  return readFile(file, 'utf8')
    .then((t) => JSON.parse(t) as Record<string, unknown>)
    .catch(() => ({}));
}

/** The error of a failed build: strict mode's cache failure, or the failing step with its report. */
function buildFailure(
  attempt: BuildxAttempt,
  plan: BuildPlan,
  strict: boolean,
  redact: Redactor,
  reportOf: (vertices: VertexState[]) => CacheReport,
): Error {
  const vertices = attempt.tracker.vertices();
  const cacheVertex = vertices.find((v) => v.error && /^(importing|exporting) cache/.test(v.name));
  if (strict && cacheVertex) {
    const importRef = /^importing cache manifest from (.+)$/.exec(cacheVertex.name)?.[1];
    const what = importRef ? `import from ${importRef}` : `export to ${plan.writes ?? plan.cacheTo.join(' ')}`;
    return new BackendError(plan.backend, redact(`strict: cache ${what} failed: ${cacheVertex.error}`));
  }
  const failed = vertices.find((v) => v.error && !/^(importing|exporting) cache/.test(v.name));
  const summary = failed
    ? `[layercache] build step ${failed.name} failed (exit code ${attempt.exitCode})`
    : `[layercache] docker buildx build failed with exit code ${attempt.exitCode ?? 'unknown'}`;
  const hint = engineDamageHint(attempt.stderrTail);
  const error = new BuildError(attempt.exitCode, redact(tailLines(attempt.stderrTail)), hint ? `${summary}\n${hint}` : summary);
  error.report = reportOf(vertices);
  return error;
}

/** A local cache inside the context is left out of it (a copy of the Dockerfile with its own .dockerignore). */
async function cacheExclusion(options: BuildOptions, cwd: string, workDir: string) {
  if (!options.cache.dir) return undefined;
  const dockerfile = path.resolve(cwd, dockerfilePath(options));
  const cache = { ...options.cache, dir: path.resolve(cwd, options.cache.dir) };
  const found = await cacheInContext(cache, path.resolve(cwd, options.context), dockerfile);
  return found ? excludeCacheFromContext(found, dockerfile, workDir) : undefined;
}
