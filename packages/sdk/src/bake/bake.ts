// cachedBake(): validate -> load the file -> preflight -> plan every service -> one
// `docker buildx bake` -> per-service report -> commit each service's cache. The cache rules are
// cachedBuild's (pipeline/): the same fallback ladder for the one bake run, and the same per-image
// cache work for each service (records and miss reasons, previous generations, commit on its own
// outcome, mounts, cost). A cache problem becomes a warning; a failed service throws BakeError
// naming it, with the report.
import path from 'node:path';
import { strictVerdict } from '../backends/cache-failure.js';
import { findExistingCaches } from '../backends/index.js';
import { readMetadata } from '../build.js';
import { engineTarget } from '../engine/target.js';
import { BuildError } from '../errors.js';
import { resolveCacheKeys } from '../keys/resolve.js';
import { openServiceMounts } from '../mounts/hooks.js';
import { dockerfilePath } from '../options/check-files.js';
import { withParsedChanges } from '../options/parsed.js';
import { attemptWithFallbacks, type Invocation } from '../pipeline/fallbacks.js';
import {
  openImageCache,
  releaseImageCache,
  settleImageCache,
  type ImageCacheContext,
  type OpenImageCache,
} from '../pipeline/image-cache.js';
import { engineAndWorkspace, startRun } from '../pipeline/start-run.js';
import { engineLine, type BuildRuntime } from '../pipeline/runtime.js';
import type { PreflightReport } from '../preflight/preflight.js';
import { preflightFacts, redactedLogging, requireEnvForCredentials } from '../workspace/build-environment.js';
import { runBuildx } from '../buildx/buildx-stream.js';
import { excludeCacheFromContext } from '../workspace/context-exclusion.js';
import { engineDamageHint } from '../buildx/engine-damage.js';
import { runProcess, tailLines } from '../exec/process.js';
import { loadCheckedProject } from './check-inputs.js';
import { parseBakeOptions, serviceCache, type BakeOptions, type BakeOptionsInput } from './options.js';
import { planBake, withoutBakeCache, withoutBakeCacheReads, type BakeFacts, type BakePlan } from './plan.js';
import type { BakeService } from './project.js';
import { TargetRouter, targetVertices } from './progress-routing.js';
import { buildBakeReport, type BakeReport } from './report.js';

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
    const services = `service${which.length === 1 ? '' : 's'} ${which.join(', ') || '(unknown)'}`;
    super(exitCode, stderrTail, `[layercache] bake failed: ${services} did not build${first ? ` (${first})` : ''} (exit code ${exitCode ?? 'unknown'})`);
  }
}

