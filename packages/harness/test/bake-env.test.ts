// fromHarnessBakeEnv over plain env objects: compose_file/bake_file switch the step to a bake, and
// the shared settings (managed S3 cache, remote cache image, keys, login, no_push) come from the
// single-build mapping. The last table runs the result through the SDK's pure planBake with a
// parsed Compose file. No process.env, no Docker.
import { describe, expect, test } from 'vitest';
import { ConfigError, parseCompose, planBake } from '@layercache/sdk';
import { fromHarnessBakeEnv, ignoredInBake, isBake } from '../src/bake-env.js';
import { renameIssues } from '@layercache/sdk/adapter';
import { HARNESS_NAMES } from '../src/settings.js';
import { bakeOutputVariables, serviceDigestOutput } from '../src/outputs.js';
import { PUSH, S3 } from './support/env-fixtures.js';

const REMOTE = {
  ...PUSH,
  PLUGIN_REMOTE_CACHE_IMAGE: 'registry.example.com/team/cache',
  PLUGIN_COMPOSE_FILE: 'compose.yaml',
};

const compose = parseCompose({
  file: 'compose.yaml',
  text: 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n',
  env: {},
});

describe('compose_file / bake_file switch the step to a bake', () => {
  test.each([
    ['neither', {}, false],
    ['compose_file empty (an unresolved setting)', { PLUGIN_COMPOSE_FILE: '' }, false],
    ['compose_file', { PLUGIN_COMPOSE_FILE: 'compose.yaml' }, true],
    ['bake_file', { PLUGIN_BAKE_FILE: 'docker-bake.hcl' }, true],
  ])('%s', (_name, env, expected) => {
    expect(isBake(env)).toBe(expected);
  });
});

