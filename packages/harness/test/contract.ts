// Harness's facts for the adapter contract test (packages/adapter-contract): each scenario as the
// DRONE_* variables a Plugin step gets, and the step's settings as PLUGIN_* variables.
import type { AdapterContract } from '@layercache/sdk/adapter';
import { harnessAdapter } from '../src/main.js';

const PASSWORD = 'harness-contract-secret-0001';
const PR = { DRONE_BUILD_EVENT: 'pull_request', DRONE_PULL_REQUEST: '7', DRONE_SOURCE_BRANCH: 'feature/login',
  DRONE_TARGET_BRANCH: 'main', DRONE_BRANCH: 'main', DRONE_COMMIT_REF: 'refs/pull/7/head' };

export const harnessContract: AdapterContract = {
  adapter: harnessAdapter,
  defaultBranchPush: {
    DRONE_BUILD_EVENT: 'push', DRONE_BRANCH: 'main', DRONE_COMMIT_BRANCH: 'main', DRONE_REPO_BRANCH: 'main',
    DRONE_COMMIT_REF: 'refs/heads/main', DRONE_COMMIT_SHA: 'a'.repeat(40),
    PLUGIN_REPO: 'registry.example.test/acme/app',
    PLUGIN_TAGS: 'latest', PLUGIN_REMOTE_CACHE_IMAGE: 'registry.example.test/acme/app-cache', PLUGIN_USERNAME: 'ci',
    PLUGIN_PASSWORD: PASSWORD,
  },
  featureBranch: {
    DRONE_BRANCH: 'feature/login', DRONE_COMMIT_BRANCH: 'feature/login',
    DRONE_COMMIT_REF: 'refs/heads/feature/login',
  },
  sameRepoPr: PR,
  // Harness marks no pull request as a fork (docs/harness.md): such pipelines set cache_write: never.
  forkPr: { ...PR, PLUGIN_CACHE_WRITE: 'never' },
  tag: {
    DRONE_BUILD_EVENT: 'tag', DRONE_BRANCH: undefined, DRONE_COMMIT_BRANCH: undefined, DRONE_TAG: 'v1.2.3',
    DRONE_COMMIT_REF: 'refs/tags/v1.2.3',
  },
  // Without any DRONE_* variable this is no Harness step: the branch, and so the cache, is unknown.
  missingRequired: {
    unset: ['DRONE_BUILD_EVENT', 'DRONE_BRANCH', 'DRONE_COMMIT_BRANCH', 'DRONE_REPO_BRANCH', 'DRONE_COMMIT_REF',
      'DRONE_COMMIT_SHA'],
    names: 'DRONE_BRANCH',
  },
  boolean: { variable: 'PLUGIN_BUILDX_LOAD', option: 'load' },
  secret: PASSWORD,
  cacheTimeoutVariable: 'PLUGIN_CACHE_TIMEOUT',
  cacheMounts: { variable: 'PLUGIN_CACHE_MOUNTS', maxSizeVariable: 'PLUGIN_CACHE_MOUNTS_MAX_SIZE_MB' },
};
