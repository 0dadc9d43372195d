import { expect, test } from 'vitest';
import { resolveCacheKeys } from '../keys/resolve.js';
import { parseOptions } from '../options/parse.js';
import type { BuildOptionsInput } from '../options/schema.js';
import { mountLocations } from './locations.js';

const at = (input: BuildOptionsInput, backend: Parameters<typeof mountLocations>[1], written = true) => {
  const options = parseOptions(input);
  return mountLocations(options, backend, resolveCacheKeys(options.cache.keys, options.cache.write), '/w', written);
};

test('mounts follow the layer cache keys: own branch, PR target, default branch; writes only its own', () => {
  const pr = { cache: { backend: 'local' as const, dir: 'c', keys: { branch: 'feat', prId: '7', prTargetBranch: 'release' } } };
  expect(at(pr, 'local')).toEqual({ kind: 'local', reads: ['/w/c/feat/mounts', '/w/c/release/mounts', '/w/c/main/mounts'], write: '/w/c/feat/mounts' });
});

test.each<[string, BuildOptionsInput]>([
  ['a PR from the default branch', { cache: { backend: 'registry', ref: 'r.test/app/cache', keys: { branch: 'main', prId: '1', prTargetBranch: 'main' } } }],
  ['a fork', { cache: { backend: 'registry', ref: 'r.test/app/cache', keys: { branch: 'feat', prId: '1', fork: true } } }],
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
  expect(at({ tags: ['r.test/app:1.0'], push: true, cache: { backend: 'inline', keys: { branch: 'dev' } } }, 'inline')).toEqual({ kind: 'registry', reads: ['r.test/app:dev.mounts', 'r.test/app:main.mounts'], write: 'r.test/app:dev.mounts' });
  expect(at({ cache: { backend: 'registry', ref: 'r.test/app/cache:ci' } }, 'registry')).toEqual({ kind: 'registry', reads: ['r.test/app/cache:ci.mounts'], write: 'r.test/app/cache:ci.mounts' });
});
