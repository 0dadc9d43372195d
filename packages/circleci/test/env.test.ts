// fromCircleEnv over plain env objects shaped like CircleCI's built-in variables
// (https://circleci.com/docs/variables/). No process.env, no Docker.
import { ConfigError, planBuild } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromCircleEnv, type Env } from '../src/env.js';

const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const base: Env = {
  CIRCLECI: 'true',
  CIRCLE_SHA1: SHA,
  CIRCLE_BUILD_NUM: '812',
  CIRCLE_WORKFLOW_ID: 'f7d1c9a2-1111-4a4a-9b9b-0123456789ab',
  CIRCLE_PROJECT_USERNAME: 'acme',
  CIRCLE_PROJECT_REPONAME: 'shop',
  LAYERCACHE_IMAGE: 'registry.example.com/acme/shop',
};

describe('fromCircleEnv: CircleCI facts -> cache keys and write policy', () => {
  test.each([
    {
      name: 'branch push',
      env: { ...base, CIRCLE_BRANCH: 'feature/Login' },
      keys: { branch: 'feature/Login', prId: undefined, fork: false, tag: undefined },
      reads: ['feature-login', 'main'],
      writes: 'feature-login',
    },
    {
      name: 'default branch push',
      env: { ...base, CIRCLE_BRANCH: 'main' },
      keys: { branch: 'main', prId: undefined, fork: false, tag: undefined },
      reads: ['main'],
      writes: 'main',
    },
    {
      name: 'pull request from the same repository (number from the PR URL)',
      env: {
        ...base,
        CIRCLE_BRANCH: 'fix-cart',
        CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/42',
        CIRCLE_PULL_REQUESTS: 'https://github.com/acme/shop/pull/42',
        LAYERCACHE_PR_TARGET_BRANCH: 'develop',
      },
      keys: { branch: 'fix-cart', prSourceBranch: 'fix-cart', prTargetBranch: 'develop', prId: '42', fork: false },
      reads: ['fix-cart', 'develop', 'main'],
      writes: 'fix-cart',
    },
    {
      name: 'branch in several pull requests: the lowest number, whichever CIRCLE_PULL_REQUEST picked',
      env: {
        ...base,
        CIRCLE_BRANCH: 'shared',
        CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/77',
        CIRCLE_PULL_REQUESTS: 'https://github.com/acme/shop/pull/77,https://github.com/acme/shop/pull/61',
      },
      keys: { prId: '61', fork: false },
      reads: ['shared', 'main'],
      writes: 'shared',
    },
    {
      name: 'forked pull request (CIRCLE_PR_NUMBER is only set for forks)',
      env: {
        ...base,
        CIRCLE_BRANCH: 'pull/99',
        CIRCLE_PR_NUMBER: '99',
        CIRCLE_PR_USERNAME: 'mallory',
        CIRCLE_PR_REPONAME: 'shop',
        CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/99',
      },
      keys: { branch: 'pull/99', prId: '99', fork: true },
      reads: ['pull-99', 'main'],
      writes: undefined,
    },
    {
      name: 'forked pull request seen only through the PR user',
      env: {
        ...base,
        CIRCLE_BRANCH: 'pull/100',
        CIRCLE_PR_USERNAME: 'mallory',
        CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/100',
      },
      keys: { prId: '100', fork: true },
      reads: ['pull-100', 'main'],
      writes: undefined,
    },
    {
      name: 'tag build: reads the default branch, writes nothing',
      env: { ...base, CIRCLE_TAG: 'v1.4.0' },
      keys: { branch: undefined, tag: 'v1.4.0', prId: undefined, fork: false },
      reads: ['main'],
      writes: undefined,
    },
    {
      name: 'Bitbucket pull request URL and a custom default branch',
      env: {
        ...base,
        CIRCLE_BRANCH: 'topic',
        CIRCLE_PULL_REQUEST: 'https://bitbucket.org/acme/shop/pull-requests/7',
        LAYERCACHE_DEFAULT_BRANCH: 'trunk',
      },
      keys: { prId: '7', defaultBranch: 'trunk' },
      reads: ['topic', 'trunk'],
      writes: 'topic',
    },
  ])('$name', ({ env, keys, reads, writes }) => {
    const options = fromCircleEnv(env);
    const actual = options.cache?.keys as Record<string, unknown>;
    // toEqual treats a missing key and an undefined one alike, so "undefined" rows check absence.
    expect(Object.fromEntries(Object.keys(keys).map((k) => [k, actual[k]]))).toEqual(keys);
    // The SDK decides reads and writes from these facts; checking them proves the facts are the right ones.
    const plan = planBuild(options);
    expect(plan.backend).toBe('registry');
    expect(plan.reads).toEqual(reads.map((slug) => `registry.example.com/acme/shop-cache:${slug}`));
    expect(plan.writes).toBe(writes === undefined ? undefined : `registry.example.com/acme/shop-cache:${writes}`);
  });
});

