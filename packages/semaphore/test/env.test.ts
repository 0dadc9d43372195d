// fromSemaphoreEnv over plain env objects shaped like real Semaphore jobs (see the variable table in
// git-keys.ts): what each pipeline type reads and writes, and the errors for missing variables.
import { ConfigError, planBuild } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromSemaphoreEnv } from '../src/env.js';

const SHA = '5c84719708b9b649b9ef3b56af214f38cee6acde';
const PR_SHA = '92d87d5c0dd2dbb7a68ecb27df43d1b164fd3e30';

const common = {
  SEMAPHORE: 'true',
  CI: 'true',
  HOME: '/home/semaphore',
  SEMAPHORE_PROJECT_NAME: 'Shop',
  SEMAPHORE_GIT_REPO_SLUG: 'acme/shop',
  SEMAPHORE_GIT_SHA: SHA,
  SEMAPHORE_WORKFLOW_ID: '2ab8c9a0-0000-4000-8000-000000000001',
  SEMAPHORE_WORKFLOW_NUMBER: '42',
  SEMAPHORE_PIPELINE_ID: '2ab8c9a0-0000-4000-8000-000000000002',
  SEMAPHORE_JOB_ID: '2ab8c9a0-0000-4000-8000-000000000003',
  LAYERCACHE_CACHE_REF: 'registry.example.com/acme/shop/cache',
};

const branchBuild = {
  ...common,
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'feature/login',
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/login',
  SEMAPHORE_GIT_REF: 'refs/heads/feature/login',
};
const defaultBranchBuild = {
  ...common,
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'main',
  SEMAPHORE_GIT_WORKING_BRANCH: 'main',
};
const pullRequest = {
  ...common,
  SEMAPHORE_GIT_REF_TYPE: 'pull-request',
  SEMAPHORE_GIT_BRANCH: 'develop', // the target branch in PR pipelines
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/cart',
  SEMAPHORE_GIT_PR_BRANCH: 'feature/cart',
  SEMAPHORE_GIT_PR_NUMBER: '17',
  SEMAPHORE_GIT_PR_SHA: PR_SHA,
  SEMAPHORE_GIT_PR_SLUG: 'acme/shop',
  SEMAPHORE_GIT_PR_NAME: 'Add a cart',
};
const forkPullRequest = {
  ...pullRequest,
  SEMAPHORE_GIT_PR_SLUG: 'mallory/shop',
  SEMAPHORE_GIT_PR_BRANCH: 'main',
  SEMAPHORE_GIT_WORKING_BRANCH: 'main',
};
const tagBuild = {
  ...common,
  SEMAPHORE_GIT_REF_TYPE: 'tag',
  SEMAPHORE_GIT_BRANCH: 'refs/tags/v1.2.0',
  SEMAPHORE_GIT_REF: 'refs/tags/v1.2.0',
  SEMAPHORE_GIT_TAG_NAME: 'v1.2.0',
};

const ref = (tag: string) => `registry.example.com/acme/shop/cache:${tag}`;

