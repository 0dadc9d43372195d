// cachedBake(): validate -> load the file -> preflight -> plan every service -> one
// `docker buildx bake` -> per-service report -> commit each service's cache. The same seams as
// cachedBuild (process runner, preflight, private docker config, local backend hooks). A cache
// problem becomes a warning; a failed service throws BakeError naming it, with the report.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { backends } from '../backends/index.js';
import type { BackendInput, CacheBackend } from '../backends/types.js';
import { localCandidates } from '../backends/local.js';
import { isCacheSetupFailure, type BuildRuntime, type Logger } from '../build.js';
import { BackendError, BuildError, ConfigError } from '../errors.js';
import { resolveCacheKeys } from '../keys/resolve.js';
import { defaultFacts } from '../plan/facts.js';
import { preflight, type PreflightReport } from '../preflight/preflight.js';
import { progressLines } from '../report/human-progress.js';
import { JsonObjectSplitter } from '../report/json-stream.js';
import { ProgressTracker, type SolveStatus } from '../report/progress.js';
import { createDockerConfig } from '../run/docker-config.js';
import { runProcess, tailLines, type ProcessRunner } from '../run/process.js';
import { makeRedactor, type Redactor } from '../run/redact.js';
import { loadBakeProject } from './load.js';
import { parseBakeOptions, type BakeOptions, type BakeOptionsInput } from './options.js';
import { planBake, withoutBakeCache, type BakeFacts, type BakePlan, type ServicePlan } from './plan.js';
import { TargetRouter } from './progress-routing.js';
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
    super(exitCode, stderrTail, `[layercache] bake failed: service${which.length === 1 ? '' : 's'} ${which.join(', ') || '(unknown)'} did not build${first ? ` (${first})` : ''} (exit code ${exitCode ?? 'unknown'})`);
  }
}

const consoleLogger: Logger = { info: (l) => console.error(l), warn: (l) => console.error(`warning: ${l}`) };

