// GitLab CI -> layercache: maps GitLab's predefined variables and the component's inputs
// (LAYERCACHE_* job variables) onto the SDK's BuildOptionsInput. Pure: the environment is a
// plain object, nothing is read from process.env or disk here.
//
// GitLab facts used (docs.gitlab.com/ci/variables/predefined_variables):
//   branch pipelines:   CI_COMMIT_BRANCH (unset in MR and tag pipelines), CI_COMMIT_REF_NAME, CI_DEFAULT_BRANCH
//   MR pipelines:       CI_PIPELINE_SOURCE=merge_request_event, CI_MERGE_REQUEST_IID,
//                       CI_MERGE_REQUEST_SOURCE_BRANCH_NAME / _TARGET_BRANCH_NAME (not slugified: the SDK does it),
//                       CI_MERGE_REQUEST_SOURCE_PROJECT_ID vs CI_MERGE_REQUEST_PROJECT_ID (differ for forks)
//   tag pipelines:      CI_COMMIT_TAG
//   registry:           CI_REGISTRY, CI_REGISTRY_IMAGE, CI_REGISTRY_USER / CI_REGISTRY_PASSWORD, CI_JOB_TOKEN
import type { BuildOptionsInput } from '@layercache/sdk';
import { definedOnly, EnvReader, sharedCacheSettings, type Env } from '@layercache/sdk/adapter';
import { OPTION_SOURCES } from './validate.js';

export type { Env } from '@layercache/sdk/adapter';

type Cache = NonNullable<BuildOptionsInput['cache']>;
type CacheKeysInput = NonNullable<Cache['keys']>;

/** Backends whose cache lives in a registry repository and so need a cache ref. */
const REF_BACKENDS = new Set(['registry', 'inline']);
/** A bare docker tag (no repository part): `latest`, `1.2.3`, `$CI_COMMIT_SHORT_SHA`. */
const BARE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function fromGitLabEnv(env: Env): BuildOptionsInput {
  const r = new EnvReader(env);
  const backend = r.get('LAYERCACHE_BACKEND') as Cache['backend'];
  const options: BuildOptionsInput = definedOnly({
    context: r.get('LAYERCACHE_CONTEXT') ?? '.',
    tags: imageTags(r),
    buildArgs: r.pairs('LAYERCACHE_BUILD_ARGS'),
    labels: r.pairs('LAYERCACHE_LABELS'),
    secrets: r.secrets('LAYERCACHE_SECRETS'),
    platforms: r.list('LAYERCACHE_PLATFORMS'),
    registryAuth: registryAuth(r),
    dockerfile: r.get('LAYERCACHE_DOCKERFILE'),
    target: r.get('LAYERCACHE_TARGET'),
    builder: r.get('LAYERCACHE_BUILDER'),
    network: r.get('LAYERCACHE_NETWORK') as BuildOptionsInput['network'],
    push: r.bool('LAYERCACHE_PUSH'),
    load: r.bool('LAYERCACHE_LOAD'),
    pull: r.bool('LAYERCACHE_PULL'),
    noCache: r.bool('LAYERCACHE_NO_CACHE'),
    workspace: r.get('CI_PROJECT_DIR'),
    cache: definedOnly({
      keys: cacheKeys(r),
      extraFrom: r.list('LAYERCACHE_CACHE_FROM'),
      extraTo: r.list('LAYERCACHE_CACHE_TO'),
      backend,
      ref: cacheRef(r, backend),
      dir: r.get('LAYERCACHE_CACHE_DIR') ?? (backend === 'local' ? '.layercache/cache' : undefined),
      mode: r.get('LAYERCACHE_CACHE_MODE') as Cache['mode'],
      write: r.get('LAYERCACHE_CACHE_WRITE') as Cache['write'],
      strict: r.bool('LAYERCACHE_CACHE_STRICT'),
      ...sharedCacheSettings(r, OPTION_SOURCES),
    }),
  });
  r.throwIfAny();
  return options;
}

/** The CI facts the SDK turns into read fallbacks and the write decision. */
function cacheKeys(r: EnvReader): CacheKeysInput {
  const keys: CacheKeysInput = {};
  const defaultBranch = r.get('CI_DEFAULT_BRANCH');
  if (defaultBranch === undefined)
    r.missing(
      'CI_DEFAULT_BRANCH',
      'run inside GitLab CI, or set CI_DEFAULT_BRANCH to the default branch name (e.g. main)',
    );
  else keys.defaultBranch = defaultBranch;
  const sha = r.get('CI_COMMIT_SHA');
  if (sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha)) keys.sha = sha;

  const source = r.get('CI_PIPELINE_SOURCE');
  if (r.get('CI_MERGE_REQUEST_IID') !== undefined || source === 'merge_request_event') {
    return {
      ...keys,
      ...requestKeys(
        r,
        'CI_MERGE_REQUEST',
        'SOURCE_PROJECT_ID',
        'PROJECT_ID',
        'merge request pipelines (rules: if: $CI_PIPELINE_SOURCE == "merge_request_event")',
      ),
    };
  }
  // GitHub pull requests of a GitLab project mirrored from GitHub ("CI/CD for external repositories").
  if (r.get('CI_EXTERNAL_PULL_REQUEST_IID') !== undefined || source === 'external_pull_request_event') {
    return {
      ...keys,
      ...requestKeys(
        r,
        'CI_EXTERNAL_PULL_REQUEST',
        'SOURCE_REPOSITORY',
        'TARGET_REPOSITORY',
        'external pull request pipelines',
      ),
    };
  }
  const tag = r.get('CI_COMMIT_TAG');
  if (tag !== undefined) return { ...keys, tag };

  const branch = r.first('CI_COMMIT_BRANCH', 'CI_COMMIT_REF_NAME', 'CI_COMMIT_REF_SLUG')?.value;
  if (branch === undefined)
    r.missing(
      'CI_COMMIT_BRANCH',
      'GitLab sets CI_COMMIT_BRANCH (or CI_COMMIT_REF_NAME) in branch pipelines; set one of them when running elsewhere',
    );
  else keys.branch = branch;
  return keys;
}