export async function cachedBake(input: BakeOptionsInput, runtime: BuildRuntime = {}): Promise<BakeResult> {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const parsed = parseBakeOptions(input);
  // bake runs in the project's directory: make the cache directory independent of it.
  const options: BakeOptions = parsed.cache.dir
    ? withParsedChanges(parsed, { cache: { ...parsed.cache, dir: path.resolve(cwd, parsed.cache.dir) } })
    : parsed;
  const run = runtime.run ?? runProcess;
  const { redact, log } = redactedLogging(options, runtime.logger);
  requireEnvForCredentials(options, runtime.env, 'cachedBake');
  const target = engineTarget(runtime.env, options.dockerContext, 'cachedBake');

  const loaded = await loadCheckedProject(options, target.env, cwd, run);
  // Each service's own cache location (<dir>/<slug>, <ref>/<slug>): its current caches and previous generations.
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  const services = loaded.project.services;
  const { engine, workspace, found } = await startRun({
    ...engineAndWorkspace({ options, target, runtime, run, prefix: 'layercache-bake-' }),
    lookups: (w, signal) =>
      Promise.all(
        services.map((s) =>
          findExistingCaches({ cache: serviceCache(options.cache, s), keys, cwd, credentials: w.credentials, signal }),
        ),
      ),
  });
  log.info(engineLine(engine));
  const { credentials } = workspace;
  const workDir = path.dirname(workspace.metadataFile);
  const projectDir = loaded.projectDir;
  try {
    const excluded = await Promise.all(
      loaded.holdingCache.map(async (h) => ({
        target: h.service.target,
        service: h.service.name,
        ...(await excludeCacheFromContext(h.found, h.dockerfile, path.join(workDir, h.service.slug))),
      })),
    );
    const facts: BakeFacts = {
      ...preflightFacts(engine, {
        cwd,
        metadataFile: workspace.metadataFile,
        localCaches: new Set(found.flatMap((f) => [...f.caches])),
        previousCaches: new Set(found.flatMap((f) => [...f.previous])),
        heldBefore: new Map(found.flatMap((f) => [...f.heldBefore])),
        credentials,
      }),
      project: loaded.project,
      files: loaded.files,
      dockerfiles: Object.fromEntries(excluded.map((e) => [e.target, e.dockerfile])),
    };
    const plan = planBake(options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const ctx: ImageCacheContext = { facts, cwd: projectDir, credentials, log, redact };
    const serviceOf = (name: string) => services.find((s) => s.name === name);
    const images = new Map<string, OpenImageCache>();
    for (const sp of plan.services) {
      images.set(sp.service, await openImageCache(sp.build, serviceSource(serviceOf(sp.service), sp.build, projectDir), ctx));
    }
    // Each service's cache mounts come from (and go back to) that service's cache.
    const withArgs = plan.services.map((sp) => ({ ...sp, args: serviceOf(sp.service)?.args }));
    const mountsInput = { facts, engine, cwd: projectDir, workDir, run, env: workspace.childEnv({}), signal: workspace.signal, log };
    const mounts = await openServiceMounts(withArgs, mountsInput);
    for (const [service, image] of images) image.mounts = mounts[service];

    const invocation: Invocation<BakePlan> = {
      attempt: (p, withSecrets) => {
        const router = new TargetRouter(p.services.map((s) => s.target));
        return runBuildx({
          command: p.command,
          args: p.args,
          cwd: projectDir,
          env: workspace.childEnv(withSecrets ? p.secretEnv : {}),
          run,
          log,
          redact,
          signal: workspace.signal,
          transformStatus: (status) => router.route(status),
          cacheTimeoutSeconds: options.cache.timeout,
        });
      },
      withoutCache: (p) => withoutBakeCache(p, facts),
      withoutReads: withoutBakeCacheReads,
      hasCache: (p) => p.services.some((s) => s.build.cacheFrom.length + s.build.cacheTo.length > 0),
      readsAnything: (p) => p.services.some((s) => s.build.cacheFrom.length > 0),
      reads: (p) => p.services.flatMap((s) => s.build.reads),
      cacheName: (p) => [...new Set(p.services.map((s) => s.build.backend))].join('/'),
      release: async () => {
        for (const image of images.values()) await releaseImageCache(image);
      },
    };
    const ladder = { strict: options.cache.strict, timeoutSeconds: options.cache.timeout, log };
    const ran = await attemptWithFallbacks(plan, invocation, ladder);
    const { attempt, succeeded, plan: last } = ran;
    const metadata = await readMetadata(facts.metadataFile);
    const vertices = attempt.tracker.vertices();
    const runWarnings = Object.fromEntries(last.services.map((sp) => [sp.service, [...ran.warnings]]));
    const report = buildBakeReport({ vertices, services: last.services, runSucceeded: succeeded, metadata, warnings: runWarnings });
    // Each service's cache is settled on its own outcome: one failing service keeps the others' caches.
    for (const s of report.services) {
      const sp = last.services.find((x) => x.service === s.service)!;
      const notes = excluded.filter((e) => e.service === s.service).map((e) => e.note);
      const outcome = {
        plan: sp.build,
        vertices: targetVertices(vertices, sp.target),
        succeeded: s.status === 'ok',
        readsDropped: ran.readsDropped,
        notes,
      };
      await settleImageCache(images.get(s.service)!, outcome, s.report, ctx);
      if (s.status === 'ok') for (const n of s.report.notes ?? []) log.info(`layercache: ${s.service}: ${n}`);
      for (const w of s.report.warnings.slice(ran.warnings.length)) log.warn(`${s.service}: ${w}`);
    }
    report.warnings = report.services.flatMap((s) => s.report.warnings.map((w) => `${s.service}: ${w}`));
    const result: BakeResult = { durationMs: Date.now() - started, report, plan: last, preflight: engine, metadata };
    if (!succeeded) {
      const tail = [engineDamageHint(attempt.stderrTail), tailLines(attempt.stderrTail)].filter(Boolean).join('\n');
      throw new BakeError(attempt.exitCode, redact(tail), result);
    }
    if (options.cache.strict) {
      for (const s of report.services) {
        const failure = strictVerdict(s.report, `service ${s.service}: `);
        if (failure) throw failure;
      }
    }
    return result;
  } finally {
    await workspace.dispose();
  }
}

/** What a service's build record describes: its context, Dockerfile and args (absolute paths). */
function serviceSource(service: BakeService | undefined, build: BakePlan['services'][number]['build'], projectDir: string) {
  return {
    context: path.resolve(projectDir, build.options.context),
    dockerfile: path.resolve(projectDir, dockerfilePath(build.options)),
    buildArgs: service?.args ?? {},
  };
}