describe('fromSemaphoreEnv: pipeline types', () => {
  test.each([
    {
      name: 'branch build',
      env: branchBuild,
      reads: [ref('feature-login'), ref('main')],
      writes: ref('feature-login'),
    },
    { name: 'default branch', env: defaultBranchBuild, reads: [ref('main')], writes: ref('main') },
    {
      name: 'PR from the same repository',
      env: pullRequest,
      reads: [ref('feature-cart'), ref('develop'), ref('main')],
      writes: ref('feature-cart'),
    },
    { name: 'PR from a fork', env: forkPullRequest, reads: [ref('main'), ref('develop')], writes: undefined },
    { name: 'tag', env: tagBuild, reads: [ref('main')], writes: undefined },
  ])('$name reads $reads and writes $writes', ({ env, reads, writes }) => {
    const plan = planBuild(fromSemaphoreEnv(env));
    expect(plan.backend).toBe('registry');
    expect(plan.reads).toEqual(reads);
    expect(plan.writes).toBe(writes);
  });

  test.each([
    { name: 'branch build', env: branchBuild, keys: { branch: 'feature/login', sha: SHA } },
    { name: 'default branch', env: defaultBranchBuild, keys: { branch: 'main', sha: SHA } },
    {
      name: 'PR from the same repository',
      env: pullRequest,
      keys: {
        branch: 'feature/cart',
        prSourceBranch: 'feature/cart',
        prTargetBranch: 'develop',
        prId: '17',
        fork: false,
        sha: SHA,
      },
    },
    {
      name: 'PR from a fork',
      env: forkPullRequest,
      keys: { branch: 'main', prSourceBranch: 'main', prTargetBranch: 'develop', prId: '17', fork: true, sha: SHA },
    },
    {
      name: 'tag (SEMAPHORE_GIT_BRANCH holds refs/tags/…, not a branch)',
      env: tagBuild,
      keys: { tag: 'v1.2.0', sha: SHA },
    },
  ])('$name maps to cache keys $keys', ({ env, keys }) => {
    expect(fromSemaphoreEnv(env).cache?.keys).toEqual(keys);
  });

  test('a tag pipeline without SEMAPHORE_GIT_TAG_NAME takes the tag from refs/tags/… in SEMAPHORE_GIT_BRANCH', () => {
    const { SEMAPHORE_GIT_TAG_NAME: _, ...env } = tagBuild;
    expect(fromSemaphoreEnv(env).cache?.keys).toEqual({ tag: 'v1.2.0', sha: SHA });
  });

  test('LAYERCACHE_DEFAULT_BRANCH names the last read fallback', () => {
    const plan = planBuild(fromSemaphoreEnv({ ...branchBuild, LAYERCACHE_DEFAULT_BRANCH: 'master' }));
    expect(plan.reads).toEqual([ref('feature-login'), ref('master')]);
  });

  test('a debug job (SEMAPHORE_GIT_SHA=HEAD) records no sha instead of failing', () => {
    expect(fromSemaphoreEnv({ ...branchBuild, SEMAPHORE_GIT_SHA: 'HEAD' }).cache?.keys).toEqual({
      branch: 'feature/login',
    });
  });
});

describe('fromSemaphoreEnv: the earlier Docker caching guide', () => {
  const classic = {
    HOME: '/home/runner',
    BRANCH_NAME: 'feature-x',
    REVISION: SHA,
    SEMAPHORE_BUILD_NUMBER: '311',
    SEMAPHORE_JOB_ID: 'job-1',
    DOCKER_IMAGE_NAME: 'my-project_feature-x',
    REGISTRY_URL: 'myregistry.com',
    REGISTRY_PORT: '5000',
  };

  test('image tag ${REVISION}_${SEMAPHORE_BUILD_NUMBER} on $REGISTRY_URL:$REGISTRY_PORT/$DOCKER_IMAGE_NAME', () => {
    expect(fromSemaphoreEnv(classic).tags).toEqual([`myregistry.com:5000/my-project_feature-x:${SHA}_311`]);
  });

  test('the cache repository drops the branch suffix of the image name, so branches share fallbacks', () => {
    const plan = planBuild(fromSemaphoreEnv(classic));
    expect(plan.reads).toEqual([
      'myregistry.com:5000/my-project/cache:feature-x',
      'myregistry.com:5000/my-project/cache:main',
    ]);
    expect(plan.writes).toBe('myregistry.com:5000/my-project/cache:feature-x');
  });

  test('on Semaphore 2 the default tag takes SEMAPHORE_GIT_SHA and SEMAPHORE_WORKFLOW_NUMBER', () => {
    const options = fromSemaphoreEnv({
      ...branchBuild,
      LAYERCACHE_CACHE_REF: undefined,
      DOCKER_IMAGE_NAME: 'shop',
      REGISTRY_URL: 'https://registry.example.com/',
    });
    expect(options.tags).toEqual([`registry.example.com/shop:${SHA}_42`]);
    expect(options.cache?.ref).toBe('registry.example.com/shop/cache');
  });

  test('LAYERCACHE_TAGS replaces the default tag', () => {
    expect(fromSemaphoreEnv({ ...classic, LAYERCACHE_TAGS: 'a.example/app:1, a.example/app:latest' }).tags).toEqual([
      'a.example/app:1',
      'a.example/app:latest',
    ]);
  });
});

