// fromGitLabEnv over plain env objects shaped like GitLab's predefined variables
// (docs.gitlab.com/ci/variables/predefined_variables). No process.env, no Docker.
import { describe, expect, test } from 'vitest';
import { ConfigError, resolveCacheKeys, parseOptions } from '@layercache/sdk';
import { fromGitLabEnv, parseGitLabEnv, type Env } from '../src/env.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

/** What every GitLab job has, plus the component's defaults the template passes. */
function gitlab(extra: Env = {}): Env {
  return {
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'push',
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_SHA: SHA,
    CI_PROJECT_DIR: '/builds/group/app',
    CI_REGISTRY: 'registry.gitlab.com',
    CI_REGISTRY_IMAGE: 'registry.gitlab.com/group/app',
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: 'glcbt-secret-token',
    CI_JOB_TOKEN: 'glcbt-secret-token',
    LAYERCACHE_CONTEXT: '.',
    LAYERCACHE_BACKEND: 'registry',
    LAYERCACHE_CACHE_REF: '',
    LAYERCACHE_TAGS: '',
    ...extra,
  };
}

const branchPipeline = gitlab({
  CI_COMMIT_BRANCH: 'Feature/Login',
  CI_COMMIT_REF_NAME: 'Feature/Login',
  CI_COMMIT_REF_SLUG: 'feature-login',
});
const defaultPipeline = gitlab({ CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main' });
const mrPipeline = gitlab({
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_COMMIT_REF_NAME: 'feature/login',
  CI_MERGE_REQUEST_IID: '42',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/login',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'release/2.x',
  CI_MERGE_REQUEST_PROJECT_ID: '100',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '100',
});
const forkMrPipeline = { ...mrPipeline, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '555' };
const tagPipeline = gitlab({ CI_COMMIT_TAG: 'v1.2.0', CI_COMMIT_REF_NAME: 'v1.2.0' });

describe('cache keys per pipeline type', () => {
  test.each([
    ['branch pipeline', branchPipeline, { branch: 'Feature/Login', defaultBranch: 'main', sha: SHA }],
    ['default-branch pipeline', defaultPipeline, { branch: 'main', defaultBranch: 'main', sha: SHA }],
    [
      'merge request pipeline',
      mrPipeline,
      {
        branch: 'feature/login',
        prSourceBranch: 'feature/login',
        prTargetBranch: 'release/2.x',
        prId: '42',
        fork: false,
        defaultBranch: 'main',
        sha: SHA,
      },
    ],
    [
      'merge request from a fork',
      forkMrPipeline,
      {
        branch: 'feature/login',
        prSourceBranch: 'feature/login',
        prTargetBranch: 'release/2.x',
        prId: '42',
        fork: true,
        defaultBranch: 'main',
        sha: SHA,
      },
    ],
    ['tag pipeline', tagPipeline, { tag: 'v1.2.0', defaultBranch: 'main', sha: SHA }],
    [
      'branch from CI_COMMIT_REF_NAME when CI_COMMIT_BRANCH is missing',
      gitlab({ CI_COMMIT_REF_NAME: 'dev' }),
      { branch: 'dev', defaultBranch: 'main', sha: SHA },
    ],
    [
      'branch from CI_COMMIT_REF_SLUG as the last resort',
      gitlab({ CI_COMMIT_REF_SLUG: 'dev-x' }),
      { branch: 'dev-x', defaultBranch: 'main', sha: SHA },
    ],
    [
      'MR detected by IID even with another pipeline source',
      { ...mrPipeline, CI_PIPELINE_SOURCE: 'push' },
      { prId: '42', prTargetBranch: 'release/2.x' },
    ],
    [
      'MR with only one project id is treated as a fork (read-only)',
      { ...mrPipeline, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: undefined },
      { fork: true },
    ],
    [
      'external (GitHub) pull request from a fork',
      gitlab({
        CI_PIPELINE_SOURCE: 'external_pull_request_event',
        CI_EXTERNAL_PULL_REQUEST_IID: '7',
        CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME: 'fix',
        CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY: 'someone/app',
        CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: 'group/app',
      }),
      { prId: '7', prSourceBranch: 'fix', prTargetBranch: 'main', fork: true },
    ],
  ])('%s', (_name, env, expected) => {
    expect(fromGitLabEnv(env).cache?.keys).toMatchObject(expected);
  });

  // The SDK owns the policy; these rows check that the facts given lead to the documented GitLab behaviour.
  test.each([
    ['default branch writes its own slug', defaultPipeline, ['main'], 'main'],
    ['feature branch reads itself then default', branchPipeline, ['feature-login', 'main'], 'feature-login'],
    [
      'MR reads source, target, default; writes only source',
      mrPipeline,
      ['feature-login', 'release-2-x', 'main'],
      'feature-login',
    ],
    ['fork MR never writes', forkMrPipeline, ['feature-login', 'release-2-x', 'main'], undefined],
    ['tag reads default, writes nothing', tagPipeline, ['main'], undefined],
  ])('%s', (_name, env, reads, write) => {
    const keys = parseOptions(fromGitLabEnv(env)).cache.keys;
    const resolved = resolveCacheKeys(keys, 'auto');
    expect(resolved.read).toEqual(reads);
    expect(resolved.write).toBe(write);
  });
});

describe('cache ref, backend and registry login', () => {
  test('a non-hex CI_COMMIT_SHA is left out rather than failing the build', () => {
    expect(fromGitLabEnv(gitlab({ CI_COMMIT_BRANCH: 'dev', CI_COMMIT_SHA: 'HEAD' })).cache?.keys).not.toHaveProperty(
      'sha'
    );
  });

  test('default cache ref is ${CI_REGISTRY_IMAGE}/cache', () => {
    expect(fromGitLabEnv(defaultPipeline).cache?.ref).toBe('registry.gitlab.com/group/app/cache');
  });

  test('cache_ref input wins over the default', () => {
    expect(fromGitLabEnv({ ...defaultPipeline, LAYERCACHE_CACHE_REF: 'registry.example.com/x/cache' }).cache?.ref).toBe(
      'registry.example.com/x/cache'
    );
  });

  test.each([
    ['local', { backend: 'local', dir: '.layercache/cache' }, false],
    ['none', { backend: 'none' }, false],
    ['inline', { backend: 'inline', ref: 'registry.gitlab.com/group/app/cache' }, true],
    ['auto', { backend: 'auto', ref: 'registry.gitlab.com/group/app/cache' }, true],
  ])('backend %s', (backend, expected, hasRef) => {
    const cache = fromGitLabEnv({ ...defaultPipeline, LAYERCACHE_BACKEND: backend }).cache;
    expect(cache).toMatchObject(expected);
    expect(cache?.ref !== undefined).toBe(hasRef);
  });

  test.each([
    [
      'CI_REGISTRY_USER/PASSWORD',
      defaultPipeline,
      [{ registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'glcbt-secret-token' }],
    ],
    [
      'CI_JOB_TOKEN when no registry user is given',
      { ...defaultPipeline, CI_REGISTRY_USER: undefined, CI_REGISTRY_PASSWORD: undefined, CI_JOB_TOKEN: 'job-tok' },
      [{ registry: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'job-tok' }],
    ],
    [
      'no credentials at all: no login',
      { ...defaultPipeline, CI_REGISTRY_USER: undefined, CI_REGISTRY_PASSWORD: undefined, CI_JOB_TOKEN: undefined },
      [],
    ],
    ['registry_login input off', { ...defaultPipeline, LAYERCACHE_REGISTRY_LOGIN: 'false' }, []],
    [
      'dependency proxy login too',
      {
        ...defaultPipeline,
        CI_DEPENDENCY_PROXY_SERVER: 'gitlab.com:443',
        CI_DEPENDENCY_PROXY_USER: 'gitlab-ci-token',
        CI_DEPENDENCY_PROXY_PASSWORD: 'p',
      },
      [{ registry: 'registry.gitlab.com' }, { registry: 'gitlab.com:443', password: 'p' }],
    ],
  ])('registry login: %s', (_name, env, expected) => {
    const auth = fromGitLabEnv(env).registryAuth ?? [];
    expect(auth).toHaveLength(expected.length);
    expect(auth).toMatchObject(expected);
  });
});

describe('component inputs', () => {
  test('image + bare tags, full refs kept, lists split on commas, spaces and newlines', () => {
    const o = fromGitLabEnv({
      ...defaultPipeline,
      LAYERCACHE_IMAGE: 'registry.gitlab.com/group/app',
      LAYERCACHE_TAGS: 'latest, 1.2.0\nlocalhost:5000/other/app:x',
    });
    expect(o.tags).toEqual([
      'registry.gitlab.com/group/app:latest',
      'registry.gitlab.com/group/app:1.2.0',
      'localhost:5000/other/app:x',
    ]);
  });

  test('build args and labels: one KEY=VALUE per line, values keep spaces, commas and =', () => {
    const o = fromGitLabEnv({
      ...defaultPipeline,
      LAYERCACHE_BUILD_ARGS: 'A=1\n\n# comment\nB=x, y=z\n',
      LAYERCACHE_LABELS: 'org.opencontainers.image.title=app',
    });
    expect(o.buildArgs).toEqual({ A: '1', B: 'x, y=z' });
    expect(o.labels).toEqual({ 'org.opencontainers.image.title': 'app' });
  });

  test('booleans, network, platforms, secrets, dockerfile', () => {
    const o = fromGitLabEnv({
      ...defaultPipeline,
      LAYERCACHE_PUSH: 'true',
      LAYERCACHE_LOAD: 'FALSE',
      LAYERCACHE_NETWORK: 'none',
      LAYERCACHE_PLATFORMS: 'linux/amd64,linux/arm64',
      LAYERCACHE_SECRETS: 'id=npm,env=NPM_TOKEN\nid=netrc,src=.netrc',
      LAYERCACHE_DOCKERFILE: 'docker/Dockerfile',
    });
    expect(o).toMatchObject({
      push: true,
      load: false,
      network: 'none',
      platforms: ['linux/amd64', 'linux/arm64'],
      dockerfile: 'docker/Dockerfile',
      secrets: [
        { id: 'npm', env: 'NPM_TOKEN' },
        { id: 'netrc', src: '.netrc' },
      ],
    });
  });

  test('empty inputs (the template defaults) set nothing', () => {
    const o = fromGitLabEnv({
      ...defaultPipeline,
      LAYERCACHE_DOCKERFILE: '',
      LAYERCACHE_TARGET: ' ',
      LAYERCACHE_PUSH: '',
    });
    expect(o).not.toHaveProperty('dockerfile');
    expect(o).not.toHaveProperty('target');
    expect(o).not.toHaveProperty('push');
  });
});

describe('missing or odd variables', () => {
  function issuesOf(fn: () => unknown): Array<{ path: string; message: string; hint?: string }> {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).issues;
    }
    throw new Error('expected a ConfigError');
  }

  test.each([
    ['CI_DEFAULT_BRANCH', { ...branchPipeline, CI_DEFAULT_BRANCH: undefined }],
    ['CI_COMMIT_BRANCH', gitlab()],
    ['CI_MERGE_REQUEST_TARGET_BRANCH_NAME', { ...mrPipeline, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: '' }],
    ['CI_MERGE_REQUEST_IID', { ...mrPipeline, CI_MERGE_REQUEST_IID: undefined }],
    ['CI_REGISTRY_IMAGE', { ...defaultPipeline, CI_REGISTRY_IMAGE: undefined }],
    ['CI_REGISTRY_PASSWORD', { ...defaultPipeline, CI_REGISTRY_PASSWORD: undefined }],
    ['LAYERCACHE_PUSH', { ...defaultPipeline, LAYERCACHE_PUSH: 'sometimes' }],
    ['LAYERCACHE_BUILD_ARGS', { ...defaultPipeline, LAYERCACHE_BUILD_ARGS: 'NOEQUALS' }],
    ['LAYERCACHE_SECRETS', { ...defaultPipeline, LAYERCACHE_SECRETS: 'id=x' }],
    ['LAYERCACHE_IMAGE', { ...defaultPipeline, LAYERCACHE_TAGS: 'latest' }],
  ])('%s is named in the error', (variable, env) => {
    const issues = issuesOf(() => fromGitLabEnv(env));
    expect(issues.map((i) => i.path)).toContain(variable);
    expect(issues.every((i) => i.hint)).toBe(true);
  });

  test.each([
    [{ LAYERCACHE_BACKEND: 'floppy', LAYERCACHE_NETWORK: 'bridge' }, ['LAYERCACHE_BACKEND', 'LAYERCACHE_NETWORK']],
    [{ LAYERCACHE_TAGS: 'UPPER/Case:x' }, ['LAYERCACHE_TAGS']],
    [{ LAYERCACHE_CACHE_REF: 'registry.example.com/app@sha256:' + 'a'.repeat(64) }, ['LAYERCACHE_CACHE_REF']],
    [{ LAYERCACHE_CACHE_MODE: 'all' }, ['LAYERCACHE_CACHE_MODE']],
  ])('SDK validation errors are renamed to the variable that fed them: %o', (extra, variables) => {
    const issues = issuesOf(() => parseGitLabEnv({ ...defaultPipeline, ...extra }));
    expect(issues.map((i) => i.path).sort()).toEqual(variables);
  });

  test('all problems are reported at once', () => {
    const issues = issuesOf(() => fromGitLabEnv({ LAYERCACHE_PUSH: 'maybe', LAYERCACHE_BACKEND: 'registry' }));
    expect(issues.map((i) => i.path).sort()).toEqual([
      'CI_COMMIT_BRANCH',
      'CI_DEFAULT_BRANCH',
      'CI_REGISTRY_IMAGE',
      'LAYERCACHE_PUSH',
    ]);
  });

  test('secrets never appear in error messages', () => {
    const err = (() => {
      try {
        parseGitLabEnv({ ...defaultPipeline, LAYERCACHE_PUSH: 'x', CI_REGISTRY_PASSWORD: 'pw-with\nnewline' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.message).not.toContain('glcbt-secret-token');
    expect(err!.message).not.toContain('pw-with');
  });
});
