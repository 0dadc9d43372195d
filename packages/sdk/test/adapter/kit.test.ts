// The adapter kit's reader and renaming: every problem collected, one vocabulary for booleans.
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  bakeOutputs,
  EnvReader,
  renameIssues,
  reportFailure,
  setInBake,
  sharedCacheSettings,
} from '../../src/adapter/index.js';
import { variableFor } from '../../src/adapter/index.js';

describe('EnvReader', () => {
  test('booleans: true/1/yes/on and false/0/no/off, any case; anything else is an issue', () => {
    const r = new EnvReader({ A: 'On', B: 'off', C: 'YES', D: '0', E: 'maybe', F: '  ' });
    expect([r.bool('A'), r.bool('B'), r.bool('C'), r.bool('D'), r.bool('F')]).toEqual([
      true,
      false,
      true,
      false,
      undefined,
    ]);
    expect(r.bool('E')).toBeUndefined();
    expect(r.issues.map((i) => i.path)).toEqual(['E']);
  });

  test('collects every issue and throws them together', () => {
    const r = new EnvReader({ A: 'x', B: 'y', P: 'K=V\nnot-a-pair', S: 'id=a,env=B\nid=b' });
    r.bool('A');
    r.oneOf('B', ['min', 'max'] as const);
    expect(r.pairs('P')).toEqual({ K: 'V' });
    expect(r.secrets('S')).toEqual([{ id: 'a', env: 'B' }]);
    expect(() => r.throwIfAny()).toThrow(ConfigError);
    expect(r.issues.map((i) => i.path)).toEqual(['A', 'B', 'P', 'S']);
  });

  test('lists, first-of and secrets kept as given', () => {
    const r = new EnvReader({ L: 'a, b\nc', X: '', Y: 'y', PW: ' pass ' });
    expect(r.list('L')).toEqual(['a', 'b', 'c']);
    expect(r.first('X', 'Y')).toEqual({ name: 'Y', value: 'y' });
    expect(r.secret('PW')).toBe(' pass ');
  });
});

describe('option names', () => {
  const names = { tags: 'IMAGE', 'cache.keys.branch': 'BRANCH', cache: 'CACHE', buildArgs: 'ARG_*' };
  test('the longest prefix wins; * takes the rest of the path', () => {
    expect(variableFor(names, 'tags.0')).toBe('IMAGE');
    expect(variableFor(names, 'cache.keys.branch')).toBe('BRANCH');
    expect(variableFor(names, 'cache.mode')).toBe('CACHE');
    expect(variableFor(names, 'buildArgs.FOO')).toBe('ARG_FOO');
    expect(variableFor(names, 'network')).toBeUndefined();
  });
  test('renamed issues keep the option path in the message', () => {
    expect(renameIssues(names, [{ path: 'tags.1', message: 'bad' }])).toEqual([
      { path: 'IMAGE', message: 'bad (option tags.1)', hint: 'set IMAGE to a valid value' },
    ]);
  });
});

test('setInBake: a setting at its neutral value is not reported', () => {
  expect(setInBake({ N: 'default', T: 'x', C: '.' }, { N: 'default', T: undefined, C: '.', U: undefined })).toEqual([
    'T',
  ]);
});

test('reportFailure: typed errors keep their exit code, others are 1 with the stack', () => {
  const lines: string[] = [];
  const log = { error: (l: string) => lines.push(l) };
  expect(reportFailure(new ConfigError([{ path: 'X', message: 'bad' }]), log)).toBe(2);
  expect(reportFailure(new Error('boom'), log)).toBe(1);
  expect(lines[0]).toContain('X: bad');
  expect(lines[1]).toMatch(/unexpected failure: Error: boom\n\s+at /);
});

describe('sharedCacheSettings', () => {
  const names = { 'cache.timeout': 'T', 'cache.mounts': 'M', 'cache.mountsMaxSizeMb': 'MAX' };

  test('reads the shared cache settings from the variables the table names; unset ones stay out', () => {
    const r = new EnvReader({ T: '30', M: ' npm,pip ', MAX: '256' });
    expect(sharedCacheSettings(r, names)).toEqual({ timeout: '30', mounts: 'npm,pip', mountsMaxSizeMb: 256 });
    expect(sharedCacheSettings(new EnvReader({}), names)).toEqual({});
    expect(sharedCacheSettings(new EnvReader({ M: 'off' }), {})).toEqual({});
  });

  test('a size cap that is not a whole number is an issue under its variable', () => {
    const r = new EnvReader({ MAX: '1.5GB' });
    expect(sharedCacheSettings(r, names)).toEqual({});
    expect(r.issues.map((i) => i.path)).toEqual(['MAX']);
  });
});

describe('bakeOutputs', () => {
  const result = {
    durationMs: 2500,
    report: {
      services: [
        { service: 'api', imageDigest: 'sha256:a', report: { backend: 'registry' } },
        { service: 'web', report: { backend: 's3' } },
      ],
      totalSteps: 4,
      cachedSteps: 3,
      hitRatio: 0.75,
      failed: ['web'],
    },
  } as never;

  test('the totals asked for, prefixed, then one digest per service', () => {
    expect(bakeOutputs(result, ['SERVICES', 'CACHE_BACKEND', 'BUILD_SECONDS'], (s) => `D_${s}`, 'X_')).toEqual({
      X_SERVICES: 'api,web',
      X_CACHE_BACKEND: 'registry,s3',
      X_BUILD_SECONDS: '2.5',
      D_api: 'sha256:a',
      D_web: '',
    });
  });
});

test('runAdapter: option names that depend on the env and throw give an exit code, not a rejection', async () => {
  const { runAdapter } = await import('../../src/adapter/index.js');
  const errors: string[] = [];
  const log = { info: () => {}, warn: () => {}, error: (l: string) => errors.push(l), summary: () => {} };
  const adapter = {
    names: () => {
      throw new ConfigError([{ path: 'LAYERCACHE_IMAGE', message: 'is not an image name' }]);
    },
    buildOptions: () => ({}),
    writeBuildOutputs: async () => {},
  };
  expect(await runAdapter(adapter as never, { env: {}, cwd: '/', log })).toBe(2);
  expect(errors.join('\n')).toContain('LAYERCACHE_IMAGE');
});
