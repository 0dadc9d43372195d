import { expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { parseOptions } from '../options/parse.js';

test.each<[unknown, unknown]>([
  [undefined, 'auto'],
  ['off', 'off'],
  [' auto ', 'auto'],
  ['/root/.npm, apt', ['/root/.npm', 'apt']],
  [['pip'], ['pip']],
])('cache.mounts %j is %j', (mounts, expected) => {
  const options = parseOptions({ cache: mounts === undefined ? {} : { mounts } });
  expect(options.cache.mounts).toEqual(expected);
  expect(options.cache.mountsMaxSizeMb).toBe(1024);
});

test.each([[''], ['a,,b'], [[]], [['']], [42]])('cache.mounts %j is refused, naming the setting and the fix', (mounts) => {
  const error = (() => {
    try {
      parseOptions({ cache: { mounts } });
    } catch (e) {
      return e as ConfigError;
    }
  })();
  expect(error).toBeInstanceOf(ConfigError);
  expect(error!.message).toContain('cache.mounts');
  expect(error!.message).toMatch(/auto, off/);
});