describe('fromCircleEnv: image tags are per build, never mutable', () => {
  test.each([
    {
      name: 'sha and build number',
      env: { ...base, CIRCLE_BRANCH: 'main' },
      tags: [`registry.example.com/acme/shop:${SHA}`, 'registry.example.com/acme/shop:build-812'],
    },
    {
      name: 'tag build keeps per-build tags',
      env: { ...base, CIRCLE_TAG: 'v2.0.0' },
      tags: [`registry.example.com/acme/shop:${SHA}`, 'registry.example.com/acme/shop:build-812'],
    },
    {
      name: 'no build number (local run)',
      env: { ...base, CIRCLE_BUILD_NUM: undefined, CIRCLE_BRANCH: 'x' },
      tags: [`registry.example.com/acme/shop:${SHA}`],
    },
  ])('$name', ({ env, tags }) => {
    const options = fromCircleEnv(env);
    expect(options.tags).toEqual(tags);
    expect(options.tags?.some((t) => /:(latest|main|v2\.0\.0)$/.test(t))).toBe(false);
  });

  test('labels carry the revision, project and workflow', () => {
    expect(fromCircleEnv({ ...base, CIRCLE_BRANCH: 'main' }).labels).toEqual({
      'org.opencontainers.image.revision': SHA,
      'com.circleci.project': 'acme/shop',
      'com.circleci.workflow-id': base.CIRCLE_WORKFLOW_ID,
    });
  });
});

describe('fromCircleEnv: user settings', () => {
  test('maps every LAYERCACHE_* setting', () => {
    const options = fromCircleEnv({
      ...base,
      CIRCLE_BRANCH: 'main',
      LAYERCACHE_CONTEXT: 'services/api',
      LAYERCACHE_DOCKERFILE: 'services/api/Dockerfile.prod',
      LAYERCACHE_TARGET: 'runtime',
      LAYERCACHE_PLATFORMS: 'linux/amd64, linux/arm64',
      LAYERCACHE_BUILD_ARGS: 'NODE_VERSION=20\n# a comment\nFLAGS=a=b\n',
      LAYERCACHE_PUSH: 'false',
      LAYERCACHE_LOAD: 'true',
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_BUILDER: 'layercache',
      LAYERCACHE_CACHE_REF: 'registry.example.com/acme/cache',
      LAYERCACHE_CACHE_MODE: 'min',
      LAYERCACHE_CACHE_WRITE: 'never',
    });
    expect(options).toMatchObject({
      context: 'services/api',
      dockerfile: 'services/api/Dockerfile.prod',
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: { NODE_VERSION: '20', FLAGS: 'a=b' },
      push: false,
      load: true,
      network: 'none',
      builder: 'layercache',
      cache: { backend: 'registry', ref: 'registry.example.com/acme/cache', mode: 'min', write: 'never' },
    });
  });

  test('registry login reads the env vars the orb names, and the password stays out of errors', () => {
    const env = {
      ...base,
      CIRCLE_BRANCH: 'main',
      LAYERCACHE_REGISTRY: 'registry.example.com',
      LAYERCACHE_REGISTRY_USERNAME_VAR: 'REG_USER',
      LAYERCACHE_REGISTRY_PASSWORD_VAR: 'REG_PASS',
      REG_USER: 'bot',
      REG_PASS: 's3cr3t-value',
    };
    expect(fromCircleEnv(env).registryAuth).toEqual([
      { registry: 'registry.example.com', username: 'bot', password: 's3cr3t-value' },
    ]);
  });

  test('registry login defaults to DOCKER_LOGIN / DOCKER_PASSWORD', () => {
    const env = {
      ...base,
      CIRCLE_BRANCH: 'main',
      LAYERCACHE_REGISTRY: 'docker.io',
      DOCKER_LOGIN: 'bot',
      DOCKER_PASSWORD: 'pw',
    };
    expect(fromCircleEnv(env).registryAuth).toEqual([{ registry: 'docker.io', username: 'bot', password: 'pw' }]);
  });
});