/**
 * A merge request (or external pull request): `<prefix>_IID`, `_SOURCE_BRANCH_NAME`, `_TARGET_BRANCH_NAME`.
 * A fork's request: its source project differs from the target's. Both ids absent (very old GitLab)
 * means "not a fork"; only one present is treated as a fork (read-only is the safe side).
 */
function requestKeys(r: EnvReader, prefix: string, sourceId: string, targetId: string, where: string): CacheKeysInput {
  const hint = `GitLab sets it in ${where}`;
  const [iid, sourceBranch, targetBranch] = ['IID', 'SOURCE_BRANCH_NAME', 'TARGET_BRANCH_NAME'].map((suffix) => {
    const v = r.get(`${prefix}_${suffix}`);
    if (v === undefined) r.missing(`${prefix}_${suffix}`, hint);
    return v;
  });
  const source = r.get(`${prefix}_${sourceId}`);
  const target = r.get(`${prefix}_${targetId}`);
  const fork = (source !== undefined || target !== undefined) && source !== target;
  return { branch: sourceBranch, prSourceBranch: sourceBranch, prTargetBranch: targetBranch, prId: iid, fork };
}

/** `${CI_REGISTRY_IMAGE}/cache` unless the cache_ref input says otherwise. */
function cacheRef(r: EnvReader, backend: string | undefined): string | undefined {
  const explicit = r.get('LAYERCACHE_CACHE_REF');
  if (explicit !== undefined) return explicit;
  const registryImage = r.get('CI_REGISTRY_IMAGE');
  if (registryImage !== undefined)
    return backend === undefined || REF_BACKENDS.has(backend) || backend === 'auto'
      ? `${registryImage}/cache`
      : undefined;
  if (backend !== undefined && REF_BACKENDS.has(backend)) {
    r.missing(
      'CI_REGISTRY_IMAGE',
      "enable the project's container registry, or set the cache_ref input (LAYERCACHE_CACHE_REF) to a repository like registry.example.com/group/app/cache",
    );
  }
  return undefined;
}

/** Tags: bare tags (`latest`) go under the image input; full references are kept as they are. */
function imageTags(r: EnvReader): string[] {
  const image = r.get('LAYERCACHE_IMAGE');
  const tags: string[] = [];
  for (const tag of r.list('LAYERCACHE_TAGS')) {
    if (!BARE_TAG.test(tag)) tags.push(tag);
    else if (image !== undefined) tags.push(`${image}:${tag}`);
    else
      r.fail(
        'LAYERCACHE_IMAGE',
        `is empty, so the bare tag "${tag}" has no repository`,
        'set the image input (e.g. $CI_REGISTRY_IMAGE) or give full references in tags',
      );
  }
  return tags;
}

/** Registry logins: the project's registry (job credentials) and the dependency proxy. Secrets stay in options. */
function registryAuth(r: EnvReader): NonNullable<BuildOptionsInput['registryAuth']> {
  if (r.bool('LAYERCACHE_REGISTRY_LOGIN') === false) return [];
  const auth: NonNullable<BuildOptionsInput['registryAuth']> = [];
  const registry = r.get('CI_REGISTRY');
  if (registry !== undefined) {
    const user = r.get('CI_REGISTRY_USER');
    const password = r.get('CI_REGISTRY_PASSWORD');
    const jobToken = r.get('CI_JOB_TOKEN');
    const both = 'set both, or neither to log in with CI_JOB_TOKEN';
    if (user !== undefined && password !== undefined) auth.push({ registry, username: user, password });
    else if (user !== undefined) r.missing('CI_REGISTRY_PASSWORD', `CI_REGISTRY_USER is set without it: ${both}`);
    else if (password !== undefined) r.missing('CI_REGISTRY_USER', `CI_REGISTRY_PASSWORD is set without it: ${both}`);
    else if (jobToken !== undefined) auth.push({ registry, username: 'gitlab-ci-token', password: jobToken });
  }
  const proxy = r.get('CI_DEPENDENCY_PROXY_SERVER');
  const proxyUser = r.get('CI_DEPENDENCY_PROXY_USER');
  const proxyPassword = r.get('CI_DEPENDENCY_PROXY_PASSWORD');
  if (proxy !== undefined && proxyUser !== undefined && proxyPassword !== undefined && proxy !== registry) {
    auth.push({ registry: proxy, username: proxyUser, password: proxyPassword });
  }
  return auth;
}
