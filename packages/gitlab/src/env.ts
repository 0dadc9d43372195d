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
import type { BuildOptionsInput, ConfigIssue } from '@layercache/sdk';
import { booleanValue, listValue, pairsValue, secretsValue, throwIfIssues, value, type Env } from './inputs.js';

export type { Env } from './inputs.js';

type CacheKeysInput = NonNullable<NonNullable<BuildOptionsInput['cache']>['keys']>;
type BackendInput = NonNullable<NonNullable<BuildOptionsInput['cache']>['backend']>;

/** Backends whose cache lives in a registry repository and so need a cache ref. */
const REF_BACKENDS = new Set(['registry', 'inline']);
/** A bare docker tag (no repository part): `latest`, `1.2.3`, `$CI_COMMIT_SHORT_SHA`. */
const BARE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function fromGitLabEnv(env: Env): BuildOptionsInput {
  const issues: ConfigIssue[] = [];
  const keys = cacheKeys(env, issues);
  const backend = value(env, 'LAYERCACHE_BACKEND') as BackendInput | undefined;
  const options: BuildOptionsInput = {
    context: value(env, 'LAYERCACHE_CONTEXT') ?? '.',
    tags: imageTags(env, issues),
    buildArgs: pairsValue(env, 'LAYERCACHE_BUILD_ARGS', issues),
    labels: pairsValue(env, 'LAYERCACHE_LABELS', issues),
    secrets: secretsValue(env, 'LAYERCACHE_SECRETS', issues),
    platforms: listValue(env, 'LAYERCACHE_PLATFORMS'),
    registryAuth: registryAuth(env, issues),
    cache: {
      keys,
      extraFrom: listValue(env, 'LAYERCACHE_CACHE_FROM'),
      extraTo: listValue(env, 'LAYERCACHE_CACHE_TO'),
    },
  };
  assign(options, 'dockerfile', value(env, 'LAYERCACHE_DOCKERFILE'));
  assign(options, 'target', value(env, 'LAYERCACHE_TARGET'));
  assign(options, 'builder', value(env, 'LAYERCACHE_BUILDER'));
  assign(options, 'network', value(env, 'LAYERCACHE_NETWORK') as BuildOptionsInput['network']);
  assign(options, 'push', booleanValue(env, 'LAYERCACHE_PUSH', issues));
  assign(options, 'load', booleanValue(env, 'LAYERCACHE_LOAD', issues));
  assign(options, 'pull', booleanValue(env, 'LAYERCACHE_PULL', issues));
  assign(options, 'noCache', booleanValue(env, 'LAYERCACHE_NO_CACHE', issues));
  assign(options, 'workspace', value(env, 'CI_PROJECT_DIR'));

  const cache = options.cache!;
  assign(cache, 'backend', backend);
  assign(cache, 'ref', cacheRef(env, backend, issues));
  assign(cache, 'dir', value(env, 'LAYERCACHE_CACHE_DIR') ?? (backend === 'local' ? '.layercache/cache' : undefined));
  assign(cache, 'mode', value(env, 'LAYERCACHE_CACHE_MODE') as 'min' | 'max' | undefined);
  assign(cache, 'write', value(env, 'LAYERCACHE_CACHE_WRITE') as 'auto' | 'always' | 'never' | undefined);
  assign(cache, 'strict', booleanValue(env, 'LAYERCACHE_CACHE_STRICT', issues));
  assign(cache, 'timeout', value(env, 'LAYERCACHE_CACHE_TIMEOUT'));

  throwIfIssues(issues);
  return options;
}

/** The CI facts the SDK turns into read fallbacks and the write decision. */
function cacheKeys(env: Env, issues: ConfigIssue[]): CacheKeysInput {
  const keys: CacheKeysInput = {};
  const defaultBranch = value(env, 'CI_DEFAULT_BRANCH');
  if (defaultBranch === undefined) {
    issues.push(missing('CI_DEFAULT_BRANCH', 'run inside GitLab CI, or set CI_DEFAULT_BRANCH to the default branch name (e.g. main)'));
  } else keys.defaultBranch = defaultBranch;
  const sha = value(env, 'CI_COMMIT_SHA');
  if (sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha)) keys.sha = sha;

  const source = value(env, 'CI_PIPELINE_SOURCE');
  if (value(env, 'CI_MERGE_REQUEST_IID') !== undefined || source === 'merge_request_event') {
    return { ...keys, ...mergeRequestKeys(env, issues) };
  }
  if (value(env, 'CI_EXTERNAL_PULL_REQUEST_IID') !== undefined || source === 'external_pull_request_event') {
    return { ...keys, ...externalPullRequestKeys(env, issues) };
  }
  const tag = value(env, 'CI_COMMIT_TAG');
  if (tag !== undefined) return { ...keys, tag };

  const branch = value(env, 'CI_COMMIT_BRANCH') ?? value(env, 'CI_COMMIT_REF_NAME') ?? value(env, 'CI_COMMIT_REF_SLUG');
  if (branch === undefined) {
    issues.push(missing('CI_COMMIT_BRANCH', 'GitLab sets CI_COMMIT_BRANCH (or CI_COMMIT_REF_NAME) in branch pipelines; set one of them when running elsewhere'));
  } else keys.branch = branch;
  return keys;
}

