// fromSemaphoreBakeEnv over plain env objects shaped like Semaphore jobs: LAYERCACHE_COMPOSE_FILE
// switches `layercache-semaphore build` to a bake; the shared settings come from fromSemaphoreEnv.
// The SDK's pure planBake then gives each service's refs. main() runs with a fake cachedBake only
// for the exit codes and the report file (the real bake runs in packages/gitlab/test/bake.test.itg.ts).
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BakeError, ConfigError, parseCompose, planBake, type BakeResult } from '@layercache/sdk';
import { describe, expect, test, vi } from 'vitest';
import { fromSemaphoreBakeEnv, ignoredInBake, isBake } from '../src/bake-env.js';
import { main } from '../src/main.js';

const common = {
  HOME: '/home/semaphore',
  SEMAPHORE_GIT_SHA: '5c84719708b9b649b9ef3b56af214f38cee6acde',
  SEMAPHORE_JOB_ID: 'job-1',
  LAYERCACHE_COMPOSE_FILE: 'compose.yaml',
};
const branch = {
  ...common,
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'feature/login',
  LAYERCACHE_CACHE_REF: 'registry.example.com/acme/shop/cache',
};
const pullRequest = {
  ...branch,
  SEMAPHORE_GIT_REF_TYPE: 'pull-request',
  SEMAPHORE_GIT_BRANCH: 'develop',
  SEMAPHORE_GIT_PR_BRANCH: 'feature/cart',
  SEMAPHORE_GIT_PR_NUMBER: '17',
  SEMAPHORE_GIT_PR_SLUG: 'acme/shop',
  SEMAPHORE_GIT_REPO_SLUG: 'acme/shop',
};
const compose = parseCompose({
  file: 'compose.yaml',
  text: 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n',
  env: {},
});

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('LAYERCACHE_COMPOSE_FILE', () => {
  test.each([
    ['unset', { ...branch, LAYERCACHE_COMPOSE_FILE: undefined }, false],
    ['empty', { ...branch, LAYERCACHE_COMPOSE_FILE: '' }, false],
    ['a file', branch, true],
  ])('%s', (_name, env, expected) => {
    expect(isBake(env)).toBe(expected);
  });

  test.each([
    [
      'one file, registry cache, branch keys',
      branch,
      {
        files: ['compose.yaml'],
        targets: [],
        push: false,
        cache: { backend: 'registry', ref: 'registry.example.com/acme/shop/cache', keys: { branch: 'feature/login' } },
      },
    ],
    [
      'files and services lists',
      { ...branch, LAYERCACHE_COMPOSE_FILE: 'compose.yaml,compose.ci.yaml', LAYERCACHE_COMPOSE_SERVICES: 'api web' },
      { files: ['compose.yaml', 'compose.ci.yaml'], targets: ['api', 'web'] },
    ],
    ['push', { ...branch, LAYERCACHE_PUSH: 'true' }, { push: true }],
    [
      "cache ref from Semaphore's docker caching variables",
      {
        ...common,
        SEMAPHORE_GIT_REF_TYPE: 'branch',
        SEMAPHORE_GIT_BRANCH: 'main',
        REGISTRY_URL: 'registry.example.com',
        DOCKER_IMAGE_NAME: 'shop',
      },
      { cache: { backend: 'registry', ref: 'registry.example.com/shop/cache' } },
    ],
    [
      'pull request keys',
      pullRequest,
      { cache: { keys: { prId: '17', prSourceBranch: 'feature/cart', prTargetBranch: 'develop' } } },
    ],
  ])('%s', (_name, env, expected) => {
    expect(fromSemaphoreBakeEnv(env)).toMatchObject(expected);
  });

  test('only the shared options reach the bake (tags, context and network are per service)', () => {
    expect(Object.keys(fromSemaphoreBakeEnv({ ...branch, LAYERCACHE_IMAGE: 'r.example/shop' })).sort()).toEqual([
      'cache',
      'files',
      'load',
      'push',
      'registryAuth',
      'targets',
    ]);
  });

  test.each([
    ['local backend asked for', { ...branch, LAYERCACHE_BACKEND: 'local' }, 'LAYERCACHE_BACKEND'],
    [
      'no registry known (the single build would fall back to local)',
      { ...common, SEMAPHORE_GIT_REF_TYPE: 'branch', SEMAPHORE_GIT_BRANCH: 'main' },
      'LAYERCACHE_CACHE_REF',
    ],
    ['no branch', { ...branch, SEMAPHORE_GIT_BRANCH: undefined }, 'SEMAPHORE_GIT_BRANCH'],
  ])('error: %s names %s', (_name, env, variable) => {
    expect(configError(() => fromSemaphoreBakeEnv(env)).issues.map((i) => i.path)).toContain(variable);
  });

  test.each([
    ['nothing per image', branch, []],
    [
      'dockerfile, tags and a build arg',
      { ...branch, LAYERCACHE_DOCKERFILE: 'Dockerfile', LAYERCACHE_TAGS: 'r/x:1', LAYERCACHE_BUILD_ARG_A: '1' },
      ['LAYERCACHE_DOCKERFILE', 'LAYERCACHE_TAGS', 'LAYERCACHE_BUILD_ARG_*'],
    ],
  ])('ignored per-image settings: %s', (_name, env, expected) => {
    expect(ignoredInBake(env)).toEqual(expected);
  });

  test.each([
    [
      'branch: each service reads its branch then main',
      branch,
      'api',
      ['registry.example.com/acme/shop/cache/api:feature-login', 'registry.example.com/acme/shop/cache/api:main'],
      'registry.example.com/acme/shop/cache/api:feature-login',
    ],
    [
      'pull request: source, target, default; writes source',
      pullRequest,
      'web',
      [
        'registry.example.com/acme/shop/cache/web:feature-cart',
        'registry.example.com/acme/shop/cache/web:develop',
        'registry.example.com/acme/shop/cache/web:main',
      ],
      'registry.example.com/acme/shop/cache/web:feature-cart',
    ],
  ])('planBake: %s', (_name, env, service, reads, writes) => {
    const sp = planBake(fromSemaphoreBakeEnv(env), { project: compose, files: ['compose.yaml'] }).services.find(
      (s) => s.service === service
    )!;
    expect(sp.build.reads).toEqual(reads);
    expect(sp.build.writes).toBe(writes);
  });
});

