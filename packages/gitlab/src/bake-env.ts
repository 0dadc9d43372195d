// GitLab CI -> a multi-service build (`layercache bake`): the compose_file input switches the job
// from one image to every service of a Compose or bake file. Everything shared (cache backend and
// ref, branch/MR/tag keys, registry logins, push) comes from the single-build mapping in env.ts;
// the image's own settings (tags, target, build args, network...) live per service in the file.
// Pure: the environment is a plain object.
import type { BakeOptionsInput, BuildOptionsInput } from '@layercache/sdk';
import { fromGitLabEnv, type Env } from './env.js';
import { listValue, value } from './inputs.js';

/** Inputs that describe one image: in a bake each service's build section sets them instead. */
const PER_SERVICE_INPUTS = ['LAYERCACHE_DOCKERFILE', 'LAYERCACHE_TARGET', 'LAYERCACHE_BUILD_ARGS', 'LAYERCACHE_SECRETS', 'LAYERCACHE_LABELS', 'LAYERCACHE_PLATFORMS'] as const;

/** True when the job should bake the compose_file input instead of building one image. */
export function isBake(env: Env): boolean {
  return value(env, 'LAYERCACHE_COMPOSE_FILE') !== undefined;
}

export function fromGitLabBakeEnv(env: Env): BakeOptionsInput {
  // Tags are per service in the file; the template's default tags input must not demand an image.
  const build = fromGitLabEnv({ ...env, LAYERCACHE_TAGS: '' });
  return {
    ...sharedOptions(build),
    files: listValue(env, 'LAYERCACHE_COMPOSE_FILE'),
    targets: listValue(env, 'LAYERCACHE_COMPOSE_SERVICES'),
  };
}

/** The single-build options a bake run shares across its services (the SDK's bake schema takes exactly these). */
export function sharedOptions(build: BuildOptionsInput): Omit<BakeOptionsInput, 'files' | 'targets'> {
  const { push, load, pull, noCache, builder, registryAuth, workspace, dockerPath, cache } = build;
  return Object.fromEntries(Object.entries({ push, load, pull, noCache, builder, registryAuth, workspace, dockerPath, cache }).filter(([, v]) => v !== undefined));
}

/** Per-image inputs that are set but have no effect in a bake, for a warning in the log. */
export function ignoredInBake(env: Env): string[] {
  const set: string[] = PER_SERVICE_INPUTS.filter((name) => value(env, name) !== undefined);
  const network = value(env, 'LAYERCACHE_NETWORK');
  if (network !== undefined && network !== 'default') set.push('LAYERCACHE_NETWORK');
  return set;
}
