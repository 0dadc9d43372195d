// CircleCI environment -> cachedBuild() options. Pure: reads only the env object it is given.
// CircleCI's built-in variables (https://circleci.com/docs/variables/) give the facts (branch,
// sha, tag, PR, fork, build number); LAYERCACHE_* variables carry what the user chose (the orb
// sets them from its parameters; a plain config sets them itself). See docs/circleci.md.
import { parseImageReference, parseOptions, type BakeOptionsInput, type BuildOptionsInput } from '@layercache/sdk';
import { definedOnly, EnvReader, optionNames, readOptionTable, renamedSync, withTable } from '@layercache/sdk/adapter';
import { setInBake, sharedBakeOptions, type Env, type OptionTable } from '@layercache/sdk/adapter';

export type { Env } from '@layercache/sdk/adapter';

/** The plain settings: option path -> [variable, kind, default]. */
const SETTINGS: OptionTable = {
  context: ['LAYERCACHE_CONTEXT', 'string', '.'],
  dockerfile: ['LAYERCACHE_DOCKERFILE'],
  target: ['LAYERCACHE_TARGET'],
  platforms: ['LAYERCACHE_PLATFORMS', 'list'],
  buildArgs: ['LAYERCACHE_BUILD_ARGS', 'pairs'],
  push: ['LAYERCACHE_PUSH', 'bool', true],
  load: ['LAYERCACHE_LOAD', 'bool', false],
  network: ['LAYERCACHE_NETWORK'],
  builder: ['LAYERCACHE_BUILDER'],
  'cache.backend': ['LAYERCACHE_CACHE_BACKEND', 'string', 'registry'],
  'cache.mode': ['LAYERCACHE_CACHE_MODE'],
  'cache.write': ['LAYERCACHE_CACHE_WRITE'],
  'cache.timeout': ['LAYERCACHE_CACHE_TIMEOUT'],
  'cache.mounts': ['LAYERCACHE_CACHE_MOUNTS'],
  'cache.mountsMaxSizeMb': ['LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB', 'int'],
  'cache.keys.defaultBranch': ['LAYERCACHE_DEFAULT_BRANCH', 'string', 'main'],
  'cache.keys.tag': ['CIRCLE_TAG'],
  'cache.keys.sha': ['CIRCLE_SHA1'],
};

/** Which env var a BuildOptions field comes from, so SDK validation errors name what to fix. */
export const ENV_FOR_OPTION = optionNames(SETTINGS, {
  tags: 'LAYERCACHE_IMAGE',
  registryAuth: 'LAYERCACHE_REGISTRY',
  'cache.ref': 'LAYERCACHE_CACHE_REF',
  'cache.keys.branch': 'CIRCLE_BRANCH',
  'cache.keys.prSourceBranch': 'CIRCLE_BRANCH',
  'cache.keys.prTargetBranch': 'LAYERCACHE_PR_TARGET_BRANCH',
  'cache.keys.prId': 'CIRCLE_PULL_REQUESTS',
});

/** Maps CircleCI's environment onto build options. Throws ConfigError naming the env var to fix. */
export function fromCircleEnv(env: Env): BuildOptionsInput {
  const input = circleOptions(env);
  // The SDK owns the rules: its errors come back named by the env vars that set them.
  renamedSync(ENV_FOR_OPTION, () => parseOptions(input));
  return input;
}

