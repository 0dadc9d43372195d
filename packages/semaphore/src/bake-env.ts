// LAYERCACHE_COMPOSE_FILE: the snippet bakes every service of a Compose or bake file in one
// `docker buildx bake` instead of building one image. The shared options (registry cache ref,
// Semaphore's branch/PR/tag keys, registry login, push/load) come from fromSemaphoreEnv; the
// image's own settings live per service in the file. Pure.
import { ConfigError, type BakeOptionsInput } from '@layercache/sdk';
import { EnvReader, setInBake, type Env } from '@layercache/sdk/adapter';
import { fromSemaphoreEnv } from './env.js';

/** Settings that describe one image: a bake takes them from each service's build section. */
const PER_SERVICE = {
  LAYERCACHE_CONTEXT: undefined,
  LAYERCACHE_DOCKERFILE: undefined,
  LAYERCACHE_TARGET: undefined,
  LAYERCACHE_TAGS: undefined,
  LAYERCACHE_PLATFORMS: undefined,
  LAYERCACHE_NETWORK: undefined,
};

export function isBake(env: Env): boolean {
  return new EnvReader(env).get('LAYERCACHE_COMPOSE_FILE') !== undefined;
}

export function fromSemaphoreBakeEnv(env: Env): BakeOptionsInput {
  const reader = new EnvReader(env);
  // The local backend's cache CLI keys are per branch directory; a bake has one per service and branch.
  if (reader.get('LAYERCACHE_BACKEND') === 'local') {
    throw new ConfigError([
      {
        path: 'LAYERCACHE_BACKEND',
        message: 'local is not supported with LAYERCACHE_COMPOSE_FILE',
        hint: 'use LAYERCACHE_BACKEND=registry with LAYERCACHE_CACHE_REF (or REGISTRY_URL + DOCKER_IMAGE_NAME): each service gets <ref>/<service>:<branch>',
      },
    ]);
  }
  // LAYERCACHE_TAGS="," is an explicit empty tag list: the default image tag (and the build number
  // it needs) is not made, since each service's tags come from the file.
  const build = fromSemaphoreEnv({ ...env, LAYERCACHE_TAGS: ',' });
  if (build.cache?.backend !== 'registry') {
    throw new ConfigError([
      {
        path: 'LAYERCACHE_CACHE_REF',
        message: "is not set and no registry is known, so the services' caches have nowhere to go",
        hint: 'set LAYERCACHE_CACHE_REF to a repository like registry.example.com/my-project/cache, or ' +
          'REGISTRY_URL + DOCKER_IMAGE_NAME, or SEMAPHORE_REGISTRY_URL',
      },
    ]);
  }
  const { push, load, registryAuth, cache } = build;
  return {
    push,
    load,
    registryAuth,
    cache,
    files: reader.list('LAYERCACHE_COMPOSE_FILE'),
    targets: reader.list('LAYERCACHE_COMPOSE_SERVICES'),
  };
}

/** Per-image settings that are set but do nothing in a bake (and build args: LAYERCACHE_BUILD_ARG_*), for a warning. */
export function ignoredInBake(env: Env): string[] {
  const set = setInBake(env, PER_SERVICE);
  if (Object.keys(env).some((k) => k.startsWith('LAYERCACHE_BUILD_ARG_'))) set.push('LAYERCACHE_BUILD_ARG_*');
  return set;
}
