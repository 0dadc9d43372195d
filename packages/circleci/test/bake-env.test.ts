// fromCircleBakeEnv over plain env objects shaped like CircleCI's built-in variables and the orb's
// LAYERCACHE_* parameters: compose_file switches the build step to a bake; the shared options come
// from fromCircleEnv. The SDK's pure planBake then gives each service's refs. No process.env, no Docker.
import { ConfigError, parseCompose, planBake } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromCircleBakeEnv, ignoredInBake, isBake } from '../src/env.js';
import { bakeStepOutputs, bashEnvLines, serviceDigestVariable } from '../src/outputs.js';
import type { Env } from '../src/env.js';

const SHA = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const base: Env = {
  CIRCLE_SHA1: SHA,
  CIRCLE_BUILD_NUM: '812',
  CIRCLE_PROJECT_USERNAME: 'acme',
  CIRCLE_BRANCH: 'feature/login',
  LAYERCACHE_IMAGE: 'registry.example.com/acme/shop',
  LAYERCACHE_COMPOSE_FILE: 'compose.yaml',
  // the orb's defaults
  LAYERCACHE_CONTEXT: '.',
  LAYERCACHE_NETWORK: 'default',
  LAYERCACHE_PUSH: 'true',
  LAYERCACHE_CACHE_BACKEND: 'registry',
  LAYERCACHE_DEFAULT_BRANCH: 'main',
};
const compose = parseCompose({
  file: 'compose.yaml',
  text: 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n',
  env: {},
});

describe('compose_file switches the build step to a bake', () => {
  test.each([
    ['unset', { ...base, LAYERCACHE_COMPOSE_FILE: undefined }, false],
    ['empty (the parameter default)', { ...base, LAYERCACHE_COMPOSE_FILE: '' }, false],
    ['a file', base, true],
  ])('%s', (_name, env, expected) => {
    expect(isBake(env)).toBe(expected);
  });
});

describe('fromCircleBakeEnv', () => {
  test.each([
    [
      'default cache ref <image>-cache, branch keys, push',
      base,
      {
        files: ['compose.yaml'],
        targets: [],
        push: true,
        cache: {
          backend: 'registry',
          ref: 'registry.example.com/acme/shop-cache',
          keys: { branch: 'feature/login', defaultBranch: 'main', sha: SHA },
        },
      },
    ],
    [
      'files and services',
      { ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml, compose.ci.yaml', LAYERCACHE_COMPOSE_SERVICES: 'api,web' },
      { files: ['compose.yaml', 'compose.ci.yaml'], targets: ['api', 'web'] },
    ],
    [
      'cache_ref parameter',
      { ...base, LAYERCACHE_CACHE_REF: 'registry.example.com/acme/cache' },
      { cache: { ref: 'registry.example.com/acme/cache' } },
    ],
    ['builder', { ...base, LAYERCACHE_BUILDER: 'layercache' }, { builder: 'layercache' }],
    [
      'forked PR',
      { ...base, CIRCLE_PR_NUMBER: '9', CIRCLE_PULL_REQUEST: 'https://github.com/acme/shop/pull/9' },
      { cache: { keys: { prId: '9', fork: true } } },
    ],
    [
      'registry login from the named variables',
      { ...base, LAYERCACHE_REGISTRY: 'registry.example.com', DOCKER_LOGIN: 'ci', DOCKER_PASSWORD: 'pw-secret' },
      { registryAuth: [{ registry: 'registry.example.com', username: 'ci', password: 'pw-secret' }] },
    ],
  ])('%s', (_name, env, expected) => {
    expect(fromCircleBakeEnv(env)).toMatchObject(expected);
  });

  test('only the shared options: the per-build tags, labels and context stay out (per service)', () => {
    expect(Object.keys(fromCircleBakeEnv(base)).sort()).toEqual([
      'cache',
      'files',
      'load',
      'push',
      'registryAuth',
      'targets',
    ]);
  });

  test('image stays required (it names the default cache)', () => {
    expect(() => fromCircleBakeEnv({ ...base, LAYERCACHE_IMAGE: '' })).toThrow(ConfigError);
    expect(() => fromCircleBakeEnv({ ...base, LAYERCACHE_IMAGE: '' })).toThrow(/LAYERCACHE_IMAGE/);
  });

  test.each([
    ['the orb defaults', base, []],
    [
      'dockerfile, target, network and context',
      {
        ...base,
        LAYERCACHE_DOCKERFILE: 'Dockerfile',
        LAYERCACHE_TARGET: 'prod',
        LAYERCACHE_NETWORK: 'none',
        LAYERCACHE_CONTEXT: 'app',
      },
      ['LAYERCACHE_DOCKERFILE', 'LAYERCACHE_TARGET', 'LAYERCACHE_NETWORK', 'LAYERCACHE_CONTEXT'],
    ],
  ])('ignored per-image parameters: %s', (_name, env, expected) => {
    expect(ignoredInBake(env)).toEqual(expected);
  });

  test.each([
    [
      'branch: <image>-cache/<service>:<branch>, then main',
      base,
      'api',
      ['registry.example.com/acme/shop-cache/api:feature-login', 'registry.example.com/acme/shop-cache/api:main'],
      'registry.example.com/acme/shop-cache/api:feature-login',
    ],
    [
      'tag build: reads main, writes nothing',
      { ...base, CIRCLE_BRANCH: '', CIRCLE_TAG: 'v1.0.0' },
      'web',
      ['registry.example.com/acme/shop-cache/web:main'],
      undefined,
    ],
  ])('planBake: %s', (_name, env, service, reads, writes) => {
    const sp = planBake(fromCircleBakeEnv(env), { project: compose, files: ['compose.yaml'] }).services.find(
      (s) => s.service === service
    )!;
    expect(sp.build.reads).toEqual(reads);
    expect(sp.build.writes).toBe(writes);
  });
});

describe('bake step outputs', () => {
  const result = {
    report: {
      services: [{ service: 'api', imageDigest: 'sha256:aaa' }, { service: 'web.v2' }],
      totalSteps: 10,
      cachedSteps: 8,
      failed: ['web.v2'],
    },
  } as never;

  test('totals, services and one digest per service, as $BASH_ENV exports', () => {
    expect(bakeStepOutputs(result)).toEqual({
      LAYERCACHE_SERVICES: 'api,web.v2',
      LAYERCACHE_FAILED_SERVICES: 'web.v2',
      LAYERCACHE_CACHED_STEPS: '8',
      LAYERCACHE_TOTAL_STEPS: '10',
      LAYERCACHE_API_IMAGE_DIGEST: 'sha256:aaa',
      LAYERCACHE_WEB_V2_IMAGE_DIGEST: '',
    });
    expect(bashEnvLines(bakeStepOutputs(result))).toContain("export LAYERCACHE_SERVICES='api,web.v2'\n");
  });

  test.each([
    ['api', 'LAYERCACHE_API_IMAGE_DIGEST'],
    ['my-svc_2', 'LAYERCACHE_MY_SVC_2_IMAGE_DIGEST'],
  ])('%s -> %s', (service, name) => {
    expect(serviceDigestVariable(service)).toBe(name);
  });
});
