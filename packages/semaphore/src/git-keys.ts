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
import { definedOnly, type EnvReader } from '@layercache/sdk/adapter';

type CacheKeysInput = NonNullable<NonNullable<BuildOptionsInput['cache']>['keys']>;

const REF_TYPES = ['branch', 'tag', 'pull-request'] as const;
const HEX_SHA = /^[0-9a-fA-F]{7,64}$/;
const TAG_REF_PREFIX = 'refs/tags/';

export function semaphoreCacheKeys(env: EnvReader): CacheKeysInput {
  const refKeys = { branch: branchKeys, tag: tagKeys, 'pull-request': pullRequestKeys }[refTypeOf(env)];
  return definedOnly({ sha: shaOf(env), ...refKeys(env) });
}

/** SEMAPHORE_GIT_REF_TYPE when set; otherwise inferred, so hand-made and Classic environments work. */
function refTypeOf(env: EnvReader): (typeof REF_TYPES)[number] {
  if (env.get('SEMAPHORE_GIT_REF_TYPE') !== undefined)
    return env.oneOf('SEMAPHORE_GIT_REF_TYPE', REF_TYPES) ?? 'branch';
  if (env.get('SEMAPHORE_GIT_PR_NUMBER') !== undefined) return 'pull-request';
  return env.get('SEMAPHORE_GIT_TAG_NAME') !== undefined || tagInBranch(env) !== undefined ? 'tag' : 'branch';
}

function branchKeys(env: EnvReader): CacheKeysInput {
  const branch = env.first('SEMAPHORE_GIT_WORKING_BRANCH', 'SEMAPHORE_GIT_BRANCH', 'BRANCH_NAME')?.value;
  if (branch === undefined)
    env.fail('SEMAPHORE_GIT_BRANCH', 'is not set, so the branch being built is unknown',
      'run inside a Semaphore job, or set BRANCH_NAME to the branch');
  return { branch };
}

function pullRequestKeys(env: EnvReader): CacheKeysInput {
  // In PR pipelines SEMAPHORE_GIT_BRANCH is the branch the PR targets, not the one built.
  const target = env.get('SEMAPHORE_GIT_BRANCH');
  const source = env.first('SEMAPHORE_GIT_PR_BRANCH', 'SEMAPHORE_GIT_WORKING_BRANCH')?.value;
  const prId = env.get('SEMAPHORE_GIT_PR_NUMBER');
  const required: Array<[string, string | undefined, string]> = [
    ['SEMAPHORE_GIT_BRANCH', target, ' (it names the target branch)'],
    ['SEMAPHORE_GIT_PR_BRANCH', source, ' (it names the source branch)'],
    ['SEMAPHORE_GIT_PR_NUMBER', prId, ''],
  ];
  for (const [name, value, why] of required)
    if (value === undefined)
      env.fail(name, `is not set in a pull-request pipeline${why}`, 'run inside a Semaphore pull-request pipeline');
  return { branch: source, prSourceBranch: source, prTargetBranch: target, prId, fork: isFork(env) };
}

/** A PR is from a fork when its source repository differs from the project's repository. */
function isFork(env: EnvReader): boolean {
  const prSlug = env.get('SEMAPHORE_GIT_PR_SLUG');
  const repoSlug = env.get('SEMAPHORE_GIT_REPO_SLUG');
  if (prSlug !== undefined && repoSlug !== undefined) return prSlug.toLowerCase() !== repoSlug.toLowerCase();
  env.fail(prSlug === undefined ? 'SEMAPHORE_GIT_PR_SLUG' : 'SEMAPHORE_GIT_REPO_SLUG',
    'is not set, so it is unknown whether this pull request comes from a fork',
    'run inside a Semaphore pull-request pipeline (forked PRs must never write the cache)');
  return true;
}

function tagKeys(env: EnvReader): CacheKeysInput {
  const tag = env.get('SEMAPHORE_GIT_TAG_NAME') ?? tagInBranch(env);
  if (tag === undefined)
    env.fail('SEMAPHORE_GIT_TAG_NAME', 'is not set in a tag pipeline', 'run inside a Semaphore tag pipeline');
  return { tag };
}

/** In a tag pipeline SEMAPHORE_GIT_BRANCH holds "refs/tags/<tag>": never take it for a branch. */
function tagInBranch(env: EnvReader): string | undefined {
  const ref = env.get('SEMAPHORE_GIT_BRANCH');
  return ref?.startsWith(TAG_REF_PREFIX) ? ref.slice(TAG_REF_PREFIX.length) : undefined;
}

/** The commit built. Debug jobs export SEMAPHORE_GIT_SHA=HEAD: not a SHA, so left out. */
function shaOf(env: EnvReader): string | undefined {
  const sha = env.first('SEMAPHORE_GIT_SHA', 'SEMAPHORE_GIT_PR_SHA', 'REVISION')?.value;
  return sha !== undefined && HEX_SHA.test(sha) ? sha : undefined;
}
