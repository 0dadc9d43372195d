// Key names for Semaphore's `cache` CLI, which persists the local backend's directory between jobs,
// and the settings they need beyond the SDK's branch slugs. Pure. The contract of that CLI
// (docs: reference/toolbox "cache"; code: semaphoreci/toolbox cache-cli):
//   - `cache store KEY PATH` never overwrites: an existing KEY is skipped.
//   - `cache restore K1,K2,...` tries each key in turn; a key also matches stored keys that
//     contain it (the newest first), and the first hit wins.
// So every job stores under its own key  layercache_<scope>_<branch-slug>_<job-id>
// and restores by the prefix            layercache_<scope>_<branch-slug>_
// for its own branch, then the PR target, then the default branch (the SDK's read order).
// "_" separates the parts because slugs never contain it: the prefix for branch "main" can then
// never match the keys of branch "main-x".
import { slugify } from '@layercache/sdk';
import { EnvReader, type Env } from '@layercache/sdk/adapter';
import { sharedImageName } from './registry.js';

export const KEY_PREFIX = 'layercache';

export interface LocalCacheSettings {
  /** Separates several images cached by one project (Semaphore scopes keys per project). */
  scope: string;
  /** Semaphore never overwrites a key and parallel jobs storing one key can corrupt it: one key per job. */
  jobId: string;
}

export function localCacheSettings(env: Env): LocalCacheSettings {
  const reader = new EnvReader(env);
  const scope = reader.first('LAYERCACHE_CACHE_SCOPE', 'DOCKER_IMAGE_NAME', 'LAYERCACHE_TARGET');
  const jobId = reader.get('SEMAPHORE_JOB_ID');
  if (jobId === undefined)
    reader.fail('SEMAPHORE_JOB_ID', 'is not set, so the local cache has no unique key to be stored under',
      'run inside a Semaphore job, or use LAYERCACHE_BACKEND=registry');
  reader.throwIfAny();
  return {
    scope: scope?.name === 'DOCKER_IMAGE_NAME' ? sharedImageName(reader, scope.value) : scope?.value ?? 'image',
    jobId: jobId!,
  };
}

export interface CacheCliKeyInput extends LocalCacheSettings {
  /** Branch slugs to read, best first, and the one to write (undefined: the SDK's policy forbids it). */
  read: string[];
  write: string | undefined;
}

/** `cache restore`'s argument (prefixes, best first), the key to store under, and its branch's prefix. */
export interface CacheCliKeys {
  restore: string;
  store: string | undefined;
  storePrefix: string | undefined;
}

export function keyPrefix(scope: string, slug: string): string {
  return `${KEY_PREFIX}_${slugify(scope)}_${slugify(slug)}_`;
}

export function cacheCliKeys(input: CacheCliKeyInput): CacheCliKeys {
  const restore = [...new Set(input.read.map((slug) => keyPrefix(input.scope, slug)))].join(',');
  const storePrefix = input.write === undefined ? undefined : keyPrefix(input.scope, input.write);
  return { restore, store: storePrefix && `${storePrefix}${slugify(input.jobId)}`, storePrefix };
}

/** Key names in `cache list` output: the first column of each row (the header and notes are skipped). */
export function parseCacheList(output: string): string[] {
  const names = output.split('\n').map((line) => line.trim().split(/\s+/)[0] ?? '');
  return names.filter((name) => name.startsWith(`${KEY_PREFIX}_`));
}

/**
 * Keys of the same branch stored before `newKey`, which `cache list` shows newest first. Only keys
 * listed after our own are removed, so a newer key a concurrent job stored always survives; when our
 * key is not listed (the store was skipped or failed) nothing is removed.
 */
export function staleKeys(listed: string[], storePrefix: string, newKey: string): string[] {
  const own = listed.indexOf(newKey);
  if (own < 0) return [];
  return listed.slice(own + 1).filter((name) => name.startsWith(storePrefix) && name !== newKey);
}
