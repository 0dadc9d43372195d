// CI environments with missing or contradictory variables, through each adapter's env mapping:
// a ConfigError (exit code 2) whose issue paths are the variables to fix, and no secret in it.
// Moved from the SDK's bad-input.test.ts: the SDK's tests import no adapter.
import { describe, expect, test } from 'vitest';
import type { ConfigError } from '../../../sdk/src/index.js';
import { ENV_MAPPERS, type AdapterName } from './support/adapters.js';

const PASSWORD = 'hunter2-very-secret-password';

// CI environments with missing or contradictory variables: the adapters' pure mappings throw a
// ConfigError whose issue paths are the variables to fix.
const gitlab = {
  CI_DEFAULT_BRANCH: 'main',
  CI_COMMIT_BRANCH: 'feat',
  CI_COMMIT_REF_NAME: 'feat',
  CI_REGISTRY_IMAGE: 'registry.example.com/g/app',
  CI_PROJECT_DIR: '/builds/g/app',
};
const circle = {
  CIRCLE_BRANCH: 'feat',
  CIRCLE_BUILD_NUM: '12',
  CIRCLE_SHA1: 'a'.repeat(40),
  LAYERCACHE_IMAGE: 'registry.example.com/app',
};
const harness = {
  DRONE_BRANCH: 'feat',
  DRONE_BUILD_EVENT: 'push',
  DRONE_REPO_BRANCH: 'main',
  PLUGIN_REPO: 'registry.example.com/app',
  PLUGIN_TAGS: 'latest',
};
const semaphore = {
  SEMAPHORE_GIT_BRANCH: 'feat',
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  LAYERCACHE_CACHE_REF: 'registry.example.com/app/cache',
};
const envCases: Array<[string, AdapterName, Record<string, string>, string]> = [
  ['GitLab: no CI_DEFAULT_BRANCH', 'gitlab', { ...gitlab, CI_DEFAULT_BRANCH: '' }, 'CI_DEFAULT_BRANCH'],
  [
    'GitLab: branch pipeline without a branch',
    'gitlab',
    { ...gitlab, CI_COMMIT_BRANCH: '', CI_COMMIT_REF_NAME: '' },
    'CI_COMMIT_BRANCH',
  ],
  [
    'GitLab: MR event without the MR variables',
    'gitlab',
    { ...gitlab, CI_PIPELINE_SOURCE: 'merge_request_event' },
    'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
  ],
  [
    'GitLab: external PR event without its variables',
    'gitlab',
    { ...gitlab, CI_PIPELINE_SOURCE: 'external_pull_request_event' },
    'CI_EXTERNAL_PULL_REQUEST_IID',
  ],
  [
    'GitLab: registry user without password',
    'gitlab',
    { ...gitlab, CI_REGISTRY: 'registry.example.com', CI_REGISTRY_USER: 'u' },
    'CI_REGISTRY_PASSWORD',
  ],
  [
    'GitLab: registry password without user',
    'gitlab',
    { ...gitlab, CI_REGISTRY: 'registry.example.com', CI_REGISTRY_PASSWORD: PASSWORD },
    'CI_REGISTRY_USER',
  ],
  [
    'GitLab: registry backend without CI_REGISTRY_IMAGE',
    'gitlab',
    { ...gitlab, CI_REGISTRY_IMAGE: '', LAYERCACHE_BACKEND: 'registry' },
    'CI_REGISTRY_IMAGE',
  ],
  ['GitLab: push neither true nor false', 'gitlab', { ...gitlab, LAYERCACHE_PUSH: 'maybe' }, 'LAYERCACHE_PUSH'],
  ['CircleCI: no image to tag', 'circleci', { ...circle, LAYERCACHE_IMAGE: '' }, 'LAYERCACHE_IMAGE'],
  [
    'CircleCI: build args not KEY=VALUE',
    'circleci',
    { ...circle, LAYERCACHE_BUILD_ARGS: 'NOEQUALS' },
    'LAYERCACHE_BUILD_ARGS',
  ],
  [
    'CircleCI: login variable names that are unset',
    'circleci',
    { ...circle, LAYERCACHE_REGISTRY: 'r.example.com', LAYERCACHE_REGISTRY_USERNAME_VAR: 'NOPE_USER' },
    'NOPE_USER',
  ],
  ['Harness: commit SHA that is not hex', 'harness', { ...harness, DRONE_COMMIT_SHA: 'xyz' }, 'DRONE_COMMIT_SHA'],
  [
    'Harness: username without password',
    'harness',
    { ...harness, PLUGIN_REGISTRY: 'r.example.com', PLUGIN_USERNAME: 'u' },
    'PLUGIN_PASSWORD',
  ],
  ['Semaphore: no branch', 'semaphore', { ...semaphore, SEMAPHORE_GIT_BRANCH: '' }, 'SEMAPHORE_GIT_BRANCH'],
  [
    'Semaphore: PR ref type without PR variables',
    'semaphore',
    { ...semaphore, SEMAPHORE_GIT_REF_TYPE: 'pull-request' },
    'SEMAPHORE_GIT_PR_NUMBER',
  ],
  [
    'Semaphore: tag ref type without a tag name',
    'semaphore',
    { ...semaphore, SEMAPHORE_GIT_REF_TYPE: 'tag' },
    'SEMAPHORE_GIT_TAG_NAME',
  ],
  [
    'Semaphore: unknown ref type',
    'semaphore',
    { ...semaphore, SEMAPHORE_GIT_REF_TYPE: 'weird' },
    'SEMAPHORE_GIT_REF_TYPE',
  ],
  [
    'Semaphore: registry backend without a cache ref',
    'semaphore',
    { ...semaphore, LAYERCACHE_CACHE_REF: '', LAYERCACHE_BACKEND: 'registry' },
    'LAYERCACHE_CACHE_REF',
  ],
];

describe('CI environments with missing or contradictory variables: exit code 2 naming the variable', () => {
  test.each(envCases)('%s', (_name, adapter, env, variable) => {
    let error: unknown;
    try {
      ENV_MAPPERS[adapter](env);
    } catch (e) {
      error = e;
    }
    // The adapters' ConfigError comes from the built SDK (another module instance): check its shape.
    expect(error).toMatchObject({ name: 'ConfigError', exitCode: 2 });
    expect((error as ConfigError).issues.map((i) => i.path)).toContain(variable);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).message).not.toContain(PASSWORD);
  });
});
