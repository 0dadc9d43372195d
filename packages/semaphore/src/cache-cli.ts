// The one seam to Semaphore's `cache` CLI (semaphoreci/toolbox). Every command runs with an argv
// array in the cache directory, so relative archive paths restore where they were stored. Nothing
// here throws: a missing or failing cache CLI costs speed, never the job.
import { execFile } from 'node:child_process';

export interface CacheCliResult {
  ok: boolean;
  output: string;
}

type CliEnv = Record<string, string | undefined>;
export type CacheCliRunner = (args: string[], options: { cwd: string; env: CliEnv }) => Promise<CacheCliResult>;

export const runCacheCli: CacheCliRunner = (args, { cwd, env }) =>
  new Promise((resolve) => {
    const options = { cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 16 * 1024 * 1024 };
    execFile('cache', args, options, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
        resolve({ ok: false, output: "Semaphore's `cache` command was not found on PATH" });
      else resolve({ ok: !error, output: `${stdout}${stderr}` });
    });
  });

/** `cache restore|store|list|delete …` in `cwd`. */
export function cacheCli(cwd: string, env: CliEnv, run: CacheCliRunner = runCacheCli) {
  const call = (...args: string[]) => run(args, { cwd, env });
  return {
    restore: (keys: string) => call('restore', keys),
    store: (key: string, path: string) => call('store', key, path),
    list: () => call('list'),
    delete: (key: string) => call('delete', key),
  };
}

export type CacheCli = ReturnType<typeof cacheCli>;
