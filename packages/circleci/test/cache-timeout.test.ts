// cache.timeout from the orb's cache_timeout parameter (LAYERCACHE_CACHE_TIMEOUT).
import { ConfigError, parseOptions } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromCircleEnv, type Env } from '../src/env.js';

const base: Env = {
  CIRCLECI: 'true',
  CIRCLE_SHA1: '0123456789abcdef0123456789abcdef01234567',
  CIRCLE_BUILD_NUM: '812',
  CIRCLE_WORKFLOW_ID: 'f7d1c9a2-1111-4a4a-9b9b-0123456789ab',
  CIRCLE_PROJECT_USERNAME: 'acme',
  CIRCLE_PROJECT_REPONAME: 'shop',
  LAYERCACHE_IMAGE: 'registry.example.com/acme/shop',
  CIRCLE_BRANCH: 'main',
};

describe('LAYERCACHE_CACHE_TIMEOUT', () => {
  test('maps to cache.timeout; unset keeps the SDK default', () => {
    expect(parseOptions(fromCircleEnv({ ...base, LAYERCACHE_CACHE_TIMEOUT: '45' })).cache.timeout).toBe(45);
    expect(parseOptions(fromCircleEnv(base)).cache.timeout).toBe(300);
  });

  test('a bad value names the variable', () => {
    const error = (() => { try { fromCircleEnv({ ...base, LAYERCACHE_CACHE_TIMEOUT: 'soon' }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(['LAYERCACHE_CACHE_TIMEOUT']);
  });
});