describe('layercache-semaphore build with LAYERCACHE_COMPOSE_FILE', () => {
  const result = (failed: string[]) =>
    ({
      durationMs: 3000,
      report: {
        services: [
          {
            service: 'api',
            target: 'api',
            status: failed.length ? 'failed' : 'ok',
            report: {
              backend: 'registry',
              cachedSteps: 2,
              totalSteps: 5,
              reads: [],
              writes: 'r/c/api:main',
              warnings: [],
            },
          },
        ],
        totalSteps: 5,
        cachedSteps: 2,
        hitRatio: 0.4,
        failed,
        warnings: [],
      },
    } as unknown as BakeResult);
  function io(env: Record<string, string | undefined>, bake: ReturnType<typeof vi.fn>, cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    return {
      io: {
        env,
        cwd,
        stdout: { write: (c: string) => out.push(c) },
        stderr: { write: (c: string) => err.push(c) },
        bake,
        build: vi.fn(),
      },
      out,
      err,
    };
  }

  test('bakes, exit 0, writes the bake report', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sem-bake-'));
    const bake = vi.fn().mockResolvedValue(result([]));
    const t = io(branch, bake, dir);
    expect(await main(['build', '--report-json', 'r.json'], t.io)).toBe(0);
    expect(t.io.build).not.toHaveBeenCalled();
    expect(bake.mock.calls[0]?.[0]).toMatchObject({ files: ['compose.yaml'] });
    expect(JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'))).toMatchObject({
      totalSteps: 5,
      cachedSteps: 2,
      failed: [],
    });
    expect(t.out.join('')).toMatch(/api\s+2\/5 cached/); // the SDK's renderBakeSummary
  });

  test('a failed service: exit 1, the report still written naming it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sem-bake-'));
    const bake = vi.fn().mockRejectedValue(new BakeError(1, 'RUN false', result(['api'])));
    const t = io(branch, bake, dir);
    expect(await main(['build', '--report-json', 'r.json'], t.io)).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'))).toMatchObject({ failed: ['api'] });
    expect(t.err.join('')).toContain('service api did not build');
  });

  test('plan is refused with a pointer to bake --dry-run (exit 2)', async () => {
    const t = io(branch, vi.fn(), '/tmp');
    expect(await main(['plan'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('bake --dry-run');
  });
});
