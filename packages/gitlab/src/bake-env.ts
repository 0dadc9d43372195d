// GitLab CI -> a multi-service build (`layercache bake`): the compose_file input switches the job
// from one image to every service of a Compose or bake file. Everything shared (cache backend and
// ref, branch/MR/tag keys, registry logins, push) comes from the single-build mapping in env.ts;
// the image's own settings (tags, target, build args, network...) live per service in the file. Pure.
import type { BakeOptionsInput } from '@layercache/sdk';
import { EnvReader, setInBake, sharedBakeOptions, type Env } from '@layercache/sdk/adapter';
import { fromGitLabEnv } from './env.js';

/** Inputs that describe one image, with the value that means "not set": in a bake each service sets them. */
const PER_SERVICE = {
  LAYERCACHE_DOCKERFILE: undefined, LAYERCACHE_TARGET: undefined, LAYERCACHE_BUILD_ARGS: undefined, LAYERCACHE_SECRETS: undefined,
  LAYERCACHE_LABELS: undefined, LAYERCACHE_PLATFORMS: undefined, LAYERCACHE_NETWORK: 'default',
};

/** True when the job should bake the compose_file input instead of building one image. */
export function isBake(env: Env): boolean {
  return new EnvReader(env).get('LAYERCACHE_COMPOSE_FILE') !== undefined;
}

export function fromGitLabBakeEnv(env: Env): BakeOptionsInput {
  // Tags are per service in the file; the template's default tags input must not demand an image.
  const build = fromGitLabEnv({ ...env, LAYERCACHE_TAGS: '' });
  const r = new EnvReader(env);
  return { ...sharedBakeOptions(build), files: r.list('LAYERCACHE_COMPOSE_FILE'), targets: r.list('LAYERCACHE_COMPOSE_SERVICES') };
}

/** Per-image inputs that are set but have no effect in a bake, for a warning in the log. */
export function ignoredInBake(env: Env): string[] {
  return setInBake(env, PER_SERVICE);
}
