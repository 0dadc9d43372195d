// `layercache-gitlab prune [ARGS...]`: the SDK's `layercache prune` with what GitLab knows: the
// job's registry login, the cache ref the build job uses ($CI_REGISTRY_IMAGE/cache unless
// cache_ref says otherwise), the cache dir, and CI_DEFAULT_BRANCH. ARGS are prune's own flags.
import type { PruneOptionsInput } from '@layercache/sdk';
import { fromGitLabEnv, type Env } from './env.js';

export function pruneBase(env: Env): Partial<PruneOptionsInput> {
  const options = fromGitLabEnv(env);
  const backend = options.cache?.backend ?? 'registry';
  return {
    backend: backend === 'auto' || backend === 'none' ? 'registry' : backend,
    ref: options.cache?.ref,
    dir: options.cache?.dir,
    registryAuth: options.registryAuth,
    defaultBranch: options.cache?.keys?.defaultBranch,
  };
}
