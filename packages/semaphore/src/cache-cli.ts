// The one seam to Semaphore's `cache` CLI (semaphoreci/toolbox). Every command runs with an argv
// array in the cache directory, so relative archive paths restore where they were stored. Nothing
// here throws: a missing or failing cache CLI costs speed, never the job.
import { execFile } from 'node:child_process';

export interface CacheCliResult {
  ok: boolean;
  output: string;
}

export type CacheCliRunner = (args: string[], options: { cwd: string; env: Record<string, string | undefined> }) => Promise<CacheCliResult>;

export const runCacheCli: CacheCliRunner = (args, { cwd, env }) =>
  new Promise((resolve) => {
    execFile('cache', args, { cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        resolve({ ok: false, output: "Semaphore's `cache` command was not found on PATH" });
      } else resolve({ ok: !error, output });
    });
  });

export interface CacheCli {
  restore(keys: string): Promise<CacheCliResult>;
  store(key: string, path: string): Promise<CacheCliResult>;
  list(): Promise<CacheCliResult>;
  delete(key: string): Promise<CacheCliResult>;
}

export function cacheCli(cwd: string, env: Record<string, string | undefined>, run: CacheCliRunner = runCacheCli): CacheCli {
  const call = (args: string[]) => run(args, { cwd, env });
  return {
    restore: (keys) => call(['restore', keys]),
    store: (key, path) => call(['store', key, path]),
    list: () => call(['list']),
    delete: (key) => call(['delete', key]),
  };
}
