// fromSemaphoreEnv: a Semaphore job's environment -> cachedBuild() options. Pure: no I/O, no
// process.env; every bad or missing variable is reported by name in one ConfigError. The settings
// (all optional LAYERCACHE_* variables in the job's env_vars) are listed in docs/semaphore.md.
import { parseOptions, type BuildOptionsInput } from '@layercache/sdk';
import { definedOnly, EnvReader, prefixedEntries, renamedSync, sharedCacheSettings } from '@layercache/sdk/adapter';
import type { Env, OptionNames } from '@layercache/sdk/adapter';
import { semaphoreCacheKeys } from './git-keys.js';
import { imageSettings, semaphoreRegistryAuth } from './registry.js';

export const SEMAPHORE_BACKENDS = ['registry', 'local'] as const;
export type SemaphoreBackend = (typeof SEMAPHORE_BACKENDS)[number];

const BUILD_ARG_PREFIX = 'LAYERCACHE_BUILD_ARG_';

/** Option path -> variable, for the SDK's errors (tags and cache.ref: see semaphoreNames). */
export const SEMAPHORE_NAMES: OptionNames = {
  context: 'LAYERCACHE_CONTEXT',
  dockerfile: 'LAYERCACHE_DOCKERFILE',
  target: 'LAYERCACHE_TARGET',
  tags: 'LAYERCACHE_TAGS',
  platforms: 'LAYERCACHE_PLATFORMS',
  buildArgs: `${BUILD_ARG_PREFIX}*`,
  registryAuth: 'SEMAPHORE_REGISTRY_URL',
  'cache.ref': 'LAYERCACHE_CACHE_REF',
  'cache.dir': 'LAYERCACHE_CACHE_DIR',
  'cache.timeout': 'LAYERCACHE_CACHE_TIMEOUT',
  'cache.mounts': 'LAYERCACHE_CACHE_MOUNTS',
  'cache.mountsMaxSizeMb': 'LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB',
  'cache.keys.defaultBranch': 'LAYERCACHE_DEFAULT_BRANCH',
  'cache.keys.branch': 'SEMAPHORE_GIT_BRANCH',
  'cache.keys.prTargetBranch': 'SEMAPHORE_GIT_BRANCH',
  'cache.keys.prSourceBranch': 'SEMAPHORE_GIT_PR_BRANCH',
  'cache.keys.prId': 'SEMAPHORE_GIT_PR_NUMBER',
  'cache.keys.tag': 'SEMAPHORE_GIT_TAG_NAME',
};

/** The mapping checked by the SDK too, its errors named by the variables the options came from. */
export function fromSemaphoreEnv(env: Env): BuildOptionsInput {
  const options = semaphoreOptions(env);
  renamedSync(semaphoreNames(env), () => parseOptions(options));
  return options;
}

/** Option path -> variable; tags and cache.ref name the image setting they were made from. */
export function semaphoreNames(env: Env): OptionNames {
  const { tags, cacheRef } = imageSettings(new EnvReader(env));
  return { ...SEMAPHORE_NAMES, tags: tags.name, 'cache.ref': cacheRef?.name ?? 'LAYERCACHE_CACHE_REF' };
}

/** Semaphore's env -> options, checked for Semaphore's own rules: the runner parses them once, after. */
export function semaphoreOptions(env: Env): BuildOptionsInput {
  const reader = new EnvReader(env);
  const image = imageSettings(reader);
  const keys = semaphoreCacheKeys(reader);
  const cacheRef = image.cacheRef?.value;
  const backend =
    reader.oneOf('LAYERCACHE_BACKEND', SEMAPHORE_BACKENDS) ?? (cacheRef !== undefined ? 'registry' : 'local');
  if (backend === 'registry' && cacheRef === undefined)
    reader.fail('LAYERCACHE_CACHE_REF',
      'is not set and no registry is known, so the registry backend has nowhere to keep the cache',
      'set LAYERCACHE_CACHE_REF, or REGISTRY_URL + DOCKER_IMAGE_NAME, or SEMAPHORE_REGISTRY_URL; ' +
        'or use LAYERCACHE_BACKEND=local');
  const options: BuildOptionsInput = {
    context: reader.get('LAYERCACHE_CONTEXT') ?? '.',
    ...definedOnly({ dockerfile: reader.get('LAYERCACHE_DOCKERFILE'), target: reader.get('LAYERCACHE_TARGET') }),
    tags: image.tags.value,
    platforms: reader.list('LAYERCACHE_PLATFORMS'),
    buildArgs: prefixedEntries(env, BUILD_ARG_PREFIX),
    push: reader.bool('LAYERCACHE_PUSH') ?? false,
    load: reader.bool('LAYERCACHE_LOAD') ?? false,
    network: reader.oneOf('LAYERCACHE_NETWORK', ['default', 'none', 'host'] as const) ?? 'default',
    registryAuth: semaphoreRegistryAuth(reader),
    cache: {
      backend,
      ...(backend === 'registry'
        ? definedOnly({ ref: cacheRef })
        : { dir: localCacheDir(reader), local: { keep: 0 } }),
      mode: reader.oneOf('LAYERCACHE_CACHE_MODE', ['min', 'max'] as const) ?? 'max',
      write: reader.oneOf('LAYERCACHE_CACHE_WRITE', ['auto', 'always', 'never'] as const) ?? 'auto',
      ...sharedCacheSettings(reader, SEMAPHORE_NAMES),
      keys,
    },
  };
  reader.throwIfAny();
  return options;
}

/**
 * The local cache lives outside the checkout: inside the build context it would be sent to the
 * builder and change every `COPY .` checksum. A fresh Semaphore VM has only what `cache restore` put back.
 */
function localCacheDir(reader: EnvReader): string {
  const home = reader.get('HOME')?.replace(/\/+$/, '');
  return reader.get('LAYERCACHE_CACHE_DIR') ?? (home !== undefined ? `${home}/.cache/layercache` : '/tmp/layercache');
}