describe('fromCircleEnv: bad input names the variable to fix', () => {
  test.each([
    { name: 'no image', env: { ...base, LAYERCACHE_IMAGE: undefined }, path: 'LAYERCACHE_IMAGE' },
    {
      name: 'image with a mutable tag',
      env: { ...base, LAYERCACHE_IMAGE: 'registry.example.com/acme/shop:latest' },
      path: 'LAYERCACHE_IMAGE',
    },
    {
      name: 'image with a digest',
      env: { ...base, LAYERCACHE_IMAGE: `registry.example.com/acme/shop@sha256:${'a'.repeat(64)}` },
      path: 'LAYERCACHE_IMAGE',
    },
    {
      name: 'no sha and no build number',
      env: { ...base, CIRCLE_SHA1: undefined, CIRCLE_BUILD_NUM: undefined },
      path: 'CIRCLE_SHA1',
    },
    { name: 'bad boolean', env: { ...base, LAYERCACHE_PUSH: 'sometimes' }, path: 'LAYERCACHE_PUSH' },
    {
      name: 'build arg without =',
      env: { ...base, LAYERCACHE_BUILD_ARGS: 'JUSTANAME' },
      path: 'LAYERCACHE_BUILD_ARGS',
    },
    {
      name: 'unknown backend (SDK rule, renamed to the env var)',
      env: { ...base, CIRCLE_BRANCH: 'main', LAYERCACHE_CACHE_BACKEND: 'floppy' },
      path: 'LAYERCACHE_CACHE_BACKEND',
    },
    {
      name: 'bad network (SDK rule)',
      env: { ...base, CIRCLE_BRANCH: 'main', LAYERCACHE_NETWORK: 'bridge' },
      path: 'LAYERCACHE_NETWORK',
    },
    {
      name: 'bad platform (SDK rule)',
      env: { ...base, CIRCLE_BRANCH: 'main', LAYERCACHE_PLATFORMS: 'amd64' },
      path: 'LAYERCACHE_PLATFORMS',
    },
    {
      name: 'bad sha (SDK rule)',
      env: { ...base, CIRCLE_BRANCH: 'main', CIRCLE_SHA1: 'not-a-sha' },
      path: 'CIRCLE_SHA1',
    },
    {
      name: 'neither branch nor tag (it would write the default branch cache)',
      env: { ...base, CIRCLE_BRANCH: undefined, CIRCLE_TAG: undefined },
      path: 'CIRCLE_BRANCH',
    },
    {
      name: 'registry without password',
      env: { ...base, LAYERCACHE_REGISTRY: 'docker.io', DOCKER_LOGIN: 'bot' },
      path: 'DOCKER_PASSWORD',
    },
  ])('$name -> $path', ({ env, path }) => {
    let error: unknown;
    try {
      fromCircleEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.hint).toBeTruthy();
    expect((error as ConfigError).exitCode).toBe(2);
  });

  test('a login error never prints the password', () => {
    const env = { ...base, LAYERCACHE_REGISTRY: 'docker.io', DOCKER_PASSWORD: 'hunter2-secret' };
    expect(() => fromCircleEnv(env)).toThrow(/DOCKER_LOGIN/);
    try {
      fromCircleEnv(env);
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('hunter2-secret');
    }
  });
});
