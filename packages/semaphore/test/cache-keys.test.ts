// Key naming for Semaphore's cache CLI: pure, so plain tables.
import { describe, expect, test } from 'vitest';
import { cacheCliKeys, keyPrefix, localCacheSettings, parseCacheList, staleKeys } from '../src/cache-keys.js';

describe('cacheCliKeys', () => {
  test.each([
    {
      name: 'branch build',
      input: { scope: 'shop', read: ['feature-login', 'main'], write: 'feature-login', jobId: 'JOB-1' },
      restore: 'layercache_shop_feature-login_,layercache_shop_main_',
      store: 'layercache_shop_feature-login_job-1',
    },
    {
      name: 'pull request: own branch, then target, then default',
      input: { scope: 'shop', read: ['feature-cart', 'develop', 'main'], write: 'feature-cart', jobId: 'j2' },
      restore: 'layercache_shop_feature-cart_,layercache_shop_develop_,layercache_shop_main_',
      store: 'layercache_shop_feature-cart_j2',
    },
    {
      name: 'fork or tag: restore only',
      input: { scope: 'shop', read: ['main'], write: undefined, jobId: 'j3' },
      restore: 'layercache_shop_main_',
      store: undefined,
    },
    {
      name: 'scope is slugged',
      input: { scope: 'My App/Web', read: ['main'], write: 'main', jobId: 'j4' },
      restore: 'layercache_my-app-web_main_',
      store: 'layercache_my-app-web_main_j4',
    },
  ])('$name', ({ input, restore, store }) => {
    const keys = cacheCliKeys(input);
    expect(keys.restore).toBe(restore);
    expect(keys.store).toBe(store);
    if (store) expect(store.startsWith(keys.storePrefix!)).toBe(true);
  });

  test("one branch's prefix never matches another branch's keys (partial matching is by substring)", () => {
    const main = keyPrefix('shop', 'main');
    for (const other of ['main-x', 'x-main', 'mainline', 'feature-main']) {
      expect(cacheCliKeys({ scope: 'shop', read: [other], write: other, jobId: 'job' }).store!.includes(main)).toBe(
        false
      );
    }
  });

  test('keys never contain "/" (the cache CLI rewrites it) or white space', () => {
    const { store, restore } = cacheCliKeys({
      scope: 'a/b c',
      read: ['feature/x y'],
      write: 'feature/x y',
      jobId: 'a/b',
    });
    expect(`${store}${restore}`).not.toMatch(/[\/\s]/);
  });
});

describe('cache list parsing and cleanup', () => {
  const listing = [
    'NAME                                                        STORED AT   ',
    'layercache_shop_main_job-9                                  02 Jan 25 10:09',
    'layercache_shop_main_job-7                                  02 Jan 25 10:07',
    'layercache_shop_main-x_job-6                                02 Jan 25 10:06',
    'gems-main                                                   02 Jan 25 10:05',
    'layercache_shop_main_job-3                                  02 Jan 25 10:03',
  ].join('\n');

  test('parseCacheList returns the layercache keys, newest first', () => {
    expect(parseCacheList(listing)).toEqual([
      'layercache_shop_main_job-9',
      'layercache_shop_main_job-7',
      'layercache_shop_main-x_job-6',
      'layercache_shop_main_job-3',
    ]);
    expect(parseCacheList('Cache is empty.')).toEqual([]);
  });

  test.each([
    {
      name: 'older keys of the same branch go',
      newKey: 'layercache_shop_main_job-7',
      stale: ['layercache_shop_main_job-3'],
    },
    {
      name: 'the newest key removes all older ones',
      newKey: 'layercache_shop_main_job-9',
      stale: ['layercache_shop_main_job-7', 'layercache_shop_main_job-3'],
    },
    { name: 'our key missing from the list: nothing is removed', newKey: 'layercache_shop_main_job-10', stale: [] },
  ])('$name', ({ newKey, stale }) => {
    expect(staleKeys(parseCacheList(listing), keyPrefix('shop', 'main'), newKey)).toEqual(stale);
  });
});

describe('localCacheSettings', () => {
  test.each([
    { env: { SEMAPHORE_JOB_ID: 'j', LAYERCACHE_CACHE_SCOPE: 'api' }, scope: 'api' },
    {
      env: { SEMAPHORE_JOB_ID: 'j', DOCKER_IMAGE_NAME: 'my-project_feature-x', BRANCH_NAME: 'feature-x' },
      scope: 'my-project',
    },
    { env: { SEMAPHORE_JOB_ID: 'j', LAYERCACHE_TARGET: 'runtime' }, scope: 'runtime' },
    { env: { SEMAPHORE_JOB_ID: 'j' }, scope: 'image' },
  ])('scope $scope', ({ env, scope }) => {
    expect(localCacheSettings(env)).toEqual({ scope, jobId: 'j' });
  });

  test('a missing SEMAPHORE_JOB_ID is named', () => {
    expect(() => localCacheSettings({})).toThrow(/SEMAPHORE_JOB_ID/);
  });
});
