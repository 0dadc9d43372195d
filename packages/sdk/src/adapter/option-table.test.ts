import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { EnvReader } from './env-reader.js';
import { optionNames, readOptionTable, withTable, type OptionTable } from './option-table.js';

const TABLE: OptionTable = {
  context: ['X_CONTEXT', 'string', '.'],
  push: ['X_PUSH', 'bool', true],
  platforms: ['X_PLATFORMS', 'list'],
  buildArgs: ['X_ARGS', 'pairs'],
  'cache.ref': ['X_REF'],
  'cache.mountsMaxSizeMb': ['X_MAX', 'int'],
};

describe('option table', () => {
  test('reads each kind into its nested path; defaults fill unset and blank variables', () => {
    const r = new EnvReader({
      X_PUSH: '', X_PLATFORMS: 'linux/amd64, linux/arm64', X_ARGS: 'A=1\nB=2', X_REF: 'r/c', X_MAX: '64',
    });
    expect(readOptionTable(r, TABLE)).toEqual({
      context: '.', push: true, platforms: ['linux/amd64', 'linux/arm64'], buildArgs: { A: '1', B: '2' },
      cache: { ref: 'r/c', mountsMaxSizeMb: 64 },
    });
    expect(r.issues).toEqual([]);
  });

  test('every bad value is collected under its variable, not thrown at the first', () => {
    const r = new EnvReader({ X_PUSH: 'maybe', X_MAX: '1e3' });
    readOptionTable(r, TABLE);
    expect(() => r.throwIfAny()).toThrow(ConfigError);
    expect(r.issues.map((i) => i.path)).toEqual(['X_PUSH', 'X_MAX']);
  });

  test('names: the table paths, plus the ones code sets', () => {
    const names = optionNames(TABLE, { 'cache.keys.branch': 'X_BRANCH' });
    expect(names).toMatchObject({ context: 'X_CONTEXT', 'cache.ref': 'X_REF', 'cache.keys.branch': 'X_BRANCH' });
  });

  test('withTable: code-made values win per path and undefined ones do not erase the table', () => {
    const fromTable = { context: '.', cache: { ref: 'a', mode: 'max' } };
    const merged = withTable(fromTable, { cache: { ref: 'b', dir: undefined } });
    expect(merged).toEqual({ context: '.', cache: { ref: 'b', mode: 'max' } });
  });
});
