// What the cache-CLI keys need beyond the SDK's branch slugs: a scope (one project may cache
// several images) and the job id that makes each stored key unique. Pure.
import { EnvReader, type Env } from '@layercache/sdk/adapter';
import { sharedImageName } from './registry.js';

export interface LocalCacheSettings {
  scope: string;
  jobId: string;
}

export function localCacheSettings(env: Env): LocalCacheSettings {
  const reader = new EnvReader(env);
  const scope = reader.first('LAYERCACHE_CACHE_SCOPE', 'DOCKER_IMAGE_NAME', 'LAYERCACHE_TARGET');
  // Semaphore never overwrites a cache key, and parallel jobs storing one key can corrupt it:
  // the job id gives every job its own key.
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
