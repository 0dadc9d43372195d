// cache.timeout from the component's cache_timeout input (LAYERCACHE_CACHE_TIMEOUT).
import { ConfigError } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { parseGitLabEnv, type Env } from '../src/env.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
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

describe('LAYERCACHE_CACHE_TIMEOUT', () => {
  test('maps to cache.timeout; unset keeps the SDK default', () => {
    expect(parseGitLabEnv(gitlab({ CI_COMMIT_BRANCH: 'main', LAYERCACHE_CACHE_TIMEOUT: '45' })).cache.timeout).toBe(45);
    expect(parseGitLabEnv(gitlab({ CI_COMMIT_BRANCH: 'main' })).cache.timeout).toBe(300);
  });

  test('a bad value names the variable', () => {
    const error = (() => { try { parseGitLabEnv(gitlab({ CI_COMMIT_BRANCH: 'main', LAYERCACHE_CACHE_TIMEOUT: 'soon' })); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(['LAYERCACHE_CACHE_TIMEOUT']);
  });
});
