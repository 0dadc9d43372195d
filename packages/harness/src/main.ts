// Entry point of the step image: Harness env -> options -> the SDK's adapter runner -> $DRONE_OUTPUT.
// Exit codes: 0 ok, 1 failed build, 2 bad settings.
import { ConfigError, type ConfigIssue, type Logger } from '@layercache/sdk';
import { EnvReader, runAdapter } from '@layercache/sdk/adapter';
import type { AdapterLog, CiAdapter, Env, RunSeams } from '@layercache/sdk/adapter';
import { autoTagSkip } from './auto-tags.js';
import { fromHarnessBakeEnv, ignoredInBake, isBake } from './bake-env.js';
import { harnessOptions, ignoredSettings, settingNotes } from './env.js';
import { bakeOutputVariables, outputVariables, writeOutputs } from './outputs.js';
import { checkPluginSettings } from './plugin-settings.js';
import { HARNESS_NAMES } from './settings.js';
import { STEP_FILE_SETTINGS, writeStepFiles } from './step-files.js';

/** The SDK's logger plus `error`, for what ends the step: a message is labelled by what it is. */
export type StepLogger = Pick<AdapterLog, 'info' | 'warn' | 'error'>;

export interface MainDeps extends RunSeams {
  logger?: StepLogger;
  cwd?: string;
}

const stdLogger: StepLogger = {
  info: (l) => console.log(l),
  warn: (l) => console.error(`warning: ${l}`),
  error: (l) => console.error(`error: ${l}`),
};

export function main(env: Env, deps: MainDeps = {}): Promise<number> {
  const log = deps.logger ?? stdLogger;
  const stepLog = {
    info: (l: string) => log.info(l),
    warn: (l: string) => log.warn(l),
    error: (l: string) => log.error(l),
  };
  const summary = (text: string) => text.split('\n').forEach(stepLog.info);
  return runAdapter(harnessAdapter, { env, cwd: deps.cwd ?? process.cwd(), log: { ...stepLog, summary } }, deps);
}

/** Harness's platform facts for the SDK's runner. */
export const harnessAdapter: CiAdapter = {
  names: HARNESS_NAMES,
  skip: (env) => (isBake(env) ? undefined : autoTagSkip(new EnvReader(env))),
  buildOptions: (env) => withDroneFacts(env, harnessOptions),
  outputPaths: (env) => {
    const r = new EnvReader(env);
    const stepFiles = STEP_FILE_SETTINGS.map((setting) => ({ setting, path: r.get(setting) }));
    return [{ setting: 'DRONE_OUTPUT', path: env.DRONE_OUTPUT }, ...stepFiles];
  },
  warnings: ignoredSettings,
  notes: settingNotes,
  writeBuildOutputs: async (result, { env, cwd, log }) => {
    await publish(env, outputVariables(result), log);
    for (const line of await writeStepFiles(env, result, (l) => log.warn(l), cwd)) log.info(line);
  },
  bake: {
    wanted: isBake,
    options: (env) => withDroneFacts(env, fromHarnessBakeEnv),
    warnings: (env) => [...ignoredInBake(env), ...checkPluginSettings(env).warnings],
    writeOutputs: (result, { env, log }) => publish(env, bakeOutputVariables(result), log),
  },
};

/**
 * Harness sets DRONE_* variables in every CI step. With none at all this is not a Harness step, and
 * the build would run with no branch: reading and writing the default branch's cache by mistake.
 * That issue comes first, with every issue of the mapping.
 */
function withDroneFacts<T>(env: Env, map: (env: Env) => T): T {
  if (Object.keys(env).some((k) => k.startsWith('DRONE_') && env[k]?.trim())) return map(env);
  const issues: ConfigIssue[] = [NO_DRONE_FACTS];
  try {
    map(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  throw new ConfigError(issues);
}

const NO_DRONE_FACTS: ConfigIssue = {
  path: 'DRONE_BRANCH',
  message: 'is not set, and no other DRONE_* variable is: the branch, and so the cache to read and write, is unknown',
  hint:
    'run layercache-harness as a Harness CI Plugin step, or set DRONE_BRANCH (and DRONE_REPO_BRANCH, ' +
    'the default branch) for a run elsewhere',
};

/** The step outputs, after the build: a $DRONE_OUTPUT that cannot be written is a warning. */
async function publish(env: Env, vars: Record<string, string>, log: Logger): Promise<void> {
  if (await writeOutputs(env.DRONE_OUTPUT, vars, (l) => log.warn(l)))
    log.info(`layercache: wrote ${Object.keys(vars).join(', ')} to $DRONE_OUTPUT`);
}
