// The four adapters' mappings and entry points behind one shape, for the bad-input tests: imported
// as modules (the contract package depends on every adapter; the SDK's tests depend on none).
import { fromCircleEnv, main as circleciMain } from '../../../../circleci/src/index.js';
import { fromGitLabEnv, runGitLab } from '../../../../gitlab/src/index.js';
import { fromHarnessEnv, main as harnessMain } from '../../../../harness/src/index.js';
import { fromSemaphoreEnv, main as semaphoreMain } from '../../../../semaphore/src/index.js';

export type EnvMapper = (env: Record<string, string | undefined>) => unknown;
export type AdapterName = 'gitlab' | 'circleci' | 'harness' | 'semaphore';

interface Io {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}
export type GitLabEntry = (argv: string[], io: Io) => Promise<number>;

export const ENV_MAPPERS: Record<AdapterName, EnvMapper> = {
  gitlab: fromGitLabEnv,
  circleci: fromCircleEnv,
  harness: (env) => fromHarnessEnv(env),
  semaphore: fromSemaphoreEnv,
};

export async function gitLabEntry(): Promise<GitLabEntry> {
  return runGitLab;
}

interface StepLogger {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}
type EnvIn = Record<string, string | undefined>;
export type HarnessEntry = (env: EnvIn, deps: { logger: StepLogger; cwd: string }) => Promise<number>;

export async function harnessEntry(): Promise<HarnessEntry> {
  return harnessMain;
}

/** Each adapter's entry point behind one shape: argv and env in, exit code and all it printed out. */
export type EntryRun = (argv: string[], env: EnvIn, cwd: string) => Promise<{ code: number; output: string }>;

export async function adapterEntries(): Promise<Record<AdapterName, EntryRun>> {
  const captured = async (run: (io: Io) => Promise<number>, env: Io['env'], cwd: string) => {
    let output = '';
    const sink = { write: (s: string) => (output += s) };
    const code = await run({ env, cwd, stdout: sink, stderr: sink });
    return { code, output };
  };
  return {
    gitlab: (argv, env, cwd) => captured((io) => runGitLab(argv, io), env, cwd),
    semaphore: (argv, env, cwd) => captured((io) => semaphoreMain(argv, io), env, cwd),
    circleci: (_argv, env, cwd) => captured(circleciMain, env, cwd),
    harness: async (_argv, env, cwd) => {
      let output = '';
      const logger = {
        info: (l: string) => (output += `${l}\n`),
        warn: (l: string) => (output += `warning: ${l}\n`),
        error: (l: string) => (output += `error: ${l}\n`),
      };
      const code = await harnessMain(env, { logger, cwd });
      return { code, output };
    },
  };
}
