// LAYERCACHE_COMPOSE_FILE: the snippet bakes every service of a Compose or bake file in one
// `docker buildx bake` instead of building one image. The shared options (registry cache ref,
// Semaphore's branch/PR/tag keys, registry login, push/load) come from fromSemaphoreEnv; the
// image's own settings live per service in the file. Pure.
import type { BakeOptionsInput } from '@layercache/sdk';
import { EnvReader, setInBake, sharedBakeOptions, type Env } from '@layercache/sdk/adapter';
import { fromSemaphoreEnv } from './env.js';

/** Settings that describe one image, whatever their value: a bake takes them from each service's file entry. */
const PER_SERVICE = Object.fromEntries([
  'LAYERCACHE_CONTEXT', 'LAYERCACHE_DOCKERFILE', 'LAYERCACHE_TARGET',
  'LAYERCACHE_TAGS', 'LAYERCACHE_PLATFORMS', 'LAYERCACHE_NETWORK',
].map((name) => [name, undefined]));

export function isBake(env: Env): boolean {
  return new EnvReader(env).get('LAYERCACHE_COMPOSE_FILE') !== undefined;
}

export function fromSemaphoreBakeEnv(env: Env): BakeOptionsInput {
  const reader = new EnvReader(env);
  // The local backend's cache CLI keys are per branch directory; a bake has one per service and branch.
  if (reader.get('LAYERCACHE_BACKEND') === 'local')
    reader.fail('LAYERCACHE_BACKEND', 'local is not supported with LAYERCACHE_COMPOSE_FILE',
      'use LAYERCACHE_BACKEND=registry with LAYERCACHE_CACHE_REF (or REGISTRY_URL + DOCKER_IMAGE_NAME): ' +
        'each service gets <ref>/<service>:<branch>');
  reader.throwIfAny();
  // LAYERCACHE_TAGS="," is an explicit empty tag list: the default image tag (and the build number
  // it needs) is not made, since each service's tags come from the file.
  const build = fromSemaphoreEnv({ ...env, LAYERCACHE_TAGS: ',' });
  if (build.cache?.backend !== 'registry')
    reader.fail('LAYERCACHE_CACHE_REF',
      "is not set and no registry is known, so the services' caches have nowhere to go",
      'set LAYERCACHE_CACHE_REF to a repository like registry.example.com/my-project/cache, or ' +
        'REGISTRY_URL + DOCKER_IMAGE_NAME, or SEMAPHORE_REGISTRY_URL');
  reader.throwIfAny();
  const files = reader.list('LAYERCACHE_COMPOSE_FILE');
  return { ...sharedBakeOptions(build), files, targets: reader.list('LAYERCACHE_COMPOSE_SERVICES') };
}

/** Per-image settings (and build args: LAYERCACHE_BUILD_ARG_*) set but doing nothing in a bake, for a warning. */
export function ignoredInBake(env: Env): string[] {
  const set = setInBake(env, PER_SERVICE);
  if (Object.keys(env).some((k) => k.startsWith('LAYERCACHE_BUILD_ARG_'))) set.push('LAYERCACHE_BUILD_ARG_*');
  return set;
}
