// The CI adapters' pure env mappings and the GitLab entry point, loaded by path at run time: the
// SDK's own typecheck must not compile other packages (they build against the SDK's dist).
import path from 'node:path';

export type EnvMapper = (env: Record<string, string | undefined>) => unknown;
export type AdapterName = 'gitlab' | 'circleci' | 'harness' | 'semaphore';

interface GitLabIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}
export type GitLabEntry = (argv: string[], io: GitLabIo) => Promise<number>;

const source = (pkg: string, file: string) => path.resolve(import.meta.dirname, '../../../..', pkg, 'src', `${file}.ts`);

async function load(pkg: string, file: string): Promise<Record<string, unknown>> {
  const specifier = source(pkg, file); // a variable, so tsc does not follow it
  return (await import(specifier)) as Record<string, unknown>;
}

export async function envMappers(): Promise<Record<AdapterName, EnvMapper>> {
  const [gitlab, circleci, harness, semaphore] = await Promise.all([load('gitlab', 'env'), load('circleci', 'env'), load('harness', 'env'), load('semaphore', 'env')]);
  return {
    gitlab: gitlab.fromGitLabEnv as EnvMapper,
    circleci: circleci.fromCircleEnv as EnvMapper,
    harness: harness.fromHarnessEnv as EnvMapper,
    semaphore: semaphore.fromSemaphoreEnv as EnvMapper,
  };
}

export async function gitLabEntry(): Promise<GitLabEntry> {
  return (await load('gitlab', 'main')).runGitLab as GitLabEntry;
}

interface StepLogger {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}
export type HarnessEntry = (env: Record<string, string | undefined>, deps: { logger: StepLogger; cwd: string }) => Promise<number>;

export async function harnessEntry(): Promise<HarnessEntry> {
  return (await load('harness', 'main')).main as HarnessEntry;
}

/** Each adapter's entry point behind one shape: argv and env in, exit code and all it printed out. */
export type EntryRun = (argv: string[], env: Record<string, string | undefined>, cwd: string) => Promise<{ code: number; output: string }>;

export async function adapterEntries(): Promise<Record<AdapterName, EntryRun>> {
  const [gitlab, harness, semaphore, circleci] = await Promise.all([load('gitlab', 'main'), load('harness', 'main'), load('semaphore', 'main'), load('circleci', 'main')]);
  const captured = async (run: (io: GitLabIo) => Promise<number>, env: GitLabIo['env'], cwd: string) => {
    let output = '';
    const sink = { write: (s: string) => (output += s) };
    const code = await run({ env, cwd, stdout: sink, stderr: sink });
    return { code, output };
  };
  type Io = (io: GitLabIo) => Promise<number>;
  return {
    gitlab: (argv, env, cwd) => captured((io) => (gitlab.runGitLab as (a: string[], io: GitLabIo) => Promise<number>)(argv, io), env, cwd),
    semaphore: (argv, env, cwd) => captured((io) => (semaphore.main as (a: string[], io: GitLabIo) => Promise<number>)(argv, io), env, cwd),
    circleci: (_argv, env, cwd) => captured(circleci.main as Io, env, cwd),
    harness: async (_argv, env, cwd) => {
      let output = '';
      const logger = {
        info: (l: string) => (output += `${l}\n`),
        warn: (l: string) => (output += `warning: ${l}\n`),
        error: (l: string) => (output += `error: ${l}\n`),
      };
      const code = await (harness.main as (env: GitLabIo['env'], deps: { logger: typeof logger; cwd: string }) => Promise<number>)(env, { logger, cwd });
      return { code, output };
    },
  };
}
