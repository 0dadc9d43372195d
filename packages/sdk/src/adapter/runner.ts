// The one run of every adapter: env -> options (named errors), every input and output path checked
// before anything starts, build or bake, the SDK's summary, the platform's outputs, and the exit
// code: 0 built, 1 the build failed, 2 bad input (every ConfigError names the platform's variable).
import { BakeError, cachedBake, renderBakeSummary, type BakeOptionsInput, type BakeResult } from '../bake/index.js';
import { cachedBuild, type BuildResult, type BuildRuntime } from '../build.js';
import { LayercacheError } from '../errors.js';
import { checkBuildInputs } from '../options/check-inputs.js';
import { checkAll, checkOutputPaths, type OutputPath } from '../options/check-outputs.js';
import type { BuildOptions, BuildOptionsInput } from '../options/schema.js';
import { renderSummary } from '../report/render.js';
import type { Env } from './env-reader.js';
import type { AdapterLog } from './io.js';
import { renamed, type OptionNames } from './option-names.js';

/** What a step of the run knows: the job's environment and directory, and where to log. */
export interface RunContext {
  env: Env;
  cwd: string;
  log: AdapterLog;
}

/** A platform's facts: env -> options, options -> outputs. The runner does the rest. */
export interface CiAdapter<Extra = undefined> {
  /** Option path -> the platform's variable, for every error the SDK raises. */
  names: OptionNames | ((env: Env) => OptionNames);
  buildOptions(env: Env, cwd: string): BuildOptionsInput;
  /** Files the outputs go to, checked before the build (exit 2 when unusable). */
  outputPaths(env: Env): OutputPath[];
  /** Why this job builds nothing at all (exit 0), e.g. a step that only runs on tags. */
  skip?(env: Env): string | undefined;
  /** Lines for the log before the build: settings with no effect, settings taken in a changed form. */
  warnings?(env: Env): string[];
  /** Info lines after the checks; `options` are the parsed options, defaults filled in. */
  notes?(env: Env, options: BuildOptions): string[];
  /** Around the build: a platform cache restored and stored, the engine read before and after. */
  aroundBuild?(
    options: BuildOptionsInput,
    ctx: RunContext,
    build: (o: BuildOptionsInput) => Promise<BuildResult>,
  ): Promise<{ result: BuildResult; extra: Extra }>;
  writeBuildOutputs(result: BuildResult, ctx: RunContext, extra: Extra): Promise<void>;
  /** Multi-service builds: present when the platform supports them. */
  bake?: {
    wanted(env: Env): boolean;
    options(env: Env): BakeOptionsInput;
    warnings?(env: Env): string[];
    notes?(env: Env, options: BakeOptionsInput): string[];
    /** A failed bake still gets its outputs (the report names the failed service). */
    writeOutputs(result: BakeResult, ctx: RunContext, succeeded: boolean): Promise<void>;
  };
}

/** Test seams: the SDK's build and bake (the defaults run the real engine). */
export interface RunSeams {
  build?: (options: BuildOptionsInput, runtime: BuildRuntime) => Promise<BuildResult>;
  bake?: (options: BakeOptionsInput, runtime: BuildRuntime) => Promise<BakeResult>;
}

export async function runAdapter<Extra>(
  adapter: CiAdapter<Extra>,
  ctx: RunContext,
  seams: RunSeams = {},
): Promise<number> {
  try {
    // Inside the try: names that depend on the env (Semaphore's) are computed from user input.
    const names = typeof adapter.names === 'function' ? adapter.names(ctx.env) : adapter.names;
    ctx.log.section?.('setup');
    const skip = adapter.skip?.(ctx.env);
    if (skip !== undefined) {
      ctx.log.info(`layercache: ${skip}`);
      return 0;
    }
    await renamed(names, () =>
      adapter.bake?.wanted(ctx.env) ? bake(adapter, adapter.bake, ctx, seams) : build(adapter, ctx, seams),
    );
    return 0;
  } catch (error) {
    return reportFailure(error, ctx.log);
  } finally {
    ctx.log.close?.();
  }
}

async function build<Extra>(adapter: CiAdapter<Extra>, ctx: RunContext, seams: RunSeams): Promise<void> {
  const { env, cwd, log } = ctx;
  const options = adapter.buildOptions(env, cwd);
  // Everything the build would reject, and the output paths, before any docker process starts.
  let parsed: BuildOptions | undefined;
  await checkAll([
    async () => (parsed = await checkBuildInputs(options, { env, cwd })),
    () => checkOutputPaths(adapter.outputPaths(env), cwd),
  ]);
  for (const line of adapter.warnings?.(env) ?? []) log.warn(line);
  for (const line of adapter.notes?.(env, parsed!) ?? []) log.info(line);
  log.section?.('build');
  const run = (o: BuildOptionsInput) => (seams.build ?? cachedBuild)(o, { env, cwd, logger: log });
  // The parsed options go on: the build does not parse them again (options are parsed once per run).
  const checked: BuildOptionsInput = parsed!;
  const { result, extra } = adapter.aroundBuild
    ? await adapter.aroundBuild(checked, ctx, run)
    : { result: await run(checked), extra: undefined as Extra };
  log.section?.('report');
  log.summary(renderSummary(result));
  await adapter.writeBuildOutputs(result, ctx, extra);
}

type BakeSpec = NonNullable<CiAdapter<unknown>['bake']>;

async function bake(
  adapter: Pick<CiAdapter<unknown>, 'outputPaths'>,
  spec: BakeSpec,
  ctx: RunContext,
  seams: RunSeams,
): Promise<void> {
  const { env, cwd, log } = ctx;
  const options = spec.options(env);
  await checkOutputPaths(adapter.outputPaths(env), cwd);
  for (const line of spec.warnings?.(env) ?? []) log.warn(line);
  for (const line of spec.notes?.(env, options) ?? []) log.info(line);
  log.section?.('bake');
  let result: BakeResult;
  let failure: BakeError | undefined;
  try {
    result = await (seams.bake ?? cachedBake)(options, { env, cwd, logger: log });
  } catch (error) {
    if (!(error instanceof BakeError)) throw error;
    failure = error;
    result = error.result;
  }
  log.section?.('report');
  log.summary(renderBakeSummary(result.report, result.durationMs));
  await spec.writeOutputs(result, ctx, failure === undefined);
  if (failure) throw failure;
}

/** The exit code of an error, its message logged: a typed error as it is, anything else with its stack. */
export function reportFailure(error: unknown, log: Pick<AdapterLog, 'error'>): number {
  if (error instanceof LayercacheError) {
    log.error(error.message);
    return error.exitCode;
  }
  log.error(`[layercache] unexpected failure: ${(error as Error)?.stack ?? String(error)}`);
  return 1;
}
