// CircleCI environment -> cachedBuild() options. Pure: reads only the env object it is given.
// CircleCI's built-in variables (https://circleci.com/docs/variables/) give the facts (branch,
// sha, tag, PR, fork, build number); LAYERCACHE_* variables carry what the user chose (the orb
// sets them from its parameters; a plain config sets them itself). See docs/circleci.md.
import { ConfigError, parseImageReference, parseOptions, type BuildOptionsInput, type ConfigIssue } from '@layercache/sdk';
import { pullRequestNumber } from './pull-request.js';

export type Env = Record<string, string | undefined>;

/** Which env var a BuildOptions field comes from, so SDK validation errors name what to fix. */
export const ENV_FOR_OPTION: Record<string, string> = {
  context: 'LAYERCACHE_CONTEXT',
  dockerfile: 'LAYERCACHE_DOCKERFILE',
  target: 'LAYERCACHE_TARGET',
  tags: 'LAYERCACHE_IMAGE',
  platforms: 'LAYERCACHE_PLATFORMS',
  buildArgs: 'LAYERCACHE_BUILD_ARGS',
  network: 'LAYERCACHE_NETWORK',
  builder: 'LAYERCACHE_BUILDER',
  registryAuth: 'LAYERCACHE_REGISTRY',
  'cache.ref': 'LAYERCACHE_CACHE_REF',
  'cache.backend': 'LAYERCACHE_CACHE_BACKEND',
  'cache.mode': 'LAYERCACHE_CACHE_MODE',
  'cache.write': 'LAYERCACHE_CACHE_WRITE',
  'cache.timeout': 'LAYERCACHE_CACHE_TIMEOUT',
  'cache.keys.branch': 'CIRCLE_BRANCH',
  'cache.keys.prSourceBranch': 'CIRCLE_BRANCH',
  'cache.keys.defaultBranch': 'LAYERCACHE_DEFAULT_BRANCH',
  'cache.keys.prTargetBranch': 'LAYERCACHE_PR_TARGET_BRANCH',
  'cache.keys.prId': 'CIRCLE_PULL_REQUESTS',
  'cache.keys.tag': 'CIRCLE_TAG',
  'cache.keys.sha': 'CIRCLE_SHA1',
};

/** Maps CircleCI's environment onto build options. Throws ConfigError naming the env var to fix. */
export function fromCircleEnv(env: Env): BuildOptionsInput {
  const issues: ConfigIssue[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const v = value(name)?.toLowerCase();
    if (v === undefined) return fallback;
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
    issues.push({ path: name, message: `"${env[name]}" is not a boolean`, hint: 'use true or false' });
    return fallback;
  };

  const image = value('LAYERCACHE_IMAGE');
  const sha = value('CIRCLE_SHA1');
  const buildNum = value('CIRCLE_BUILD_NUM');
  if (!image) {
    issues.push({ path: 'LAYERCACHE_IMAGE', message: 'is required', hint: 'set the orb parameter `image` (or LAYERCACHE_IMAGE) to a repository such as registry.example.com/org/app' });
  } else if (!isRepository(image)) {
    issues.push({ path: 'LAYERCACHE_IMAGE', message: `"${image}" is not a repository without tag or digest`, hint: 'give the repository only: layercache tags each build with its commit sha and build number, never a mutable tag like latest' });
  }
  if (!sha && !buildNum) {
    issues.push({ path: 'CIRCLE_SHA1', message: 'CIRCLE_SHA1 and CIRCLE_BUILD_NUM are both unset, so the image would have no per-build tag', hint: 'run inside a CircleCI job, or set CIRCLE_SHA1 to the commit being built' });
  }
  if (buildNum && !/^\d+$/.test(buildNum)) {
    issues.push({ path: 'CIRCLE_BUILD_NUM', message: `"${buildNum}" is not a job number`, hint: 'leave CIRCLE_BUILD_NUM to CircleCI' });
  }

  const tag = value('CIRCLE_TAG');
  const prId = pullRequestNumber({ CIRCLE_PR_NUMBER: value('CIRCLE_PR_NUMBER'), CIRCLE_PULL_REQUEST: value('CIRCLE_PULL_REQUEST'), CIRCLE_PULL_REQUESTS: value('CIRCLE_PULL_REQUESTS') });
  // A tag build is about the tag: CircleCI leaves CIRCLE_BRANCH empty there, and a stray value must not make it a branch build.
  const branch = tag ? undefined : value('CIRCLE_BRANCH');
  if (!tag && !branch) {
    // Without either, the SDK would take the job for a default-branch build and write its cache.
    issues.push({ path: 'CIRCLE_BRANCH', message: 'neither CIRCLE_BRANCH nor CIRCLE_TAG is set, so the cache to read and write is unknown', hint: 'run inside a CircleCI job, or set CIRCLE_BRANCH to the branch being built' });
  }
  const registryAuth = registryLogin(env, value, issues);
  const cacheBackend = value('LAYERCACHE_CACHE_BACKEND') ?? 'registry';

  const input: BuildOptionsInput = {
    context: value('LAYERCACHE_CONTEXT') ?? '.',
    dockerfile: value('LAYERCACHE_DOCKERFILE'),
    target: value('LAYERCACHE_TARGET'),
    tags: image && isRepository(image) ? buildTags(image, sha, buildNum) : [],
    platforms: list(value('LAYERCACHE_PLATFORMS')),
    buildArgs: buildArgs(env.LAYERCACHE_BUILD_ARGS, issues),
    labels: labels(env, sha),
    push: flag('LAYERCACHE_PUSH', true),
    load: flag('LAYERCACHE_LOAD', false),
    network: value('LAYERCACHE_NETWORK') as BuildOptionsInput['network'],
    builder: value('LAYERCACHE_BUILDER'),
    registryAuth,
    cache: {
      backend: cacheBackend as NonNullable<BuildOptionsInput['cache']>['backend'],
      ref: value('LAYERCACHE_CACHE_REF') ?? (image && isRepository(image) ? `${image}-cache` : undefined),
      mode: value('LAYERCACHE_CACHE_MODE') as NonNullable<BuildOptionsInput['cache']>['mode'],
      write: value('LAYERCACHE_CACHE_WRITE') as NonNullable<BuildOptionsInput['cache']>['write'],
      timeout: value('LAYERCACHE_CACHE_TIMEOUT'),
      keys: {
        branch,
        defaultBranch: value('LAYERCACHE_DEFAULT_BRANCH') ?? 'main',
        prSourceBranch: prId !== undefined ? branch : undefined,
        prTargetBranch: prId !== undefined ? value('LAYERCACHE_PR_TARGET_BRANCH') : undefined,
        prId,
        fork: isFork(env, value),
        tag,
        sha,
      },
    },
  };
  if (issues.length > 0) throw new ConfigError(issues);
  validate(input);
  return dropUndefined(input);
}