export async function cachedBake(input: BakeOptionsInput, runtime: BuildRuntime = {}): Promise<BakeResult> {
  const started = Date.now();
  const cwd = runtime.cwd ?? process.cwd();
  const parsed = parseBakeOptions(input);
  // bake runs in the project's directory: make the cache directory independent of it.
  const options: BakeOptions = parsed.cache.dir ? { ...parsed, cache: { ...parsed.cache, dir: path.resolve(cwd, parsed.cache.dir) } } : parsed;
  const run = runtime.run ?? runProcess;
  const redact = makeRedactor(secretValues(options));
  const sink = runtime.logger ?? consoleLogger;
  const log: Logger = { info: (l) => sink.info(redact(l)), warn: (l) => sink.warn(redact(l)) };
  const env = runtime.env;
  if (env === undefined && (options.registryAuth.length > 0 || options.cache.harness)) {
    throw new ConfigError([{ path: 'runtime.env', message: 'is required with registryAuth or harness credentials', hint: 'call cachedBake(options, { env: process.env })' }]);
  }

  const loaded = await loadBakeProject({ files: options.files, targets: options.targets, cwd, env: env ?? {}, childEnv: env, dockerPath: options.dockerPath, builder: options.builder, run });
  const engine = runtime.preflight ?? (await preflight({ env, dockerPath: options.dockerPath, builder: options.builder, run }));
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'layercache-bake-'));
  const dockerConfig = options.registryAuth.length > 0 ? await createDockerConfig(options.registryAuth, env ?? {}) : undefined;
  try {
    const facts: Partial<BakeFacts> = {
      ...defaultFacts({
        exporters: new Set(engine.exporters),
        imageManifest: engine.imageManifest,
        builderSummary: engine.summary,
        runId: `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
        cwd,
        metadataFile: path.join(workDir, 'metadata.json'),
        localCaches: await existingLocalCaches(options, loaded.project.services.map((s) => s.slug)),
      }),
      project: loaded.project,
      files: loaded.files,
    };
    let plan = planBake(options, facts);
    for (const note of plan.notes) log.info(`layercache: ${note}`);
    const hooks = (p: BakePlan): Hook[] => p.services.map((sp) => ({ sp, backend: backends[sp.build.backend], input: { options: sp.build.options, keys: sp.build.keys, facts: facts as BakeFacts } }));
    for (const h of hooks(plan)) await h.backend.prepare?.(h.input, h.sp.build.cachePlan);

    const childEnv = (extra: Record<string, string>) =>
      env === undefined && Object.keys(extra).length === 0 && !dockerConfig ? undefined : { ...(env ?? {}), ...extra, ...(dockerConfig ? { DOCKER_CONFIG: dockerConfig.dir } : {}) };
    let attempt = await runBake(plan, run, loaded.projectDir, childEnv(plan.secretEnv), log, redact);
    const runWarnings: string[] = [];
    if (attempt.exitCode !== 0 && isCacheSetupFailure(attempt.stderrTail) && !options.cache.strict && plan.services.some((s) => s.build.backend !== 'none')) {
      runWarnings.push(`the cache could not be set up (${tailLines(attempt.stderrTail, 1)}); built without cache`);
      log.warn(runWarnings[0]!);
      await commitAll(hooks(plan), false);
      plan = withoutBakeCache(plan, facts);
      attempt = await runBake(plan, run, loaded.projectDir, childEnv({}), log, redact);
    }
    const succeeded = attempt.exitCode === 0;
    const metadata: Record<string, unknown> = await readFile(facts.metadataFile!, 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>).catch(() => ({}));
    const vertices = attempt.tracker.vertices();
    const preReport = buildBakeReport({ vertices, services: plan.services, runSucceeded: succeeded, metadata, warnings: {} });
    // Each service's cache is committed on its own outcome: one failing service keeps the others' caches.
    const commitWarnings = await commitAll(hooks(plan), (service) => preReport.services.find((s) => s.service === service)?.status === 'ok');
    const warnings = Object.fromEntries(plan.services.map((sp) => [sp.service, [...runWarnings, ...(commitWarnings[sp.service] ?? [])].map(redact)]));
    const report = buildBakeReport({ vertices, services: plan.services, runSucceeded: succeeded, metadata, warnings });
    report.warnings = report.warnings.map(redact);
    for (const w of report.warnings) log.warn(w);
    const result: BakeResult = { durationMs: Date.now() - started, report, plan, preflight: engine, metadata };
    if (!succeeded) throw new BakeError(attempt.exitCode, redact(tailLines(attempt.stderrTail)), result);
    if (options.cache.strict) assertCachesHealthy(report);
    return result;
  } finally {
    await dockerConfig?.dispose();
    await rm(workDir, { recursive: true, force: true });
  }
}

interface Hook {
  sp: ServicePlan;
  backend: CacheBackend;
  input: BackendInput;
}

async function commitAll(hooks: Hook[], ok: boolean | ((service: string) => boolean)): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const h of hooks) {
    const buildSucceeded = typeof ok === 'boolean' ? ok : ok(h.sp.service);
    out[h.sp.service] = (await h.backend.commit?.(h.input, h.sp.build.cachePlan, { buildSucceeded })) ?? [];
  }
  return out;
}

interface Attempt {
  exitCode: number | null;
  stderrTail: string;
  tracker: ProgressTracker;
}

async function runBake(plan: BakePlan, run: ProcessRunner, cwd: string, env: Record<string, string | undefined> | undefined, log: Logger, redact: Redactor): Promise<Attempt> {
  log.info(`layercache: ${plan.command} ${plan.args.join(' ')}`);
  const router = new TargetRouter(plan.services.map((s) => s.target));
  const tracker = new ProgressTracker();
  const splitter = new JsonObjectSplitter();
  const announced = new Set<string>();
  let plainText = '';
  const result = await run(plan.command, plan.args, {
    cwd,
    env,
    onStderr: (chunk) => {
      const { objects, text } = splitter.push(chunk);
      plainText = (plainText + text).slice(-4096);
      for (const json of objects) {
        let status: SolveStatus;
        try {
          status = JSON.parse(json) as SolveStatus;
        } catch {
          continue;
        }
        for (const line of progressLines(tracker, router.route(status), announced)) log.info(line);
      }
      for (const line of text.split('\n')) if (line.trim() !== '') log.info(line);
    },
  });
  return { exitCode: result.exitCode, stderrTail: redact(plainText || result.stderrTail), tracker };
}

function assertCachesHealthy(report: BakeReport): void {
  const bad = report.services.find((s) => s.report.imports.some((i) => i.status === 'failed') || s.report.exportStatus === 'failed' || s.report.warnings.length > 0);
  if (bad) throw new BackendError(bad.report.backend, `strict: service ${bad.service}: ${bad.report.warnings.join('; ') || 'cache import or export failed'}`);
}

async function existingLocalCaches(options: BakeOptions, slugs: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (!options.cache.dir) return found;
  const keys = resolveCacheKeys(options.cache.keys, options.cache.write);
  for (const slug of slugs) {
    for (const candidate of localCandidates(path.join(options.cache.dir, slug), keys.read)) {
      if (await stat(path.join(candidate, 'index.json')).catch(() => undefined)) found.add(candidate);
    }
  }
  return found;
}

function secretValues(o: BakeOptions): string[] {
  return [...o.registryAuth.map((a) => a.password), o.cache.harness?.secretAccessKey, o.cache.harness?.sessionToken, o.cache.harness?.accessKeyId].filter((v): v is string => v !== undefined);
}