describe('fromHarnessBakeEnv', () => {
  test.each([
    [
      'remote cache image: registry backend, keys',
      REMOTE,
      {
        files: ['compose.yaml'],
        targets: [],
        push: true,
        cache: {
          backend: 'registry',
          ref: 'registry.example.com/team/cache',
          keys: { branch: 'feature/login', defaultBranch: 'main' },
        },
      },
    ],
    [
      'several files (list setting) and services',
      { ...REMOTE, PLUGIN_COMPOSE_FILE: 'compose.yaml,compose.ci.yaml', PLUGIN_COMPOSE_SERVICES: 'api;web' },
      { files: ['compose.yaml', 'compose.ci.yaml'], targets: ['api', 'web'] },
    ],
    ['bake_file', { ...PUSH, PLUGIN_BAKE_FILE: 'docker-bake.hcl' }, { files: ['docker-bake.hcl'] }],
    ['no_push', { ...REMOTE, PLUGIN_NO_PUSH: 'true' }, { push: false }],
    ['dry_run', { ...REMOTE, PLUGIN_DRY_RUN: 'true' }, { push: false }],
    [
      'managed S3 cache',
      { ...PUSH, ...S3, PLUGIN_COMPOSE_FILE: 'compose.yaml' },
      {
        cache: {
          backend: 's3',
          harness: { bucket: 'dlc-bucket', region: 'eu-west-1', endpointUrl: 'https://s3.cache.harness.example' },
        },
      },
    ],
    [
      'registry login',
      { ...REMOTE, PLUGIN_REGISTRY: 'registry.example.com', PLUGIN_USERNAME: 'ci', PLUGIN_PASSWORD: 'pw-secret' },
      { registryAuth: [{ registry: 'registry.example.com', username: 'ci', password: 'pw-secret' }] },
    ],
  ])('%s', (_name, env, expected) => {
    expect(fromHarnessBakeEnv(env)).toMatchObject(expected);
  });

  test('only the shared options: no tags, context or network (they are per service)', () => {
    const o = fromHarnessBakeEnv({ ...REMOTE, PLUGIN_REPO: 'team/app', PLUGIN_NETWORK: 'none', PLUGIN_CONTEXT: 'app' });
    for (const key of ['tags', 'context', 'network', 'dockerfile', 'buildArgs', 'platforms', 'labels'])
      expect(o).not.toHaveProperty(key);
  });

  test('both compose_file and bake_file: exit 2 naming the setting', () => {
    const err = (() => {
      try {
        fromHarnessBakeEnv({ ...REMOTE, PLUGIN_BAKE_FILE: 'docker-bake.hcl' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues[0]?.path).toBe('PLUGIN_BAKE_FILE');
  });

  test('shared settings are still checked', () => {
    expect(() => fromHarnessBakeEnv({ ...REMOTE, PLUGIN_CACHE_BACKEND: 'nope' })).toThrow(/PLUGIN_CACHE_BACKEND/);
  });

  test('SDK errors about files and services name the settings', () => {
    expect(
      renameIssues(HARNESS_NAMES, [
        { path: 'files.0', message: 'bad' },
        { path: 'targets.0', message: 'bad' },
      ]).map((i) => i.path)
    ).toEqual(['PLUGIN_COMPOSE_FILE', 'PLUGIN_COMPOSE_SERVICES']);
  });

  test.each([
    ['nothing per image', REMOTE, []],
    [
      'repo, dockerfile and network',
      { ...REMOTE, PLUGIN_REPO: 'team/app', PLUGIN_DOCKERFILE: 'Dockerfile', PLUGIN_NETWORK: 'none' },
      ['PLUGIN_REPO', 'PLUGIN_DOCKERFILE', 'PLUGIN_NETWORK'],
    ],
  ])('ignored per-image settings: %s', (_name, env, expected) => {
    expect(ignoredInBake(env).map((n) => n.split(' ')[0])).toEqual(expected);
  });
});

describe('what the SDK plans from it (planBake, pure)', () => {
  test.each([
    [
      'remote cache image: <ref>/<service>:<branch>',
      REMOTE,
      'api',
      {
        reads: ['registry.example.com/team/cache/api:feature-login', 'registry.example.com/team/cache/api:main'],
        writes: 'registry.example.com/team/cache/api:feature-login',
      },
    ],
    [
      'pull request: reads source, target, default; writes source',
      {
        ...REMOTE,
        DRONE_BUILD_EVENT: 'pull_request',
        DRONE_PULL_REQUEST: '9',
        DRONE_SOURCE_BRANCH: 'feature/login',
        DRONE_TARGET_BRANCH: 'develop',
      },
      'web',
      {
        reads: [
          'registry.example.com/team/cache/web:feature-login',
          'registry.example.com/team/cache/web:develop',
          'registry.example.com/team/cache/web:main',
        ],
        writes: 'registry.example.com/team/cache/web:feature-login',
      },
    ],
  ])('%s', (_name, env, service, expected) => {
    const plan = planBake(fromHarnessBakeEnv(env), { project: compose, files: ['compose.yaml'] });
    expect(plan.services.find((s) => s.service === service)?.build).toMatchObject(expected);
  });

  test('managed cache: one S3 prefix per service, keys never in argv', () => {
    const plan = planBake(fromHarnessBakeEnv({ ...PUSH, ...S3, PLUGIN_COMPOSE_FILE: 'compose.yaml' }), {
      project: compose,
      files: ['compose.yaml'],
    });
    const args = plan.args.join(' ');
    expect(args).toMatch(/api\.cache-to=[^ ]*prefix=[^ ,]*api\//);
    expect(args).not.toContain('AKIAREALKEY0001');
    expect(args).not.toContain(S3.PLUGIN_CACHE_S3_SECRET_KEY);
  });
});

describe('bake outputs', () => {
  const result = {
    durationMs: 6412,
    report: {
      services: [
        {
          service: 'api',
          target: 'api',
          status: 'ok' as const,
          imageDigest: 'sha256:aaa',
          report: { backend: 'registry' },
        },
        { service: '2nd.web', target: '2nd_web', status: 'ok' as const, report: { backend: 'registry' } },
      ],
      totalSteps: 10,
      cachedSteps: 8,
      hitRatio: 0.8,
      failed: [],
      warnings: [],
    },
  } as never;

  test('totals, services and one digest per service', () => {
    expect(bakeOutputVariables(result)).toEqual({
      SERVICES: 'api,2nd.web',
      FAILED_SERVICES: '',
      CACHED_STEPS: '8',
      TOTAL_STEPS: '10',
      HIT_RATIO: '0.8',
      CACHE_BACKEND: 'registry',
      BUILD_SECONDS: '6.412',
      API_IMAGE_DIGEST: 'sha256:aaa',
      S_2ND_WEB_IMAGE_DIGEST: '',
    });
  });

  test.each([
    ['api', 'API_IMAGE_DIGEST'],
    ['web.v2', 'WEB_V2_IMAGE_DIGEST'],
    ['-x', 'X_IMAGE_DIGEST'],
    ['9x', 'S_9X_IMAGE_DIGEST'],
  ])('%s -> %s', (service, name) => {
    expect(serviceDigestOutput(service)).toBe(name);
  });
});
