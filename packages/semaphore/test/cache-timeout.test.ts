// cache.timeout from LAYERCACHE_CACHE_TIMEOUT in the job's env_vars.
import { ConfigError, parseOptions } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromSemaphoreEnv } from '../src/env.js';

const branchBuild = {
  SEMAPHORE: 'true',
  CI: 'true',
  HOME: '/home/semaphore',
  SEMAPHORE_PROJECT_NAME: 'Shop',
  SEMAPHORE_GIT_REPO_SLUG: 'acme/shop',
  SEMAPHORE_GIT_SHA: '5c84719708b9b649b9ef3b56af214f38cee6acde',
  SEMAPHORE_WORKFLOW_ID: '2ab8c9a0-0000-4000-8000-000000000001',
  SEMAPHORE_WORKFLOW_NUMBER: '42',
  SEMAPHORE_PIPELINE_ID: '2ab8c9a0-0000-4000-8000-000000000002',
  SEMAPHORE_JOB_ID: '2ab8c9a0-0000-4000-8000-000000000003',
  LAYERCACHE_CACHE_REF: 'registry.example.com/acme/shop/cache',
  SEMAPHORE_GIT_REF_TYPE: 'branch',
  SEMAPHORE_GIT_BRANCH: 'main',
  SEMAPHORE_GIT_WORKING_BRANCH: 'main',
};

describe('LAYERCACHE_CACHE_TIMEOUT', () => {
  test('maps to cache.timeout; unset keeps the SDK default', () => {
    expect(parseOptions(fromSemaphoreEnv({ ...branchBuild, LAYERCACHE_CACHE_TIMEOUT: '45' })).cache.timeout).toBe(45);
    expect(parseOptions(fromSemaphoreEnv(branchBuild)).cache.timeout).toBe(300);
  });

  test('a bad value names the variable', () => {
    const error = (() => { try { fromSemaphoreEnv({ ...branchBuild, LAYERCACHE_CACHE_TIMEOUT: '1.5' }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(['LAYERCACHE_CACHE_TIMEOUT']);
  });
});
