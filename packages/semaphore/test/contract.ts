// Semaphore's facts for the adapter contract test (packages/adapter-contract): each scenario as the
// SEMAPHORE_GIT_* variables of that pipeline (docs.semaphoreci.com/reference/env-vars).
import type { AdapterContract } from '@layercache/sdk/adapter';
import { semaphoreAdapter } from '../src/main.js';

const PASSWORD = 'semaphore-contract-secret-0001';
const PR = {
  SEMAPHORE_GIT_REF_TYPE: 'pull-request', SEMAPHORE_GIT_BRANCH: 'main', SEMAPHORE_GIT_PR_BRANCH: 'feature/login',
  SEMAPHORE_GIT_WORKING_BRANCH: 'feature/login', SEMAPHORE_GIT_PR_NUMBER: '7',
};

export const semaphoreContract: AdapterContract = {
  adapter: semaphoreAdapter(undefined),
  defaultBranchPush: {
    SEMAPHORE_GIT_REF_TYPE: 'branch', SEMAPHORE_GIT_BRANCH: 'main', SEMAPHORE_GIT_WORKING_BRANCH: 'main',
    SEMAPHORE_GIT_SHA: 'a'.repeat(40),
    SEMAPHORE_GIT_REPO_SLUG: 'acme/app', SEMAPHORE_JOB_ID: 'job-1',
    LAYERCACHE_CACHE_REF: 'registry.example.test/acme/app/cache',
    LAYERCACHE_TAGS: 'registry.example.test/acme/app:latest', SEMAPHORE_REGISTRY_URL: 'registry.example.test',
    SEMAPHORE_REGISTRY_USERNAME: 'ci', SEMAPHORE_REGISTRY_PASSWORD: PASSWORD,
  },
  featureBranch: { SEMAPHORE_GIT_BRANCH: 'feature/login', SEMAPHORE_GIT_WORKING_BRANCH: 'feature/login' },
  sameRepoPr: { ...PR, SEMAPHORE_GIT_PR_SLUG: 'acme/app' },
  forkPr: { ...PR, SEMAPHORE_GIT_PR_SLUG: 'stranger/app' },
  tag: {
    SEMAPHORE_GIT_REF_TYPE: 'tag', SEMAPHORE_GIT_BRANCH: 'refs/tags/v1.2.3', SEMAPHORE_GIT_WORKING_BRANCH: undefined,
    SEMAPHORE_GIT_TAG_NAME: 'v1.2.3',
  },
  missingRequired: { unset: ['SEMAPHORE_GIT_BRANCH', 'SEMAPHORE_GIT_WORKING_BRANCH'], names: 'SEMAPHORE_GIT_BRANCH' },
  boolean: { variable: 'LAYERCACHE_PUSH', option: 'push' },
  secret: PASSWORD,
  cacheTimeoutVariable: 'LAYERCACHE_CACHE_TIMEOUT',
  cacheMounts: { variable: 'LAYERCACHE_CACHE_MOUNTS', maxSizeVariable: 'LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB' },
};
