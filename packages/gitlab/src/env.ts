// GitLab CI -> layercache: maps GitLab's predefined variables and the component's inputs
// (LAYERCACHE_* job variables) onto the SDK's BuildOptionsInput. Pure: the environment is a
// plain object, nothing is read from process.env or disk here.
// GitLab facts (docs.gitlab.com/ci/variables/predefined_variables): CI_COMMIT_BRANCH is unset in MR and
// tag pipelines; MR branch names come as they are (the SDK slugifies them); a fork's MR has a source
// project id other than the target's; CI_REGISTRY_USER / _PASSWORD or CI_JOB_TOKEN log in to CI_REGISTRY.
import { parseOptions, type BuildOptions, type BuildOptionsInput, type PruneOptionsInput } from '@layercache/sdk';
import { EnvReader, optionNames, readOptionTable, renamedSync, withTable, type Env } from '@layercache/sdk/adapter';

export type { Env } from '@layercache/sdk/adapter';

type CacheKeysInput = NonNullable<NonNullable<BuildOptionsInput['cache']>['keys']>;

/** Backends whose cache lives in a registry repository and so take a cache ref (`auto` may pick one). */
const REF_BACKENDS = new Set(['registry', 'inline', 'auto']);
/** A bare docker tag (no repository part): `latest`, `1.2.3`, `$CI_COMMIT_SHORT_SHA`. */
const BARE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The component's plain inputs (and CI_PROJECT_DIR): option path -> [variable, kind, default]. */
const INPUTS = {
  context: ['LAYERCACHE_CONTEXT', 'string', '.'],
  dockerfile: ['LAYERCACHE_DOCKERFILE'],
  target: ['LAYERCACHE_TARGET'],
  platforms: ['LAYERCACHE_PLATFORMS', 'list'],
  buildArgs: ['LAYERCACHE_BUILD_ARGS', 'pairs'],
  labels: ['LAYERCACHE_LABELS', 'pairs'],
  secrets: ['LAYERCACHE_SECRETS', 'secrets'],
  push: ['LAYERCACHE_PUSH', 'bool'],
  load: ['LAYERCACHE_LOAD', 'bool'],
  pull: ['LAYERCACHE_PULL', 'bool'],
  noCache: ['LAYERCACHE_NO_CACHE', 'bool'],
  network: ['LAYERCACHE_NETWORK'],
  builder: ['LAYERCACHE_BUILDER'],
  workspace: ['CI_PROJECT_DIR'],
  'cache.backend': ['LAYERCACHE_BACKEND'],
  'cache.mode': ['LAYERCACHE_CACHE_MODE'],
  'cache.write': ['LAYERCACHE_CACHE_WRITE'],
  'cache.strict': ['LAYERCACHE_CACHE_STRICT', 'bool'],
  'cache.timeout': ['LAYERCACHE_CACHE_TIMEOUT'],
  'cache.mounts': ['LAYERCACHE_CACHE_MOUNTS'],
  'cache.mountsMaxSizeMb': ['LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB', 'int'],
  'cache.extraFrom': ['LAYERCACHE_CACHE_FROM', 'list'],
  'cache.extraTo': ['LAYERCACHE_CACHE_TO', 'list'],
} as const;

/** Option path (first segments) -> the variable that feeds it, for the SDK's errors. Longest match wins. */
export const OPTION_SOURCES = optionNames(INPUTS, {
  files: 'LAYERCACHE_COMPOSE_FILE',
  targets: 'LAYERCACHE_COMPOSE_SERVICES',
  tags: 'LAYERCACHE_TAGS',
  registryAuth: 'CI_REGISTRY',
  'cache.ref': 'LAYERCACHE_CACHE_REF',
  'cache.dir': 'LAYERCACHE_CACHE_DIR',
  'cache.keys.branch': 'CI_COMMIT_BRANCH',
  'cache.keys.defaultBranch': 'CI_DEFAULT_BRANCH',
  'cache.keys.prSourceBranch': 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'cache.keys.prTargetBranch': 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
  'cache.keys.prId': 'CI_MERGE_REQUEST_IID',
  'cache.keys.tag': 'CI_COMMIT_TAG',
  'cache.keys.sha': 'CI_COMMIT_SHA',
});

export function fromGitLabEnv(env: Env): BuildOptionsInput {
  const r = new EnvReader(env);
  const backend = r.get('LAYERCACHE_BACKEND');
  const options = withTable<BuildOptionsInput>(readOptionTable(r, INPUTS), {
    tags: imageTags(r),
    registryAuth: registryAuth(r),
    cache: {
      keys: cacheKeys(r),
      ref: cacheRef(r, backend),
      dir: r.get('LAYERCACHE_CACHE_DIR') ?? (backend === 'local' ? '.layercache/cache' : undefined),
    },
  });
  r.throwIfAny();
  return options;
}

/** GitLab env -> validated BuildOptions; every error names a GitLab variable. */
export function parseGitLabEnv(env: Env): BuildOptions {
  return renamedSync(OPTION_SOURCES, () => parseOptions(fromGitLabEnv(env)));
}

/**
 * `layercache-gitlab prune [ARGS...]` runs the SDK's `layercache prune` with what GitLab knows: the job's
 * registry login, the build job's cache ref ($CI_REGISTRY_IMAGE/cache unless cache_ref says otherwise),
 * the cache dir, and CI_DEFAULT_BRANCH. ARGS are prune's own flags.
 */
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

/** Request pipelines: variable prefix, pipeline source, the project ids a fork differs in, where GitLab sets them. */
const REQUEST_PIPELINES = [
  ['CI_MERGE_REQUEST', 'merge_request_event', 'SOURCE_PROJECT_ID', 'PROJECT_ID',
    'merge request pipelines (rules: if: $CI_PIPELINE_SOURCE == "merge_request_event")'],
  // GitHub pull requests of a GitLab project mirrored from GitHub ("CI/CD for external repositories").
  ['CI_EXTERNAL_PULL_REQUEST', 'external_pull_request_event', 'SOURCE_REPOSITORY', 'TARGET_REPOSITORY',
    'external pull request pipelines'],
] as const;
type RequestPipeline = (typeof REQUEST_PIPELINES)[number];

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
  const request = REQUEST_PIPELINES.find(
    ([prefix, event]) => r.get(`${prefix}_IID`) !== undefined || source === event,
  );
  if (request) return { ...keys, ...requestKeys(r, request) };
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
function requestKeys(r: EnvReader, [prefix, , sourceId, targetId, where]: RequestPipeline): CacheKeysInput {
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
function cacheRef(r: EnvReader, backend = 'auto'): string | undefined {
  const explicit = r.get('LAYERCACHE_CACHE_REF');
  if (explicit !== undefined || !REF_BACKENDS.has(backend)) return explicit;
  const registryImage = r.get('CI_REGISTRY_IMAGE');
  if (registryImage !== undefined) return `${registryImage}/cache`;
  if (backend !== 'auto') {
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
  const [proxy, username, password] = ['SERVER', 'USER', 'PASSWORD'].map((v) => r.get(`CI_DEPENDENCY_PROXY_${v}`));
  if (proxy && username && password && proxy !== registry) auth.push({ registry: proxy, username, password });
  return auth;
}
