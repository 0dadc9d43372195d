// fromGitLabBakeEnv over plain env objects: the compose_file input switches to a bake, and the
// shared settings (keys, cache ref, logins, push) come from the single-build mapping. The last
// table hands the result to the SDK's pure planBake with a parsed Compose file, so the per-service
// refs are what GitLab users get. No process.env, no Docker.
import { describe, expect, test } from 'vitest';
import { ConfigError, parseCompose, planBake } from '@layercache/sdk';
import { fromGitLabBakeEnv, ignoredInBake, isBake } from '../src/bake-env.js';
import { renameIssues } from '@layercache/sdk/adapter';
import { OPTION_SOURCES, type Env } from '../src/env.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const base: Env = {
  CI_PIPELINE_SOURCE: 'push',
  CI_DEFAULT_BRANCH: 'main',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_BRANCH: 'feature/login',
  CI_PROJECT_DIR: '/builds/group/app',
  CI_REGISTRY: 'registry.gitlab.com',
  CI_REGISTRY_IMAGE: 'registry.gitlab.com/group/app',
  CI_JOB_TOKEN: 'glcbt-secret-token',
  // the template's defaults
  LAYERCACHE_CONTEXT: '.',
  LAYERCACHE_BACKEND: 'registry',
  LAYERCACHE_IMAGE: 'registry.gitlab.com/group/app',
  LAYERCACHE_TAGS: '0123abcd',
  LAYERCACHE_NETWORK: 'default',
  LAYERCACHE_CACHE_REF: '',
  LAYERCACHE_COMPOSE_SERVICES: '',
};

const compose = parseCompose({
  file: 'compose.yaml',
  text: 'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: ./web\n  db:\n    image: postgres:16\n',
  env: {},
});