describe('fromSemaphoreEnv: Semaphore registry and settings', () => {
  const registry = {
    SEMAPHORE_REGISTRY_URL: 'registry.semaphoreci.com',
    SEMAPHORE_REGISTRY_USERNAME: 'robot',
    SEMAPHORE_REGISTRY_PASSWORD: 's3cr3t-pw',
  };

  test('registry credentials become registryAuth and a per-project cache repository', () => {
    const options = fromSemaphoreEnv({ ...branchBuild, LAYERCACHE_CACHE_REF: undefined, ...registry });
    expect(options.registryAuth).toEqual([
      { registry: 'registry.semaphoreci.com', username: 'robot', password: 's3cr3t-pw' },
    ]);
    expect(options.cache?.ref).toBe('registry.semaphoreci.com/shop/cache');
  });

  test('the password never shows in the plan the adapter prints', () => {
    const plan = planBuild(fromSemaphoreEnv({ ...branchBuild, ...registry }));
    expect(JSON.stringify(plan)).not.toContain('s3cr3t-pw');
  });

  test('without any registry the backend defaults to local, in a directory outside the checkout', () => {
    const options = fromSemaphoreEnv({ ...branchBuild, LAYERCACHE_CACHE_REF: undefined });
    expect(options.cache).toMatchObject({
      backend: 'local',
      dir: '/home/semaphore/.cache/layercache',
      local: { keep: 0 },
    });
  });

  test('LAYERCACHE_* settings map onto the options', () => {
    const options = fromSemaphoreEnv({
      ...branchBuild,
      LAYERCACHE_CONTEXT: 'app',
      LAYERCACHE_DOCKERFILE: 'app/Dockerfile.ci',
      LAYERCACHE_TARGET: 'runtime',
      LAYERCACHE_PUSH: 'true',
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_CACHE_MODE: 'min',
      LAYERCACHE_BUILD_ARG_BASE_IMAGE: 'busybox:1.36',
      LAYERCACHE_BUILD_ARG_NOTE: 'a, b c',
    } as Record<string, string>);
    expect(options).toMatchObject({
      context: 'app',
      dockerfile: 'app/Dockerfile.ci',
      target: 'runtime',
      push: true,
      network: 'none',
      buildArgs: { BASE_IMAGE: 'busybox:1.36', NOTE: 'a, b c' },
    });
    expect(options.cache?.mode).toBe('min');
  });
});

