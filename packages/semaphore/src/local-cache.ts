// Persists the SDK's local cache directory between Semaphore jobs through the `cache` CLI
// (semaphoreci/toolbox): restore before the build (own branch, then PR target, then default
// branch), store after a successful build that wrote a cache, then remove this branch's older
// per-job keys. Each command runs with an argv array in the cache directory, so relative archive
// paths restore where they were stored. Nothing here throws: a missing or failing cache CLI costs
// speed, never the job. The directory's contents are the SDK local backend's business.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Logger } from '@layercache/sdk';
import { parseCacheList, staleKeys, type CacheCliKeys } from './cache-keys.js';

export type CacheCliResult = { ok: boolean; output: string };

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

/** The `cache` CLI in one directory: `cli('restore', keys)`, `cli('store', key, path)`, `cli('list')`, ... */
export function cacheCli(cwd: string, env: CliEnv, run: CacheCliRunner = runCacheCli) {
  return (...args: string[]) => run(args, { cwd, env });
}

export type CacheCli = ReturnType<typeof cacheCli>;

/** Restores the best matching cache into `dir`. A miss or a broken cache CLI only warns. */
export async function restoreLocalCache(cli: CacheCli, dir: string, keys: CacheCliKeys, log: Logger): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (keys.restore === '') return;
  const result = await cli('restore', keys.restore);
  if (!result.ok)
    return log.warn(`[semaphore] cache restore failed, building without a restored cache: ${lastLine(result)}`);
  const hit = /HIT: '[^']*', using key '([^']+)'/.exec(result.output)?.[1];
  log.info(hit
    ? `[semaphore] restored the local layer cache from key ${hit}`
    : `[semaphore] no stored layer cache matches ${keys.restore}; this build starts cold`);
}

/**
 * Stores `<dir>/<slug>` (the branch folder the build wrote) under this job's own key, then deletes
 * older keys of the same branch. Call only after a successful build: a failed one has nothing to keep.
 */
export async function storeLocalCache(cli: CacheCli, slug: string | undefined, keys: CacheCliKeys, log: Logger) {
  if (slug === undefined || keys.store === undefined || keys.storePrefix === undefined) return 'not-written';
  const stored = await cli('store', keys.store, slug);
  if (!stored.ok || /does not exist/.test(stored.output)) {
    log.warn(`[semaphore] cache store ${keys.store} failed; the next build may start cold: ${lastLine(stored)}`);
    return 'failed';
  }
  log.info(`[semaphore] stored the local layer cache as ${keys.store}`);
  const listed = await cli('list');
  for (const stale of listed.ok ? staleKeys(parseCacheList(listed.output), keys.storePrefix, keys.store) : []) {
    if ((await cli('delete', stale)).ok) log.info(`[semaphore] removed the older cache key ${stale}`);
  }
  return 'stored';
}

function lastLine(result: CacheCliResult): string {
  return result.output.trim().split('\n').pop() ?? '';
}
