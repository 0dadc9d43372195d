// Entry point of the step image: Harness env -> options -> cachedBuild -> $DRONE_OUTPUT.
// All I/O of the adapter lives here. Exit codes: 0 ok, 1 failed build, 2 bad settings.
import { BakeError, cachedBake, cachedBuild, checkAll, checkBuildInputs, checkOutputPaths, ConfigError, LayercacheError, renderSummary, writeOutput, type OutputPath, type BakeOptionsInput, type BakeResult, type BuildResult, type BuildRuntime, type BuildOptionsInput, type Logger } from '@layercache/sdk';
import { fromHarnessBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { bakeOutputVariables, bakeSummaryLines } from './bake-outputs.js';
import { renameIssues } from './config-errors.js';
import { autoTagSkip } from './auto-tags.js';
import { fromHarnessEnv, ignoredSettings, settingNotes } from './env.js';
import { outputVariables, writeOutputs } from './outputs.js';
import { checkPluginSettings } from './plugin-settings.js';
import { writeStepFiles } from './step-files.js';

/** The SDK's logger plus `error`, for what ends the step: a message is labelled by what it is. */
export interface StepLogger extends Logger {
  error(line: string): void;
}

export interface MainDeps {
  build?: (options: BuildOptionsInput, runtime: BuildRuntime) => Promise<BuildResult>;
  bake?: (options: BakeOptionsInput, runtime: BuildRuntime) => Promise<BakeResult>;
  logger?: StepLogger;
  cwd?: string;
}

const stdLogger: StepLogger = {
  info: (l) => console.log(l),
  warn: (l) => console.error(`warning: ${l}`),
  error: (l) => console.error(`error: ${l}`),
};

export async function main(env: Record<string, string | undefined>, deps: MainDeps = {}): Promise<number> {
  const log = deps.logger ?? stdLogger;
  try {
    if (isBake(env)) return await bake(env, deps, log);
    const skip = autoTagSkip(env);
    if (skip !== undefined) {
      log.info(`layercache: ${skip}`);
      return 0;
    }
    const options = await withDroneFacts(env, fromHarnessEnv);
    const cwd = deps.cwd ?? process.cwd();
    // Everything the build would reject, and $DRONE_OUTPUT, before anything starts (exit 2).
    await checkAll([() => checkBuildInputs(options, { env, cwd }), () => checkOutputPaths([droneOutput(env)], cwd)]);
    for (const note of ignoredSettings(env)) log.warn(note);
    for (const note of settingNotes(env)) log.info(note);
    const result = await (deps.build ?? cachedBuild)(options, { env, cwd, logger: log });
    for (const line of renderSummary(result).split('\n')) log.info(line);
    await publish(env, outputVariables(result), log);
    for (const line of await writeStepFiles(env, result)) log.info(line);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      // cachedBuild's own checks (e.g. a missing Dockerfile) also name the setting to fix.
      log.error(new ConfigError(renameIssues(err.issues)).message);
      return err.exitCode;
    }
    if (err instanceof LayercacheError) {
      log.error(err.message);
      return err.exitCode;
    }
    log.error(`[layercache] unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

/** compose_file/bake_file set: every service in one bake; outputs from the totals. A failed service still gets its outputs. */
async function bake(env: Record<string, string | undefined>, deps: MainDeps, log: StepLogger): Promise<number> {
  const options = await withDroneFacts(env, fromHarnessBakeEnv);
  await checkOutputPaths([droneOutput(env)], deps.cwd ?? process.cwd());
  for (const note of [...ignoredInBake(env), ...checkPluginSettings(env).warnings]) log.warn(note);
  let result: BakeResult;
  let failure: BakeError | undefined;
  try {
    result = await (deps.bake ?? cachedBake)(options, { env, cwd: deps.cwd ?? process.cwd(), logger: log });
  } catch (err) {
    if (!(err instanceof BakeError)) throw err;
    failure = err;
    result = err.result;
  }
  for (const line of bakeSummaryLines(result)) log.info(line);
  await publish(env, bakeOutputVariables(result), log);
  if (failure) throw failure;
  return 0;
}

/**
 * Harness sets DRONE_* variables in every CI step. With none at all this is not a Harness step, and
 * the build would run with no branch: reading and writing the default branch's cache by mistake.
 */
async function withDroneFacts<T>(env: Record<string, string | undefined>, map: (env: Record<string, string | undefined>) => T): Promise<T> {
  let options: T | undefined;
  await checkAll([async () => requireDroneFacts(env), async () => (options = map(env))]);
  return options!;
}

function requireDroneFacts(env: Record<string, string | undefined>): void {
  if (Object.keys(env).some((k) => k.startsWith('DRONE_') && env[k]?.trim())) return;
  throw new ConfigError([{ path: 'DRONE_BRANCH', message: 'is not set, and no other DRONE_* variable is: the branch, and so the cache to read and write, is unknown', hint: 'run layercache-harness as a Harness CI Plugin step, or set DRONE_BRANCH (and DRONE_REPO_BRANCH, the default branch) for a run elsewhere' }]);
}

function droneOutput(env: Record<string, string | undefined>): OutputPath {
  return { setting: 'DRONE_OUTPUT', path: env.DRONE_OUTPUT };
}

/** The step outputs, after the build: a $DRONE_OUTPUT that cannot be written is a warning. */
async function publish(env: Record<string, string | undefined>, vars: Record<string, string>, log: Logger): Promise<void> {
  const file = env.DRONE_OUTPUT;
  if (!file) return;
  if (await writeOutput('DRONE_OUTPUT', file, () => writeOutputs(file, vars), (l) => log.warn(l))) log.info(`layercache: wrote ${Object.keys(vars).join(', ')} to $DRONE_OUTPUT`);
}
