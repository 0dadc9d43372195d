// The orb's compose_file parameter: the build step bakes every service of a Compose or bake file
// in one `docker buildx bake` instead of building one image. The shared options (cache ref and
// backend, CircleCI's branch/PR/fork/tag keys, registry login, push/load, builder) come from
// fromCircleEnv; each service's tags, target, args and network live in the file. Pure.
import type { BakeOptionsInput } from '@layercache/sdk';
import { EnvReader, setInBake, sharedBakeOptions, type Env } from '@layercache/sdk/adapter';
import { fromCircleEnv } from './env.js';

/** Parameters that describe one image, with the value that means "not set". */
const PER_SERVICE = {
  LAYERCACHE_DOCKERFILE: undefined, LAYERCACHE_TARGET: undefined, LAYERCACHE_BUILD_ARGS: undefined,
  LAYERCACHE_PLATFORMS: undefined, LAYERCACHE_NETWORK: 'default', LAYERCACHE_CONTEXT: '.',
};

export function isBake(env: Env): boolean {
  return new EnvReader(env).list('LAYERCACHE_COMPOSE_FILE').length > 0;
}

/**
 * `image` stays required: without cache_ref it names the cache (`<image>-cache/<service>:<branch>`).
 * The per-build tags fromCircleEnv makes from it are not used: each service's tags come from the file.
 */
export function fromCircleBakeEnv(env: Env): BakeOptionsInput {
  const r = new EnvReader(env);
  return { ...sharedBakeOptions(fromCircleEnv(env)), files: r.list('LAYERCACHE_COMPOSE_FILE'), targets: r.list('LAYERCACHE_COMPOSE_SERVICES') };
}

/** Per-image parameters that are set but do nothing in a bake, for a warning. */
export function ignoredInBake(env: Env): string[] {
  return setInBake(env, PER_SERVICE);
}
