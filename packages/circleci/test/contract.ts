// CircleCI's facts for the adapter contract test (packages/adapter-contract): each scenario as the
// built-in variables of that job (circleci.com/docs/variables), the orb's parameters as LAYERCACHE_*.
import type { AdapterContract } from '@layercache/sdk/adapter';
import { circleciAdapter } from '../src/main.js';

const PASSWORD = 'circleci-contract-secret-0001';
const PR_URL = 'https://github.com/acme/app/pull/7';

export const circleciContract: AdapterContract = {
  adapter: circleciAdapter,
  defaultBranchPush: {
    CIRCLE_BRANCH: 'main', CIRCLE_SHA1: 'a'.repeat(40), CIRCLE_BUILD_NUM: '12', CIRCLE_PROJECT_USERNAME: 'acme',
    CIRCLE_PROJECT_REPONAME: 'app', LAYERCACHE_IMAGE: 'registry.example.test/acme/app',
    LAYERCACHE_REGISTRY: 'registry.example.test',
    DOCKER_LOGIN: 'ci', DOCKER_PASSWORD: PASSWORD,
  },
  featureBranch: { CIRCLE_BRANCH: 'feature/login' },
  sameRepoPr: {
    CIRCLE_BRANCH: 'feature/login', CIRCLE_PULL_REQUEST: PR_URL, CIRCLE_PULL_REQUESTS: PR_URL,
    LAYERCACHE_PR_TARGET_BRANCH: 'main',
  },
  // CircleCI names a fork's branch pull/<n> and sets CIRCLE_PR_* only for forks.
  forkPr: {
    CIRCLE_BRANCH: 'pull/7', CIRCLE_PR_NUMBER: '7', CIRCLE_PR_USERNAME: 'stranger', CIRCLE_PR_REPONAME: 'app',
    CIRCLE_PULL_REQUEST: PR_URL,
  },
  tag: { CIRCLE_BRANCH: undefined, CIRCLE_TAG: 'v1.2.3' },
  missingRequired: { unset: ['LAYERCACHE_IMAGE'], names: 'LAYERCACHE_IMAGE' },
  boolean: { variable: 'LAYERCACHE_PUSH', option: 'push' },
  secret: PASSWORD,
  cacheTimeoutVariable: 'LAYERCACHE_CACHE_TIMEOUT',
  cacheMounts: { variable: 'LAYERCACHE_CACHE_MOUNTS', maxSizeVariable: 'LAYERCACHE_CACHE_MOUNTS_MAX_SIZE_MB' },
};
