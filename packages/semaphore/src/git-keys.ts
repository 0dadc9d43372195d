// Semaphore's git variables -> the SDK's cache key facts (branch, PR, fork, tag, sha).
//
// What Semaphore exports, per pipeline type (docs.semaphoreci.com/reference/env-vars and the
// job-request code in semaphoreci/semaphore, zebra/.../job_request_factory/repository.ex):
//   branch:        SEMAPHORE_GIT_BRANCH = SEMAPHORE_GIT_WORKING_BRANCH = the branch
//   pull-request:  SEMAPHORE_GIT_BRANCH = the TARGET branch; SEMAPHORE_GIT_PR_BRANCH and
//                  SEMAPHORE_GIT_WORKING_BRANCH = the source branch; SEMAPHORE_GIT_PR_SLUG = the
//                  source repository (differs from SEMAPHORE_GIT_REPO_SLUG for forks)
//   tag:           SEMAPHORE_GIT_BRANCH = "refs/tags/<tag>" (not a branch!), SEMAPHORE_GIT_TAG_NAME,
//                  no SEMAPHORE_GIT_WORKING_BRANCH
// Semaphore Classic (and its Docker caching guide) exported BRANCH_NAME and REVISION instead.
import type { BuildOptionsInput } from '@layercache/sdk';
import type { EnvReader } from '@layercache/sdk/adapter';

type CacheKeysInput = NonNullable<NonNullable<BuildOptionsInput['cache']>['keys']>;

const REF_TYPES = ['branch', 'tag', 'pull-request'] as const;
type RefType = (typeof REF_TYPES)[number];
const HEX_SHA = /^[0-9a-fA-F]{7,64}$/;
const TAG_REF_PREFIX = 'refs/tags/';

export function semaphoreCacheKeys(env: EnvReader): CacheKeysInput {
  const defaultBranch = env.get('LAYERCACHE_DEFAULT_BRANCH');
  const base: CacheKeysInput = { ...(defaultBranch ? { defaultBranch } : {}), ...shaOf(env) };
  switch (refTypeOf(env)) {
    case 'pull-request':
      return { ...base, ...pullRequestKeys(env) };
    case 'tag':
      return { ...base, ...tagKeys(env) };
    default:
      return { ...base, ...branchKeys(env) };
  }
}

/** SEMAPHORE_GIT_REF_TYPE when set; otherwise inferred, so hand-made and Classic environments work. */
function refTypeOf(env: EnvReader): RefType {
  if (env.get('SEMAPHORE_GIT_REF_TYPE') !== undefined)
    return env.oneOf('SEMAPHORE_GIT_REF_TYPE', REF_TYPES) ?? 'branch';
  if (env.get('SEMAPHORE_GIT_PR_NUMBER') !== undefined) return 'pull-request';
  if (env.get('SEMAPHORE_GIT_TAG_NAME') !== undefined || env.get('SEMAPHORE_GIT_BRANCH')?.startsWith(TAG_REF_PREFIX))
    return 'tag';
  return 'branch';
}

function branchKeys(env: EnvReader): CacheKeysInput {
  const branch = env.first('SEMAPHORE_GIT_WORKING_BRANCH', 'SEMAPHORE_GIT_BRANCH', 'BRANCH_NAME');
  if (branch === undefined) {
    env.fail(
      'SEMAPHORE_GIT_BRANCH',
      'is not set, so the branch being built is unknown',
      'run inside a Semaphore job, or set BRANCH_NAME to the branch',
    );
    return {};
  }
  return { branch: branch.value };
}

function pullRequestKeys(env: EnvReader): CacheKeysInput {
  // In PR pipelines SEMAPHORE_GIT_BRANCH is the branch the PR targets, not the one built.
  const target = env.get('SEMAPHORE_GIT_BRANCH');
  const source = env.first('SEMAPHORE_GIT_PR_BRANCH', 'SEMAPHORE_GIT_WORKING_BRANCH');
  const prId = env.get('SEMAPHORE_GIT_PR_NUMBER');
  if (target === undefined)
    env.fail(
      'SEMAPHORE_GIT_BRANCH',
      'is not set in a pull-request pipeline (it names the target branch)',
      'run inside a Semaphore pull-request pipeline',
    );
  if (source === undefined)
    env.fail(
      'SEMAPHORE_GIT_PR_BRANCH',
      'is not set in a pull-request pipeline (it names the source branch)',
      'run inside a Semaphore pull-request pipeline',
    );
  if (prId === undefined)
    env.fail(
      'SEMAPHORE_GIT_PR_NUMBER',
      'is not set in a pull-request pipeline',
      'run inside a Semaphore pull-request pipeline',
    );
  return {
    ...(source ? { branch: source.value, prSourceBranch: source.value } : {}),
    ...(target ? { prTargetBranch: target } : {}),
    ...(prId ? { prId } : {}),
    fork: isFork(env),
  };
}

/** A PR is from a fork when its source repository differs from the project's repository. */
function isFork(env: EnvReader): boolean {
  const prSlug = env.get('SEMAPHORE_GIT_PR_SLUG');
  const repoSlug = env.get('SEMAPHORE_GIT_REPO_SLUG');
  if (prSlug === undefined || repoSlug === undefined) {
    const missing = prSlug === undefined ? 'SEMAPHORE_GIT_PR_SLUG' : 'SEMAPHORE_GIT_REPO_SLUG';
    env.fail(
      missing,
      'is not set, so it is unknown whether this pull request comes from a fork',
      'run inside a Semaphore pull-request pipeline (forked PRs must never write the cache)',
    );
    return true;
  }
  return prSlug.toLowerCase() !== repoSlug.toLowerCase();
}

function tagKeys(env: EnvReader): CacheKeysInput {
  // SEMAPHORE_GIT_BRANCH holds "refs/tags/<tag>" here: never take it for a branch.
  const branchVar = env.get('SEMAPHORE_GIT_BRANCH');
  const tag =
    env.get('SEMAPHORE_GIT_TAG_NAME') ??
    (branchVar?.startsWith(TAG_REF_PREFIX) ? branchVar.slice(TAG_REF_PREFIX.length) : undefined);
  if (tag === undefined) {
    env.fail('SEMAPHORE_GIT_TAG_NAME', 'is not set in a tag pipeline', 'run inside a Semaphore tag pipeline');
    return {};
  }
  return { tag };
}

/** The commit built. Debug jobs export SEMAPHORE_GIT_SHA=HEAD: not a SHA, so left out. */
function shaOf(env: EnvReader): { sha?: string } {
  const sha = env.first('SEMAPHORE_GIT_SHA', 'SEMAPHORE_GIT_PR_SHA', 'REVISION');
  return sha && HEX_SHA.test(sha.value) ? { sha: sha.value } : {};
}
