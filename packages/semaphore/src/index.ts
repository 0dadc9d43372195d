// @layercache/semaphore: maps a Semaphore job onto @layercache/sdk's cachedBuild().
export { fromSemaphoreEnv, SEMAPHORE_BACKENDS, type SemaphoreBackend } from './env.js';
export { localCacheSettings, type LocalCacheSettings } from './local-settings.js';
export { cacheCliKeys, keyPrefix, parseCacheList, staleKeys, type CacheCliKeys, type CacheCliKeyInput } from './cache-keys.js';
export { fromSemaphoreBakeEnv, ignoredInBake, isBake } from './bake-env.js';
export { main, semaphoreAdapter, type MainIo } from './main.js';
