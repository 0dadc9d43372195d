// Restore/store orchestration against test/cache-cli-stand-in/cache, a STAND-IN for Semaphore's
// `cache` CLI (the real one needs Semaphore's cache server and cannot be installed here). Needs
// bash and tar, not Docker. The branch folders here are plain files: what the SDK's local backend
// puts in them is not this adapter's business.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cacheCliKeys } from '../src/cache-keys.js';
import { cacheCli, restoreLocalCache, runCacheCli, storeLocalCache } from '../src/local-cache.js';

const STAND_IN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cache-cli-stand-in');

let tmp: string;
let env: Record<string, string | undefined>;
const lines: string[] = [];
const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warning: ${l}`) };

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'layercache-semaphore-'));
  env = { ...process.env, PATH: `${STAND_IN_DIR}:${process.env.PATH}`, LAYERCACHE_STANDIN_CACHE_ROOT: path.join(tmp, 'server') };
  lines.length = 0;
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

/** A fresh "VM": an empty cache directory, as a new Semaphore job has. */
async function freshVm(name: string): Promise<string> {
  const dir = path.join(tmp, name, 'cache');
  await mkdir(dir, { recursive: true });
  return dir;
}

async function writeBranchCache(dir: string, slug: string, content: string): Promise<void> {
  await mkdir(path.join(dir, slug), { recursive: true });
  await writeFile(path.join(dir, slug, 'index.json'), content);
}

const keysFor = (read: string[], write: string | undefined, jobId: string) => cacheCliKeys({ scope: 'shop', read, write, jobId });
const storedKeys = async () => (await readdir(path.join(tmp, 'server')).catch(() => [])).map((f) => f.replace(/\.tgz$/, '')).sort();

describe('local cache through the cache CLI stand-in', () => {
  test('a cold job stores its branch; the next job on a fresh VM restores it', async () => {
    const first = await freshVm('vm1');
    const keys1 = keysFor(['main'], 'main', 'job-1');
    await restoreLocalCache(cacheCli(first, env), first, keys1, logger);
    expect(lines.join('\n')).toContain('starts cold');
    await writeBranchCache(first, 'main', 'main v1');
    expect(await storeLocalCache(cacheCli(first, env), 'main', keys1, logger)).toBe('stored');

    const second = await freshVm('vm2');
    await restoreLocalCache(cacheCli(second, env), second, keysFor(['main'], 'main', 'job-2'), logger);
    expect(await readFile(path.join(second, 'main', 'index.json'), 'utf8')).toBe('main v1');
    expect(lines.join('\n')).toContain('restored the local layer cache from key layercache_shop_main_job-1');
  });

  test('a new branch falls back to the PR target, then the default branch', async () => {
    const seed = await freshVm('seed');
    await writeBranchCache(seed, 'main', 'main cache');
    await storeLocalCache(cacheCli(seed, env), 'main', keysFor(['main'], 'main', 'job-main'), logger);

    const pr = await freshVm('pr');
    await restoreLocalCache(cacheCli(pr, env), pr, keysFor(['feature-cart', 'develop', 'main'], 'feature-cart', 'job-pr'), logger);
    expect(await readFile(path.join(pr, 'main', 'index.json'), 'utf8')).toBe('main cache');

    await writeBranchCache(seed, 'develop', 'develop cache');
    await storeLocalCache(cacheCli(seed, env), 'develop', keysFor(['develop', 'main'], 'develop', 'job-dev'), logger);
    const pr2 = await freshVm('pr2');
    await restoreLocalCache(cacheCli(pr2, env), pr2, keysFor(['feature-cart', 'develop', 'main'], 'feature-cart', 'job-pr2'), logger);
    expect(await readFile(path.join(pr2, 'develop', 'index.json'), 'utf8')).toBe('develop cache');
    await expect(readFile(path.join(pr2, 'main', 'index.json'), 'utf8')).rejects.toThrow(); // first match only
  });

  test('per-job keys: a newer job stores its own key and removes the older one of its branch only', async () => {
    const vm = await freshVm('vm');
    await writeBranchCache(vm, 'main', 'v1');
    await storeLocalCache(cacheCli(vm, env), 'main', keysFor(['main'], 'main', 'job-1'), logger);
    await writeBranchCache(vm, 'develop', 'd1');
    await storeLocalCache(cacheCli(vm, env), 'develop', keysFor(['develop', 'main'], 'develop', 'job-d'), logger);
    await new Promise((r) => setTimeout(r, 20)); // distinct mtimes: the stand-in lists newest first, like the real CLI
    await writeBranchCache(vm, 'main', 'v2');
    await storeLocalCache(cacheCli(vm, env), 'main', keysFor(['main'], 'main', 'job-2'), logger);
    expect(await storedKeys()).toEqual(['layercache_shop_develop_job-d', 'layercache_shop_main_job-2']);

    const next = await freshVm('next');
    await restoreLocalCache(cacheCli(next, env), next, keysFor(['main'], 'main', 'job-3'), logger);
    expect(await readFile(path.join(next, 'main', 'index.json'), 'utf8')).toBe('v2');
  });

  test('a key is never overwritten (the CLI contract the per-job keys exist for)', async () => {
    const vm = await freshVm('vm');
    const keys = keysFor(['main'], 'main', 'same-job');
    await writeBranchCache(vm, 'main', 'first');
    await storeLocalCache(cacheCli(vm, env), 'main', keys, logger);
    await writeBranchCache(vm, 'main', 'second');
    await storeLocalCache(cacheCli(vm, env), 'main', keys, logger);
    const other = await freshVm('other');
    await restoreLocalCache(cacheCli(other, env), other, keys, logger);
    expect(await readFile(path.join(other, 'main', 'index.json'), 'utf8')).toBe('first');
  });

  test('nothing is stored when the build wrote no cache (forks, tags)', async () => {
    const vm = await freshVm('vm');
    expect(await storeLocalCache(cacheCli(vm, env), undefined, keysFor(['main'], undefined, 'job'), logger)).toBe('not-written');
    expect(await storedKeys()).toEqual([]);
  });

  test('a missing cache CLI only warns: the job goes on', async () => {
    const vm = await freshVm('vm');
    const noCli = { ...env, PATH: '/nonexistent' };
    await restoreLocalCache(cacheCli(vm, noCli, runCacheCli), vm, keysFor(['main'], 'main', 'job'), logger);
    await writeBranchCache(vm, 'main', 'x');
    expect(await storeLocalCache(cacheCli(vm, noCli, runCacheCli), 'main', keysFor(['main'], 'main', 'job'), logger)).toBe('failed');
    expect(lines.filter((l) => l.startsWith('warning:'))).toHaveLength(2);
    expect(lines.join('\n')).toContain('was not found on PATH');
  });
});