describe('fromSemaphoreEnv: clear errors naming the variable', () => {
  function issues(env: Record<string, string | undefined>): Array<{ path: string; message: string }> {
    try {
      fromSemaphoreEnv(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).exitCode).toBe(2);
      return (error as ConfigError).issues;
    }
    throw new Error('expected a ConfigError');
  }
  const without = (env: Record<string, string>, ...names: string[]) =>
    Object.fromEntries(Object.entries(env).filter(([k]) => !names.includes(k)));

  test.each([
    {
      name: 'no branch at all',
      env: without(branchBuild, 'SEMAPHORE_GIT_BRANCH', 'SEMAPHORE_GIT_WORKING_BRANCH'),
      variable: 'SEMAPHORE_GIT_BRANCH',
    },
    {
      name: 'PR without its target',
      env: without(pullRequest, 'SEMAPHORE_GIT_BRANCH'),
      variable: 'SEMAPHORE_GIT_BRANCH',
    },
    {
      name: 'PR without its source',
      env: without(pullRequest, 'SEMAPHORE_GIT_PR_BRANCH', 'SEMAPHORE_GIT_WORKING_BRANCH'),
      variable: 'SEMAPHORE_GIT_PR_BRANCH',
    },
    {
      name: 'PR without its number',
      env: without(pullRequest, 'SEMAPHORE_GIT_PR_NUMBER'),
      variable: 'SEMAPHORE_GIT_PR_NUMBER',
    },
    {
      name: 'PR without the fork facts',
      env: without(pullRequest, 'SEMAPHORE_GIT_PR_SLUG'),
      variable: 'SEMAPHORE_GIT_PR_SLUG',
    },
    {
      name: 'tag without a name',
      env: { ...without(tagBuild, 'SEMAPHORE_GIT_TAG_NAME'), SEMAPHORE_GIT_BRANCH: 'v1' },
      variable: 'SEMAPHORE_GIT_TAG_NAME',
    },
    {
      name: 'unknown ref type',
      env: { ...branchBuild, SEMAPHORE_GIT_REF_TYPE: 'merge' },
      variable: 'SEMAPHORE_GIT_REF_TYPE',
    },
    {
      name: 'registry backend with nowhere to cache',
      env: { ...without(branchBuild, 'LAYERCACHE_CACHE_REF'), LAYERCACHE_BACKEND: 'registry' },
      variable: 'LAYERCACHE_CACHE_REF',
    },
    { name: 'unknown backend', env: { ...branchBuild, LAYERCACHE_BACKEND: 's3' }, variable: 'LAYERCACHE_BACKEND' },
    { name: 'bad boolean', env: { ...branchBuild, LAYERCACHE_PUSH: 'yes please' }, variable: 'LAYERCACHE_PUSH' },
    {
      name: 'bad port',
      env: { ...branchBuild, REGISTRY_URL: 'r.example', REGISTRY_PORT: 'http' },
      variable: 'REGISTRY_PORT',
    },
    {
      name: 'half a registry login',
      env: { ...branchBuild, SEMAPHORE_REGISTRY_URL: 'r.example', SEMAPHORE_REGISTRY_USERNAME: 'robot' },
      variable: 'SEMAPHORE_REGISTRY_PASSWORD',
    },
    {
      name: 'classic image without REVISION',
      env: { BRANCH_NAME: 'main', SEMAPHORE_BUILD_NUMBER: '1', DOCKER_IMAGE_NAME: 'app', REGISTRY_URL: 'r.example' },
      variable: 'REVISION',
    },
    {
      name: 'image name docker rejects',
      env: { ...branchBuild, DOCKER_IMAGE_NAME: 'My App', REGISTRY_URL: 'r.example' },
      variable: 'DOCKER_IMAGE_NAME',
    },
    {
      name: 'cache ref docker rejects',
      env: { ...branchBuild, LAYERCACHE_CACHE_REF: 'Registry/UPPER' },
      variable: 'LAYERCACHE_CACHE_REF',
    },
  ])('$name -> $variable', ({ env, variable }) => {
    const found = issues(env);
    expect(found.map((i) => i.path)).toContain(variable);
  });

  test('every problem is reported at once', () => {
    const found = issues({ SEMAPHORE_GIT_REF_TYPE: 'pull-request', LAYERCACHE_PUSH: 'maybe' });
    expect(found.map((i) => i.path).sort()).toEqual([
      'LAYERCACHE_PUSH',
      'SEMAPHORE_GIT_BRANCH',
      'SEMAPHORE_GIT_PR_BRANCH',
      'SEMAPHORE_GIT_PR_NUMBER',
      'SEMAPHORE_GIT_PR_SLUG',
    ]);
  });

  test('an error never echoes the registry password', () => {
    const env = {
      ...branchBuild,
      SEMAPHORE_REGISTRY_USERNAME: 'robot',
      SEMAPHORE_REGISTRY_PASSWORD: 'top-secret-value',
    };
    expect(() => fromSemaphoreEnv(env)).toThrow(ConfigError);
    expect(JSON.stringify(issues(env))).not.toContain('top-secret-value');
  });
});
