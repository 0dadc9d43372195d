import { expect, test } from 'vitest';
import { resolveCacheKeys } from '../keys/resolve.js';
import { parseOptions } from '../options/parse.js';
import type { BuildOptionsInput } from '../options/schema.js';
import { backends } from '../backends/index.js';
import type { ConcreteBackend } from '../backends/types.js';
import { mountLocations } from './locations.js';

const at = (input: BuildOptionsInput, backend: ConcreteBackend, written = true) => {
  const options = parseOptions(input);
  return mountLocations(
    options,
    backends[backend],
    resolveCacheKeys(options.cache.keys, options.cache.write),
    '/w',
    written
  );
};

test('mounts follow the layer cache keys: own branch, PR target, default branch; writes only its own', () => {
  const pr = {
    cache: { backend: 'local' as const, dir: 'c', keys: { branch: 'feat', prId: '7', prTargetBranch: 'release' } },
  };
  expect(at(pr, 'local')).toEqual({
    reads: ['/w/c/feat/mounts', '/w/c/release/mounts', '/w/c/main/mounts'],
    write: '/w/c/feat/mounts',
  });
});

test.each<[string, BuildOptionsInput]>([
  [
    'a PR from the default branch',
    {
      cache: {
        backend: 'registry',
        ref: 'r.test/app/cache',
        keys: { branch: 'main', prId: '1', prTargetBranch: 'main' },
      },
    },
  ],
  [
    'a fork',
    { cache: { backend: 'registry', ref: 'r.test/app/cache', keys: { branch: 'feat', prId: '1', fork: true } } },
  ],
  ['a tag build', { cache: { backend: 'registry', ref: 'r.test/app/cache', keys: { tag: 'v1.0.0' } } }],
  ['write never', { cache: { backend: 'registry', ref: 'r.test/app/cache', write: 'never' } }],
])('%s never writes mounts', (_name, input) => {
  const where = at(input, 'registry');
  expect(where?.write).toBeUndefined();
  expect(where?.reads).toContain('r.test/app/cache:main.mounts');
});

test('a build that writes no layer cache writes no mounts either; backend none keeps none', () => {
  expect(at({ cache: { backend: 'local', dir: 'c' } }, 'local', false)?.write).toBeUndefined();
  expect(at({ cache: { backend: 'none' } }, 'none')).toBeUndefined();
});

test('inline keeps them in the image repository; a pinned ref gets one mounts tag', () => {
  expect(
    at({ tags: ['r.test/app:1.0'], push: true, cache: { backend: 'inline', keys: { branch: 'dev' } } }, 'inline')
  ).toEqual({ reads: ['r.test/app:dev.mounts', 'r.test/app:main.mounts'], write: 'r.test/app:dev.mounts' });
  expect(at({ cache: { backend: 'registry', ref: 'r.test/app/cache:ci' } }, 'registry')).toEqual({
    reads: ['r.test/app/cache:ci.mounts'],
    write: 'r.test/app/cache:ci.mounts',
  });
});

test('s3 keeps them under <prefix>mounts/<slug>/ in the bucket', () => {
  const harness = {
    endpointUrl: 'http://s3.test:9000',
    bucket: 'b',
    region: 'r',
    prefix: 'acct/',
    accessKeyId: 'k',
    secretAccessKey: 's',
  };
  expect(at({ cache: { backend: 's3', harness, keys: { branch: 'feat' } } }, 's3')).toEqual({
    reads: ['s3://b/acct/mounts/feat/', 's3://b/acct/mounts/main/'],
    write: 's3://b/acct/mounts/feat/',
  });
});