/** Checked for CircleCI's rules only: the runner checks the SDK's once, by the same names (fromCircleEnv does both). */
export function circleOptions(env: Env): BuildOptionsInput {
  const r = new EnvReader(env);
  const image = r.get('LAYERCACHE_IMAGE');
  const sha = r.get('CIRCLE_SHA1');
  const buildNum = r.get('CIRCLE_BUILD_NUM');
  if (!image) {
    r.fail(
      'LAYERCACHE_IMAGE',
      'is required',
      'set the orb parameter `image` (or LAYERCACHE_IMAGE) to a repository such as registry.example.com/org/app',
    );
  } else if (!isRepository(image)) {
    r.fail(
      'LAYERCACHE_IMAGE',
      `"${image}" is not a repository without tag or digest`,
      'give the repository only: layercache tags each build with its commit sha and build number, never a mutable tag like latest',
    );
  }
  if (!sha && !buildNum) {
    r.fail(
      'CIRCLE_SHA1',
      'CIRCLE_SHA1 and CIRCLE_BUILD_NUM are both unset, so the image would have no per-build tag',
      'run inside a CircleCI job, or set CIRCLE_SHA1 to the commit being built',
    );
  }
  if (buildNum && !/^\d+$/.test(buildNum))
    r.fail('CIRCLE_BUILD_NUM', `"${buildNum}" is not a job number`, 'leave CIRCLE_BUILD_NUM to CircleCI');

  const tag = r.get('CIRCLE_TAG');
  const prId = pullRequestNumber(env);
  // A tag build is about the tag: CircleCI leaves CIRCLE_BRANCH empty there, and a stray value must not make it a branch build.
  const branch = tag ? undefined : r.get('CIRCLE_BRANCH');
  if (!tag && !branch) {
    // Without either, the SDK would take the job for a default-branch build and write its cache.
    r.fail(
      'CIRCLE_BRANCH',
      'neither CIRCLE_BRANCH nor CIRCLE_TAG is set, so the cache to read and write is unknown',
      'run inside a CircleCI job, or set CIRCLE_BRANCH to the branch being built',
    );
  }
  const repository = image && isRepository(image) ? image : undefined;
  const input = withTable<BuildOptionsInput>(readOptionTable(r, SETTINGS), {
    tags: repository ? buildTags(repository, sha, buildNum) : [],
    labels: labels(r, sha),
    registryAuth: registryLogin(r),
    cache: {
      ref: r.get('LAYERCACHE_CACHE_REF') ?? (repository ? `${repository}-cache` : undefined),
      keys: {
        branch,
        prSourceBranch: prId !== undefined ? branch : undefined,
        prTargetBranch: prId !== undefined ? r.get('LAYERCACHE_PR_TARGET_BRANCH') : undefined,
        prId,
        fork: isFork(r),
      },
    },
  });
  r.throwIfAny();
  return input;
}

/** Per-build tags only: the commit and the job number. Never latest or a branch name, which jobs sharing an engine would race on. */
function buildTags(image: string, sha: string | undefined, buildNum: string | undefined): string[] {
  return [sha && `${image}:${sha}`, buildNum && `${image}:build-${buildNum}`].filter((t): t is string => !!t);
}

/**
 * Forked PRs: CircleCI sets CIRCLE_PR_NUMBER/CIRCLE_PR_USERNAME only for them, and names the
 * branch pull/<n>. They never write a cache (the SDK enforces it once told).
 */
function isFork(r: EnvReader): boolean {
  if (r.get('CIRCLE_PR_NUMBER')) return true;
  const prUser = r.get('CIRCLE_PR_USERNAME');
  const projectUser = r.get('CIRCLE_PROJECT_USERNAME');
  if (prUser && projectUser && prUser.toLowerCase() !== projectUser.toLowerCase()) return true;
  return /^pull\/\d+/.test(r.get('CIRCLE_BRANCH') ?? '');
}

function registryLogin(r: EnvReader): BuildOptionsInput['registryAuth'] {
  const registry = r.get('LAYERCACHE_REGISTRY');
  if (!registry) return [];
  // Orb convention: credentials are given as the *names* of project env vars (parameter type env_var_name).
  const userVar = r.get('LAYERCACHE_REGISTRY_USERNAME_VAR') ?? 'DOCKER_LOGIN';
  const passVar = r.get('LAYERCACHE_REGISTRY_PASSWORD_VAR') ?? 'DOCKER_PASSWORD';
  const username = r.get(userVar);
  const password = r.secret(passVar);
  const hint = (name: string) =>
    `add ${name} to the project's environment variables or a context, or set the orb parameter to the variable that holds it`;
  if (!username) r.fail(userVar, `is empty, but LAYERCACHE_REGISTRY=${registry} asks for a login`, hint(userVar));
  if (!password) r.fail(passVar, `is empty, but LAYERCACHE_REGISTRY=${registry} asks for a login`, hint(passVar));
  return username && password ? [{ registry, username, password }] : [];
}

