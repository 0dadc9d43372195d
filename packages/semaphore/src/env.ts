// fromSemaphoreEnv: a Semaphore job's environment -> cachedBuild() options. Pure: no I/O, no
// process.env; every bad or missing variable is reported by name in one ConfigError. The settings
// (all optional LAYERCACHE_* variables in the job's env_vars) are listed in docs/semaphore.md.
import path from 'node:path';
import { parseOptions, type BuildOptionsInput } from '@layercache/sdk';
import { optionNames, prefixedEntries, readOptionTable, renamedSync, withTable } from '@layercache/sdk/adapter';
import { EnvReader, type Env, type OptionNames, type OptionTable } from '@layercache/sdk/adapter';
import { semaphoreCacheKeys } from './git-keys.js';
import { imageSettings, semaphoreRegistryAuth } from './registry.js';

export const SEMAPHORE_BACKENDS = ['registry', 'local'] as const;
export type SemaphoreBackend = (typeof SEMAPHORE_BACKENDS)[number];

/** The plain settings: option path -> [variable, kind, default]. */
const TABLE: OptionTable = {
  context: ['LAYERCACHE_CONTEXT', 'string', '.'],
  dockerfile: ['LAYERCACHE_DOCKERFILE'],
  target: ['LAYERCACHE_TARGET'],
  platforms: ['LAYERCACHE_PLATFORMS', 'list'],
  push: ['LAYERCACHE_PUSH', 'bool', false],
  load: ['LAYERCACHE_LOAD', 'bool', false],
  'cache.timeout': ['LAYERCACHE_CACHE_TIMEOUT'],
  'cache.mounts': ['LAYERCACHE_CACHE_MOUNTS'],
  'cache.mountsMaxSizeMb': ['LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB', 'int'],
  'cache.keys.defaultBranch': ['LAYERCACHE_DEFAULT_BRANCH'],
};

/** The mapping checked by the SDK too, its errors named by the variables the options came from. */
export function fromSemaphoreEnv(env: Env, cwd?: string): BuildOptionsInput {
  const options = semaphoreOptions(env, cwd);
  renamedSync(semaphoreNames(env), () => parseOptions(options));
  return options;
}

/** Option path -> variable; tags and cache.ref name the image setting they were made from. */
export function semaphoreNames(env: Env): OptionNames {
  const { tags, cacheRef } = imageSettings(new EnvReader(env));
  return optionNames(TABLE, {
    tags: tags.name,
    buildArgs: 'LAYERCACHE_BUILD_ARG_*',
    registryAuth: 'SEMAPHORE_REGISTRY_URL',
    'cache.ref': cacheRef?.name ?? 'LAYERCACHE_CACHE_REF',
    'cache.dir': 'LAYERCACHE_CACHE_DIR',
    'cache.keys.branch': 'SEMAPHORE_GIT_BRANCH',
    'cache.keys.prTargetBranch': 'SEMAPHORE_GIT_BRANCH',
    'cache.keys.prSourceBranch': 'SEMAPHORE_GIT_PR_BRANCH',
    'cache.keys.prId': 'SEMAPHORE_GIT_PR_NUMBER',
    'cache.keys.tag': 'SEMAPHORE_GIT_TAG_NAME',
  });
}

/**
 * Semaphore's env -> options, checked for Semaphore's own rules: the runner parses them once, after.
 * With `cwd`, a relative local cache directory is taken from the job's directory.
 */
export function semaphoreOptions(env: Env, cwd?: string): BuildOptionsInput {
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
  const options = withTable(readOptionTable(reader, TABLE), {
    tags: image.tags.value,
    buildArgs: prefixedEntries(env, 'LAYERCACHE_BUILD_ARG_'),
    network: reader.oneOf('LAYERCACHE_NETWORK', ['default', 'none', 'host'] as const) ?? 'default',
    registryAuth: semaphoreRegistryAuth(reader),
    cache: {
      backend,
      ...(backend === 'registry' ? { ref: cacheRef } : { dir: localCacheDir(reader, cwd), local: { keep: 0 } }),
      mode: reader.oneOf('LAYERCACHE_CACHE_MODE', ['min', 'max'] as const) ?? 'max',
      write: reader.oneOf('LAYERCACHE_CACHE_WRITE', ['auto', 'always', 'never'] as const) ?? 'auto',
      keys,
    },
  } satisfies BuildOptionsInput);
  reader.throwIfAny();
  return options;
}

/**
 * The local cache lives outside the checkout: inside the build context it would be sent to the
 * builder and change every `COPY .` checksum. A fresh Semaphore VM has only what `cache restore` put back.
 */
function localCacheDir(reader: EnvReader, cwd: string | undefined): string {
  const home = reader.get('HOME')?.replace(/\/+$/, '');
  const fallback = home !== undefined ? `${home}/.cache/layercache` : '/tmp/layercache';
  const dir = reader.get('LAYERCACHE_CACHE_DIR') ?? fallback;
  return cwd === undefined ? dir : path.resolve(cwd, dir);
}
