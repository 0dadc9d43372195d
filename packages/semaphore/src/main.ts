// layercache-semaphore: the command a Semaphore job runs. `build` restores the local cache (when
// that backend is used), runs the SDK's adapter runner, and stores the cache only after a
// successful build. The mapping (env.ts) and key naming (cache-keys.ts) are pure.
import { LayercacheError, parseOptions, planBuild, type BuildPlan } from '@layercache/sdk';
import { bakeReportJson, buildReportJson, ignoredInBakeWarning, reportFailure, runAdapter } from '@layercache/sdk/adapter';
import { streamLog, writeOutputFiles, type AdapterIo, type CiAdapter, type Env } from '@layercache/sdk/adapter';
import type { RunContext, RunSeams } from '@layercache/sdk/adapter';
import { fromSemaphoreBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { cacheCliKeys, localCacheSettings } from './cache-keys.js';
import { fromSemaphoreEnv, semaphoreNames, semaphoreOptions } from './env.js';
import { cacheCli, restoreLocalCache, runCacheCli, storeLocalCache, type CacheCliRunner } from './local-cache.js';

const HELP = `Usage: layercache-semaphore <command> [--report-json FILE]

Commands:
  build   restore the layer cache (local backend), build with cache, store it after success
  plan    print what build would do (cache refs, cache keys) as JSON, without building

Settings come from the job's environment: Semaphore's own variables, those of Semaphore's
Docker caching guide (DOCKER_IMAGE_NAME, REGISTRY_URL, REGISTRY_PORT, BRANCH_NAME, REVISION,
SEMAPHORE_BUILD_NUMBER), and LAYERCACHE_* settings. With LAYERCACHE_COMPOSE_FILE set,
build bakes every service of that Compose or bake file (registry backend). See docs/semaphore.md.
Exit codes: 0 built, 1 build failed, 2 bad settings.
`;

export interface MainIo extends Omit<AdapterIo, 'cwd'>, RunSeams {
  cwd?: string;
  /** Seam for tests: the cache CLI runner. */
  runCache?: CacheCliRunner;
}

const PLAN_OF_BAKE = 'plan does not cover LAYERCACHE_COMPOSE_FILE; ' +
  'run "npx @layercache/sdk bake --dry-run" with the same flags to see the bake command';

export async function main(argv: string[], io: MainIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command !== 'build' && command !== 'plan') {
    io.stderr.write(command === undefined ? HELP : `error: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const log = streamLog(io);
  try {
    const reportJson = parseFlags(rest);
    if (command === 'build')
      return await runAdapter(semaphoreAdapter(reportJson, io.runCache), { env: io.env, cwd, log }, io);
    if (isBake(io.env)) throw new UsageError(PLAN_OF_BAKE);
    return plan(io, cwd);
  } catch (error) {
    return reportFailure(error, log);
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

/** The local backend's directory and `cache` CLI keys: the read order and write slug are the SDK's plan. */
function localKeys(env: Env, { keys, options }: Pick<BuildPlan, 'keys' | 'options'>) {
  const settings = localCacheSettings(env);
  return { dir: options.cache.dir!, ...cacheCliKeys({ ...settings, read: keys.read, write: keys.write }) };
}

function plan(io: MainIo, cwd: string): number {
  const options = parseOptions(fromSemaphoreEnv(io.env, cwd));
  const planned = planBuild(options);
  const local = options.cache.backend === 'local' ? localKeys(io.env, planned) : undefined;
  // planBuild's JSON leaves out options and credentials (non-enumerable); nothing secret is printed.
  io.stdout.write(`${JSON.stringify({ plan: planned, cacheCli: local }, null, 2)}\n`);
  return 0;
}

/** Semaphore's platform facts for the SDK's runner; --report-json comes from argv. */
export function semaphoreAdapter(reportJson: string | undefined, runCache: CacheCliRunner = runCacheCli): CiAdapter {
  const writeReport = async (text: string, { cwd, log }: RunContext) => {
    await writeOutputFiles([{ setting: '--report-json', path: reportJson, text }], cwd, log.warn);
  };
  return {
    names: semaphoreNames,
    buildOptions: semaphoreOptions,
    outputPaths: () => [{ setting: '--report-json', path: reportJson }],
    aroundBuild: async (options, { env, log }, build) => {
      if (options.cache?.backend !== 'local') return { result: await build(options), extra: undefined };
      const planned = planBuild(options);
      const local = localKeys(env, planned);
      const cli = cacheCli(local.dir, env, runCache);
      await restoreLocalCache(cli, local.dir, local, log);
      const result = await build(options);
      if (result.report.writes !== undefined && result.report.exportStatus === 'ok')
        await storeLocalCache(cli, planned.keys.write, local, log);
      return { result, extra: undefined };
    },
    writeBuildOutputs: (result, ctx) => writeReport(buildReportJson(result), ctx),
    bake: {
      wanted: isBake,
      options: fromSemaphoreBakeEnv,
      warnings: (env) => ignoredInBake(env).map((name) => ignoredInBakeWarning(name, 'LAYERCACHE_COMPOSE_FILE')),
      writeOutputs: (result, ctx) => writeReport(bakeReportJson(result), ctx),
    },
  };
}
