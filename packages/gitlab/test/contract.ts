// GitLab's facts for the adapter contract test (packages/adapter-contract): each scenario as the
// predefined variables of that pipeline (docs.gitlab.com/ci/variables/predefined_variables).
import type { AdapterContract } from '@layercache/sdk/adapter';
import { gitlabAdapter } from '../src/main.js';

const PASSWORD = 'glpat-contract-secret-0001';
const MR = { CI_COMMIT_BRANCH: undefined, CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/login', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  CI_MERGE_REQUEST_PROJECT_ID: '10' };

export const gitlabContract: AdapterContract = {
  adapter: gitlabAdapter,
  defaultBranchPush: {
    CI_DEFAULT_BRANCH: 'main', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main', CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_SHA: 'a'.repeat(40), CI_REGISTRY: 'registry.example.test',
    CI_REGISTRY_IMAGE: 'registry.example.test/acme/app',
    CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: PASSWORD,
    LAYERCACHE_IMAGE: 'registry.example.test/acme/app', LAYERCACHE_TAGS: 'latest',
  },
  featureBranch: { CI_COMMIT_BRANCH: 'feature/login', CI_COMMIT_REF_NAME: 'feature/login' },
  sameRepoPr: { ...MR, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '10' },
  forkPr: { ...MR, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '99' },
  tag: { CI_COMMIT_BRANCH: undefined, CI_COMMIT_REF_NAME: 'v1.2.3', CI_COMMIT_TAG: 'v1.2.3' },
  missingRequired: { unset: ['CI_DEFAULT_BRANCH'], names: 'CI_DEFAULT_BRANCH' },
  boolean: { variable: 'LAYERCACHE_PUSH', option: 'push' },
  secret: PASSWORD,
  cacheTimeoutVariable: 'LAYERCACHE_CACHE_TIMEOUT',
  cacheMounts: { variable: 'LAYERCACHE_CACHE_MOUNTS', maxSizeVariable: 'LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB' },
};