describe('compose_file switches the job to a bake', () => {
  test.each([
    ['unset', {}, false],
    ['empty (the input default)', { LAYERCACHE_COMPOSE_FILE: '' }, false],
    ['blank', { LAYERCACHE_COMPOSE_FILE: '  ' }, false],
    ['a file', { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' }, true],
  ])('%s', (_name, extra, expected) => {
    expect(isBake({ ...base, ...extra })).toBe(expected);
  });
});

describe('fromGitLabBakeEnv', () => {
  test.each([
    ['one file, every service', { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' }, { files: ['compose.yaml'], targets: [] }],
    [
      'several files and some services',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml compose.ci.yaml', LAYERCACHE_COMPOSE_SERVICES: 'api, web' },
      { files: ['compose.yaml', 'compose.ci.yaml'], targets: ['api', 'web'] },
    ],
    ['a bake file', { LAYERCACHE_COMPOSE_FILE: 'docker-bake.hcl' }, { files: ['docker-bake.hcl'] }],
    ['push input', { LAYERCACHE_COMPOSE_FILE: 'compose.yaml', LAYERCACHE_PUSH: 'true' }, { push: true }],
    ['workspace from CI_PROJECT_DIR', { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' }, { workspace: '/builds/group/app' }],
    [
      'cache ref defaults to $CI_REGISTRY_IMAGE/cache',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' },
      { cache: { backend: 'registry', ref: 'registry.gitlab.com/group/app/cache' } },
    ],
    [
      'cache_ref input wins',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml', LAYERCACHE_CACHE_REF: 'registry.example.com/x/cache' },
      { cache: { ref: 'registry.example.com/x/cache' } },
    ],
    [
      'local backend keeps its directory',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml', LAYERCACHE_BACKEND: 'local' },
      { cache: { backend: 'local', dir: '.layercache/cache' } },
    ],
    [
      'branch keys',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' },
      { cache: { keys: { branch: 'feature/login', defaultBranch: 'main', sha: SHA } } },
    ],
    [
      'merge request keys',
      {
        LAYERCACHE_COMPOSE_FILE: 'compose.yaml',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_COMMIT_BRANCH: undefined,
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/login',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_MERGE_REQUEST_PROJECT_ID: '1',
        CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '2',
      },
      { cache: { keys: { prId: '7', prSourceBranch: 'feature/login', prTargetBranch: 'main', fork: true } } },
    ],
    [
      'registry login from the job token',
      { LAYERCACHE_COMPOSE_FILE: 'compose.yaml' },
      {
        registryAuth: [
          { registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'glcbt-secret-token' },
        ],
      },
    ],
  ])('%s', (_name, extra, expected) => {
    expect(fromGitLabBakeEnv({ ...base, ...extra })).toMatchObject(expected);
  });

  test('carries only what the bake schema takes: no tags, context or network (they are per service)', () => {
    const o = fromGitLabBakeEnv({
      ...base,
      LAYERCACHE_COMPOSE_FILE: 'compose.yaml',
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_BUILD_ARGS: 'A=1',
    });
    expect(Object.keys(o).sort()).toEqual(['cache', 'files', 'registryAuth', 'targets', 'workspace']);
    for (const key of ['tags', 'context', 'network', 'buildArgs', 'dockerfile', 'platforms'])
      expect(o).not.toHaveProperty(key);
  });

  test('bare tags without an image are no error: tags come from the file', () => {
    expect(() =>
      fromGitLabBakeEnv({ ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml', LAYERCACHE_IMAGE: '' })
    ).not.toThrow();
  });

  test('shared settings are still checked, naming the variable', () => {
    expect(() =>
      fromGitLabBakeEnv({ ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml', CI_DEFAULT_BRANCH: undefined })
    ).toThrow(/CI_DEFAULT_BRANCH/);
    expect(() =>
      fromGitLabBakeEnv({ ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml', LAYERCACHE_PUSH: 'maybe' })
    ).toThrow(/LAYERCACHE_PUSH/);
  });

  test('an SDK error about the files names the compose_file variable', () => {
    const renameIssue = (issue: { path: string; message: string }) => renameIssues(OPTION_SOURCES, [issue])[0]!;
    expect(renameIssue({ path: 'files.0', message: 'file name contains a newline or NUL' }).path).toBe(
      'LAYERCACHE_COMPOSE_FILE'
    );
    expect(renameIssue({ path: 'targets.1', message: 'target must be a service or target name' }).path).toBe(
      'LAYERCACHE_COMPOSE_SERVICES'
    );
  });
});

describe('per-image inputs have no effect in a bake', () => {
  test.each([
    ['template defaults only', {}, []],
    [
      'target and build args',
      { LAYERCACHE_TARGET: 'prod', LAYERCACHE_BUILD_ARGS: 'A=1' },
      ['LAYERCACHE_TARGET', 'LAYERCACHE_BUILD_ARGS'],
    ],
    ['network other than default', { LAYERCACHE_NETWORK: 'none' }, ['LAYERCACHE_NETWORK']],
  ])('%s', (_name, extra, expected) => {
    expect(ignoredInBake({ ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml', ...extra })).toEqual(expected);
  });
});

describe('what the SDK plans from it (planBake, pure)', () => {
  test.each([
    [
      'feature branch: each service reads its branch then main, writes its branch',
      base,
      'api',
      ['registry.gitlab.com/group/app/cache/api:feature-login', 'registry.gitlab.com/group/app/cache/api:main'],
      'registry.gitlab.com/group/app/cache/api:feature-login',
    ],
    [
      'tag pipeline: reads main, writes nothing',
      { ...base, CI_COMMIT_BRANCH: undefined, CI_COMMIT_TAG: 'v1.0.0' },
      'web',
      ['registry.gitlab.com/group/app/cache/web:main'],
      undefined,
    ],
  ])('%s', (_name, env, service, reads, writes) => {
    const plan = planBake(fromGitLabBakeEnv({ ...env, LAYERCACHE_COMPOSE_FILE: 'compose.yaml' }), {
      project: compose,
      files: ['compose.yaml'],
    });
    expect(plan.ignored).toEqual(['db']);
    const sp = plan.services.find((s) => s.service === service)!;
    expect(sp.build.reads).toEqual(reads);
    expect(sp.build.writes).toBe(writes);
    expect(plan.args.join(' ')).not.toContain('glcbt-secret-token');
  });

  test('a bad shared option from the SDK is a ConfigError', () => {
    expect(() =>
      planBake(
        { ...fromGitLabBakeEnv({ ...base, LAYERCACHE_COMPOSE_FILE: 'compose.yaml' }), targets: ['bad target'] },
        { project: compose }
      )
    ).toThrow(ConfigError);
  });
});
