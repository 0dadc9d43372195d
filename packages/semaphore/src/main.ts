// layercache-semaphore: the command a Semaphore job runs. `build` restores the local cache (when
// that backend is used), runs cachedBuild(), and stores the cache only after a successful build.
// All I/O is here; the mapping (env.ts) and key naming (cache-keys.ts) are pure.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BakeError, cachedBake, cachedBuild, checkAll, checkBuildInputs, checkOutputPaths, ConfigError, LayercacheError, planBuild, renderSummary, writeOutput, type OutputPath, type BakeOptionsInput, type BakeResult, type BuildOptionsInput, type BuildResult, type BuildRuntime } from '@layercache/sdk';
import { fromSemaphoreBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { cacheCli, runCacheCli, type CacheCliRunner } from './cache-cli.js';
import { cacheCliKeys, type CacheCliKeys } from './cache-keys.js';
import { fromSemaphoreEnv, renameIssues } from './env.js';
import { localCacheSettings } from './local-settings.js';
import { restoreLocalCache, storeLocalCache, type Logger } from './local-cache.js';

export const HELP = `Usage: layercache-semaphore <command> [--report-json FILE]

Commands:
  build   restore the layer cache (local backend), build with cache, store it after success
  plan    print what build would do (cache refs, cache keys) as JSON, without building

Settings come from the job's environment: Semaphore's own variables, those of Semaphore's
Docker caching guide (DOCKER_IMAGE_NAME, REGISTRY_URL, REGISTRY_PORT, BRANCH_NAME, REVISION,
SEMAPHORE_BUILD_NUMBER), and LAYERCACHE_* settings. With LAYERCACHE_COMPOSE_FILE set,
build bakes every service of that Compose or bake file (registry backend). See docs/semaphore.md.
Exit codes: 0 built, 1 build failed, 2 bad settings.
`;

export interface MainIo {
  env: Record<string, string | undefined>;
  cwd?: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Seams for tests: the cache CLI runner and the build itself. */
  runCache?: CacheCliRunner;
  build?: (options: BuildOptionsInput, runtime: BuildRuntime) => Promise<BuildResult>;
  bake?: (options: BakeOptionsInput, runtime: BuildRuntime) => Promise<BakeResult>;
}

export async function main(argv: string[], io: MainIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'build' || command === 'plan') {
      const reportJson = parseFlags(rest);
      if (isBake(io.env)) {
        if (command === 'plan') throw new UsageError('plan does not cover LAYERCACHE_COMPOSE_FILE; run "npx @layercache/sdk bake --dry-run" with the same flags to see the bake command');
        return await bake(io, reportJson);
      }
      return command === 'build' ? await build(io, reportJson) : plan(io);
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    io.stderr.write(command === undefined ? HELP : `error: unknown command "${command}"\n\n${HELP}`);
    return 2;
  } catch (error) {
    if (error instanceof LayercacheError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`error: [layercache] [semaphore] unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function parseFlags(args: string[]): string | undefined {
  let reportJson: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--report-json' && args[i + 1] !== undefined) reportJson = args[++i];
    else if (arg.startsWith('--report-json=')) reportJson = arg.slice('--report-json='.length);
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  return reportJson;
}

class UsageError extends LayercacheError {
  override readonly exitCode = 2;
  constructor(message: string) {
    super(`[layercache] [semaphore] ${message}\n${HELP}`);
  }
}

interface Prepared {
  options: BuildOptionsInput;
  cwd: string;
  local?: { dir: string; keys: CacheCliKeys; writeSlug: string | undefined };
}

function prepare(io: MainIo): Prepared {
  const cwd = io.cwd ?? process.cwd();
  const options = fromSemaphoreEnv(io.env);
  if (options.cache?.backend !== 'local') return { options, cwd };
  const dir = path.resolve(cwd, options.cache.dir!);
  const resolved = planBuild({ ...options, cache: { ...options.cache, dir } });
  const settings = localCacheSettings(io.env);
  const keys = cacheCliKeys({ scope: settings.scope, jobId: settings.jobId, read: resolved.keys.read, write: resolved.keys.write });
  return { options: { ...options, cache: { ...options.cache, dir } }, cwd, local: { dir, keys, writeSlug: resolved.keys.write } };
}

function plan(io: MainIo): number {
  const prepared = prepare(io);
  // planBuild's JSON leaves out options and credentials (non-enumerable); nothing secret is printed.
  const summary = { plan: planBuild(prepared.options), cacheCli: prepared.local ? { dir: prepared.local.dir, ...prepared.local.keys } : undefined };
  io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}

async function build(io: MainIo, reportJson: string | undefined): Promise<number> {
  const prepared = prepare(io);
  // Everything the build would reject, and the report path, before the cache CLI or buildx start (exit 2).
  await renamed(() => checkAll([() => checkBuildInputs(prepared.options, { env: io.env, cwd: prepared.cwd }), () => checkOutputPaths([reportOutput(reportJson)], prepared.cwd)]));
  const logger: Logger = { info: (line) => io.stderr.write(`${line}\n`), warn: (line) => io.stderr.write(`warning: ${line}\n`) };
  const cli = prepared.local ? cacheCli(prepared.local.dir, io.env, io.runCache ?? runCacheCli) : undefined;
  if (cli && prepared.local) await restoreLocalCache(cli, prepared.local.dir, prepared.local.keys, logger);

  const result = await renamed(() => (io.build ?? cachedBuild)(prepared.options, { env: io.env, cwd: prepared.cwd, logger }));

  if (cli && prepared.local && result.report.writes !== undefined && result.report.exportStatus === 'ok') {
    await storeLocalCache(cli, prepared.local.writeSlug, prepared.local.keys, logger);
  }
  if (reportJson) {
    const report = { imageDigest: result.imageDigest, tags: result.tags, durationMs: result.durationMs, ...result.report };
    await writeReport(path.resolve(prepared.cwd, reportJson), `${JSON.stringify(report, null, 2)}\n`, logger);
  }
  io.stdout.write(`${renderSummary(result)}\n`);
  return 0;
}

/** LAYERCACHE_COMPOSE_FILE set: every service in one bake (registry backend); the report names a failed service. */
async function bake(io: MainIo, reportJson: string | undefined): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const options = fromSemaphoreBakeEnv(io.env);
  const logger: Logger = { info: (line) => io.stderr.write(`${line}\n`), warn: (line) => io.stderr.write(`warning: ${line}\n`) };
  await checkOutputPaths([reportOutput(reportJson)], cwd);
  for (const name of ignoredInBake(io.env)) logger.warn(`${name} has no effect with LAYERCACHE_COMPOSE_FILE: set it in each service's build section of the file`);
  let result: BakeResult;
  let failure: BakeError | undefined;
  try {
    result = await (io.bake ?? cachedBake)(options, { env: io.env, cwd, logger });
  } catch (error) {
    if (!(error instanceof BakeError)) throw error;
    failure = error;
    result = error.result;
  }
  if (reportJson) await writeReport(path.resolve(cwd, reportJson), `${JSON.stringify({ durationMs: result.durationMs, ...result.report }, null, 2)}\n`, logger);
  const r = result.report;
  io.stdout.write(`layercache bake: ${r.cachedSteps}/${r.totalSteps} steps cached in ${(result.durationMs / 1000).toFixed(1)}s\n`);
  for (const s of r.services) io.stdout.write(`  ${s.service}: ${s.status}, ${s.report.cachedSteps}/${s.report.totalSteps} cached, read ${s.report.reads.join(' -> ') || '(nothing)'}, wrote ${s.report.writes ?? '(nothing)'}\n`);
  if (failure) throw failure;
  return 0;
}

function reportOutput(reportJson: string | undefined): OutputPath {
  return { setting: '--report-json', path: reportJson };
}

/** After the build: a report that cannot be written is a warning (the image is built and pushed). */
async function writeReport(file: string, text: string, logger: Logger): Promise<void> {
  const write = async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  await writeOutput('--report-json', file, write, (line) => logger.warn(line));
}

/** The SDK names a bad option by its path; the job sets a variable: rename before it is shown. */
async function renamed<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(renameIssues(error.issues));
    throw error;
  }
}
