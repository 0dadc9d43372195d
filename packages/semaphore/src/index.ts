// @layercache/semaphore: maps a Semaphore job onto @layercache/sdk's cachedBuild().
export { fromSemaphoreEnv, SEMAPHORE_BACKENDS, type SemaphoreBackend } from './env.js';
export { cacheCliKeys, keyPrefix, localCacheSettings, parseCacheList, staleKeys } from './cache-keys.js';
export type { CacheCliKeys, CacheCliKeyInput, LocalCacheSettings } from './cache-keys.js';
export { fromSemaphoreBakeEnv, ignoredInBake, isBake } from './bake-env.js';
export { main, semaphoreAdapter, type MainIo } from './main.js';
