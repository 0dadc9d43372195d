// cache.timeout from the plugin setting cache_timeout (PLUGIN_CACHE_TIMEOUT).
import { ConfigError, parseOptions } from '@layercache/sdk';
import { describe, expect, test } from 'vitest';
import { fromHarnessEnv } from '../src/env.js';
import { PUSH } from './support/env-fixtures.js';

describe('PLUGIN_CACHE_TIMEOUT', () => {
  test('maps to cache.timeout; unset keeps the SDK default', () => {
    expect(parseOptions(fromHarnessEnv({ ...PUSH, PLUGIN_CACHE_TIMEOUT: '45' })).cache.timeout).toBe(45);
    expect(parseOptions(fromHarnessEnv(PUSH)).cache.timeout).toBe(300);
  });

  test('a bad value names the setting', () => {
    const error = (() => { try { fromHarnessEnv({ ...PUSH, PLUGIN_CACHE_TIMEOUT: '-1' }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toEqual(['PLUGIN_CACHE_TIMEOUT']);
  });
});