function mergeRequestKeys(env: Env, issues: ConfigIssue[]): CacheKeysInput {
  const iid = value(env, 'CI_MERGE_REQUEST_IID');
  const sourceBranch = value(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME');
  const targetBranch = value(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME');
  const hint = 'GitLab sets it in merge request pipelines (rules: if: $CI_PIPELINE_SOURCE == "merge_request_event")';
  if (iid === undefined) issues.push(missing('CI_MERGE_REQUEST_IID', hint));
  if (sourceBranch === undefined) issues.push(missing('CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', hint));
  if (targetBranch === undefined) issues.push(missing('CI_MERGE_REQUEST_TARGET_BRANCH_NAME', hint));
  // A fork's MR: its source project differs from the project that owns the MR. Both ids absent
  // (very old GitLab) means "not a fork"; only one present is treated as a fork (read-only is the safe side).
  const sourceProject = value(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
  const mrProject = value(env, 'CI_MERGE_REQUEST_PROJECT_ID');
  const fork = (sourceProject !== undefined || mrProject !== undefined) && sourceProject !== mrProject;
  return { branch: sourceBranch, prSourceBranch: sourceBranch, prTargetBranch: targetBranch, prId: iid, fork };
}

/** GitHub pull requests of a GitLab project mirrored from GitHub ("CI/CD for external repositories"). */
function externalPullRequestKeys(env: Env, issues: ConfigIssue[]): CacheKeysInput {
  const iid = value(env, 'CI_EXTERNAL_PULL_REQUEST_IID');
  const sourceBranch = value(env, 'CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME');
  const targetBranch = value(env, 'CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME');
  const hint = 'GitLab sets it in external pull request pipelines';
  if (iid === undefined) issues.push(missing('CI_EXTERNAL_PULL_REQUEST_IID', hint));
  if (sourceBranch === undefined) issues.push(missing('CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME', hint));
  if (targetBranch === undefined) issues.push(missing('CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME', hint));
  const sourceRepo = value(env, 'CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY');
  const targetRepo = value(env, 'CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY');
  const fork = (sourceRepo !== undefined || targetRepo !== undefined) && sourceRepo !== targetRepo;
  return { branch: sourceBranch, prSourceBranch: sourceBranch, prTargetBranch: targetBranch, prId: iid, fork };
}

/** `${CI_REGISTRY_IMAGE}/cache` unless the cache_ref input says otherwise. */
function cacheRef(env: Env, backend: string | undefined, issues: ConfigIssue[]): string | undefined {
  const explicit = value(env, 'LAYERCACHE_CACHE_REF');
  if (explicit !== undefined) return explicit;
  const registryImage = value(env, 'CI_REGISTRY_IMAGE');
  if (registryImage !== undefined) return backend === undefined || REF_BACKENDS.has(backend) || backend === 'auto' ? `${registryImage}/cache` : undefined;
  if (backend !== undefined && REF_BACKENDS.has(backend)) {
    issues.push(missing('CI_REGISTRY_IMAGE', 'enable the project\'s container registry, or set the cache_ref input (LAYERCACHE_CACHE_REF) to a repository like registry.example.com/group/app/cache'));
  }
  return undefined;
}

/** Tags: bare tags (`latest`) go under the image input; full references are kept as they are. */
function imageTags(env: Env, issues: ConfigIssue[]): string[] {
  const image = value(env, 'LAYERCACHE_IMAGE');
  const tags: string[] = [];
  for (const tag of listValue(env, 'LAYERCACHE_TAGS')) {
    if (!BARE_TAG.test(tag)) tags.push(tag);
    else if (image !== undefined) tags.push(`${image}:${tag}`);
    else issues.push({ path: 'LAYERCACHE_IMAGE', message: `is empty, so the bare tag "${tag}" has no repository`, hint: 'set the image input (e.g. $CI_REGISTRY_IMAGE) or give full references in tags' });
  }
  return tags;
}

/** Registry logins: the project's registry (job credentials) and the dependency proxy. Secrets stay in options. */
function registryAuth(env: Env, issues: ConfigIssue[]): NonNullable<BuildOptionsInput['registryAuth']> {
  if (booleanValue(env, 'LAYERCACHE_REGISTRY_LOGIN', issues) === false) return [];
  const auth: NonNullable<BuildOptionsInput['registryAuth']> = [];
  const registry = value(env, 'CI_REGISTRY');
  if (registry !== undefined) {
    const user = value(env, 'CI_REGISTRY_USER');
    const password = env.CI_REGISTRY_PASSWORD?.trim() || undefined;
    const jobToken = env.CI_JOB_TOKEN?.trim() || undefined;
    if (user !== undefined && password !== undefined) auth.push({ registry, username: user, password });
    else if (user !== undefined) issues.push(missing('CI_REGISTRY_PASSWORD', 'CI_REGISTRY_USER is set without it: set both, or neither to log in with CI_JOB_TOKEN'));
    else if (password !== undefined) issues.push(missing('CI_REGISTRY_USER', 'CI_REGISTRY_PASSWORD is set without it: set both, or neither to log in with CI_JOB_TOKEN'));
    else if (jobToken !== undefined) auth.push({ registry, username: 'gitlab-ci-token', password: jobToken });
  }
  const proxy = value(env, 'CI_DEPENDENCY_PROXY_SERVER');
  const proxyUser = value(env, 'CI_DEPENDENCY_PROXY_USER');
  const proxyPassword = env.CI_DEPENDENCY_PROXY_PASSWORD?.trim() || undefined;
  if (proxy !== undefined && proxyUser !== undefined && proxyPassword !== undefined && proxy !== registry) {
    auth.push({ registry: proxy, username: proxyUser, password: proxyPassword });
  }
  return auth;
}

function missing(name: string, hint: string): ConfigIssue {
  return { path: name, message: 'is not set', hint };
}

function assign<T extends object, K extends keyof T>(target: T, key: K, v: T[K] | undefined): void {
  if (v !== undefined) target[key] = v;
}