/** Per-build tags only: the commit and the job number. Never latest or a branch name, which jobs sharing an engine would race on. */
function buildTags(image: string, sha: string | undefined, buildNum: string | undefined): string[] {
  const tags: string[] = [];
  if (sha) tags.push(`${image}:${sha}`);
  if (buildNum) tags.push(`${image}:build-${buildNum}`);
  return tags;
}

/**
 * Forked PRs: CircleCI sets CIRCLE_PR_NUMBER/CIRCLE_PR_USERNAME only for them, and names the
 * branch pull/<n>. They never write a cache (the SDK enforces it once told).
 */
function isFork(env: Env, value: (name: string) => string | undefined): boolean {
  if (value('CIRCLE_PR_NUMBER')) return true;
  const prUser = value('CIRCLE_PR_USERNAME');
  const projectUser = value('CIRCLE_PROJECT_USERNAME');
  if (prUser && projectUser && prUser.toLowerCase() !== projectUser.toLowerCase()) return true;
  return /^pull\/\d+/.test(env.CIRCLE_BRANCH?.trim() ?? '');
}

function registryLogin(env: Env, value: (name: string) => string | undefined, issues: ConfigIssue[]): BuildOptionsInput['registryAuth'] {
  const registry = value('LAYERCACHE_REGISTRY');
  if (!registry) return [];
  // Orb convention: credentials are given as the *names* of project env vars (parameter type env_var_name).
  const userVar = value('LAYERCACHE_REGISTRY_USERNAME_VAR') ?? 'DOCKER_LOGIN';
  const passVar = value('LAYERCACHE_REGISTRY_PASSWORD_VAR') ?? 'DOCKER_PASSWORD';
  const username = value(userVar);
  const password = env[passVar];
  const hint = (name: string) => `add ${name} to the project's environment variables or a context, or set the orb parameter to the variable that holds it`;
  if (!username) issues.push({ path: userVar, message: `is empty, but LAYERCACHE_REGISTRY=${registry} asks for a login`, hint: hint(userVar) });
  if (!password) issues.push({ path: passVar, message: `is empty, but LAYERCACHE_REGISTRY=${registry} asks for a login`, hint: hint(passVar) });
  return username && password ? [{ registry, username, password }] : [];
}

/** LAYERCACHE_BUILD_ARGS: one KEY=VALUE a line (an orb multi-line string parameter). */
function buildArgs(raw: string | undefined, issues: ConfigIssue[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const line of (raw ?? '').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) {
      issues.push({ path: 'LAYERCACHE_BUILD_ARGS', message: `line "${trimmed}" is not KEY=VALUE`, hint: 'write one KEY=VALUE a line; pass secrets as build secrets, not build args' });
      continue;
    }
    args[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1);
  }
  return args;
}

function labels(env: Env, sha: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (sha) out['org.opencontainers.image.revision'] = sha;
  const user = env.CIRCLE_PROJECT_USERNAME?.trim();
  const repo = env.CIRCLE_PROJECT_REPONAME?.trim();
  if (user && repo) out['com.circleci.project'] = `${user}/${repo}`;
  const workflow = env.CIRCLE_WORKFLOW_ID?.trim();
  if (workflow) out['com.circleci.workflow-id'] = workflow;
  return out;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '').split(/[\s,]+/).filter(Boolean);
}

/** A repository without tag or digest (the SDK's reference parser decides what is valid). */
function isRepository(image: string): boolean {
  const ref = parseImageReference(image);
  return !('error' in ref) && ref.tag === undefined && ref.digest === undefined;
}

/** Lets the SDK validate (it owns the rules) and renames its field paths to the env vars that set them. */
function validate(input: BuildOptionsInput): void {
  try {
    parseOptions(input);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(
      error.issues.map((issue) => {
        const name = envNameFor(issue.path);
        return name === undefined ? issue : { ...issue, path: name, hint: issue.hint ?? `set ${name} to a valid value (docs/circleci.md lists each one)` };
      }),
    );
  }
}

export function envNameFor(optionPath: string): string | undefined {
  const parts = optionPath.split('.');
  for (let n = parts.length; n > 0; n--) {
    const name = ENV_FOR_OPTION[parts.slice(0, n).join('.')];
    if (name) return name;
  }
  return undefined;
}

function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
