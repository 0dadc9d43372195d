// The orb's compose_file parameter: the build step bakes every service of a Compose or bake file
// in one `docker buildx bake` instead of building one image. The shared options (cache ref and
// backend, CircleCI's branch/PR/fork/tag keys, registry login, push/load, builder) come from
// fromCircleEnv; each service's tags, target, args and network live in the file. Pure.
import type { BakeOptionsInput } from '@layercache/sdk';
import { fromCircleEnv, type Env } from './env.js';

/** Parameters that describe one image: a bake takes them from each service's build section. */
const PER_SERVICE = ['LAYERCACHE_DOCKERFILE', 'LAYERCACHE_TARGET', 'LAYERCACHE_BUILD_ARGS', 'LAYERCACHE_PLATFORMS'] as const;

const names = (raw: string | undefined): string[] => (raw ?? '').split(/[\s,]+/).filter(Boolean);

export function isBake(env: Env): boolean {
  return names(env.LAYERCACHE_COMPOSE_FILE).length > 0;
}

/**
 * `image` stays required: without cache_ref it names the cache (`<image>-cache/<service>:<branch>`).
 * The per-build tags fromCircleEnv makes from it are not used: each service's tags come from the file.
 */
export function fromCircleBakeEnv(env: Env): BakeOptionsInput {
  const { push, load, builder, registryAuth, cache } = fromCircleEnv(env);
  const shared = Object.fromEntries(Object.entries({ push, load, builder, registryAuth, cache }).filter(([, v]) => v !== undefined));
  return { ...shared, files: names(env.LAYERCACHE_COMPOSE_FILE), targets: names(env.LAYERCACHE_COMPOSE_SERVICES) };
}

/** Per-image parameters that are set but do nothing in a bake, for a warning. */
export function ignoredInBake(env: Env): string[] {
  const set: string[] = PER_SERVICE.filter((name) => env[name]?.trim());
  const network = env.LAYERCACHE_NETWORK?.trim();
  if (network && network !== 'default') set.push('LAYERCACHE_NETWORK');
  const context = env.LAYERCACHE_CONTEXT?.trim();
  if (context && context !== '.') set.push('LAYERCACHE_CONTEXT');
  return set;
}