function labels(r: EnvReader, sha: string | undefined): Record<string, string> {
  const [user, repo] = [r.get('CIRCLE_PROJECT_USERNAME'), r.get('CIRCLE_PROJECT_REPONAME')];
  return definedOnly({
    'org.opencontainers.image.revision': sha,
    'com.circleci.project': user && repo ? `${user}/${repo}` : undefined,
    'com.circleci.workflow-id': r.get('CIRCLE_WORKFLOW_ID'),
  }) as Record<string, string>;
}

/** A repository without tag or digest (the SDK's reference parser decides what is valid). */
function isRepository(image: string): boolean {
  const ref = parseImageReference(image);
  return !('error' in ref) && ref.tag === undefined && ref.digest === undefined;
}

// The orb's compose_file parameter bakes every service of a Compose or bake file in one `docker buildx bake`:
// the job-wide options come from fromCircleEnv; each service's tags, target, args and network live in the file.
/** Parameters that describe one image, with the value that means "not set". */
const PER_SERVICE = {
  LAYERCACHE_DOCKERFILE: undefined, LAYERCACHE_TARGET: undefined, LAYERCACHE_BUILD_ARGS: undefined,
  LAYERCACHE_PLATFORMS: undefined, LAYERCACHE_NETWORK: 'default', LAYERCACHE_CONTEXT: '.',
};

export function isBake(env: Env): boolean {
  return new EnvReader(env).list('LAYERCACHE_COMPOSE_FILE').length > 0;
}

/** `image` stays required: without cache_ref it names the cache (`<image>-cache/<service>:<branch>`), not the tags. */
export function fromCircleBakeEnv(env: Env): BakeOptionsInput {
  const r = new EnvReader(env);
  const files = r.list('LAYERCACHE_COMPOSE_FILE');
  return { ...sharedBakeOptions(fromCircleEnv(env)), files, targets: r.list('LAYERCACHE_COMPOSE_SERVICES') };
}

/** Per-image parameters that are set but do nothing in a bake, for a warning. */
export function ignoredInBake(env: Env): string[] {
  return setInBake(env, PER_SERVICE);
}

// CircleCI gives a pull request's URL, not its number, except on forked PRs (CIRCLE_PR_NUMBER).
// GitHub: .../pull/123, Bitbucket: .../pull-requests/123, GitLab: .../merge_requests/123.
const PR_NUMBER_RE = /\/(?:pull|pull-requests|merge_requests)\/(\d+)\/?$/;

/** The PR number at the end of a pull request URL, or undefined when the URL has none. */
export function prNumberFromUrl(url: string): string | undefined {
  return PR_NUMBER_RE.exec(url.trim())?.[1];
}

/**
 * The PR number of this build. CIRCLE_PULL_REQUESTS lists every PR the branch belongs to
 * (CIRCLE_PULL_REQUEST is "one of them, picked randomly" when there are several), so the
 * lowest number from the list is taken: the same answer on every re-run.
 */
export function pullRequestNumber(env: Env): string | undefined {
  const forked = env.CIRCLE_PR_NUMBER?.trim();
  if (forked) return forked;
  const urls = [...(env.CIRCLE_PULL_REQUESTS ?? '').split(','), env.CIRCLE_PULL_REQUEST ?? ''];
  const numbers = urls.map(prNumberFromUrl).filter((n): n is string => n !== undefined).map(Number);
  return numbers.length > 0 ? String(Math.min(...numbers)) : undefined;
}
