// The keys of a caller's own `type=s3` cache entries (cache.extraCredentials) and --add-host:
// keys reach buildx as AWS_* variables, never argv or the plan's JSON.
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { secretValues } from '../workspace/build-environment.js';
import { parseOptions } from '../options/parse.js';
import { planBuild } from './build-plan.js';

const ENTRY = 'type=s3,bucket=b,region=eu-west-1,name=app';
const KEYS = {
  accessKeyId: 'AKIAEXTRA0001',
  secretAccessKey: 'extra-secret-value-0001',
  sessionToken: 'extra-session-0001',
};

describe('cache.extraCredentials', () => {
  test('become AWS_* in the plan environment, not in argv or JSON', () => {
    const p = planBuild({
      cache: { backend: 'none', extraFrom: [ENTRY], extraTo: [`${ENTRY},mode=max`], extraCredentials: KEYS },
    });
    expect(p.secretEnvNames).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
    expect(p.secretEnv.AWS_SECRET_ACCESS_KEY).toBe(KEYS.secretAccessKey);
    for (const value of Object.values(KEYS)) {
      expect(p.args.join(' ')).not.toContain(value);
      expect(JSON.stringify(p)).not.toContain(value);
    }
  });

  test('are redacted from every line the run prints', () => {
    expect(secretValues(parseOptions({ cache: { extraCredentials: KEYS } }))).toEqual(
      expect.arrayContaining(Object.values(KEYS))
    );
  });

  test("keys that differ from the harness cache's are refused: buildx takes one set", () => {
    const harness = { bucket: 'b', accessKeyId: 'AKIAOTHER', secretAccessKey: 'other-secret' };
    expect(() => parseOptions({ cache: { backend: 'harness', harness, extraCredentials: KEYS } })).toThrow(ConfigError);
    expect(() =>
      parseOptions({
        cache: {
          backend: 'harness',
          harness,
          extraCredentials: { accessKeyId: 'AKIAOTHER', secretAccessKey: 'other-secret' },
        },
      })
    ).not.toThrow();
  });
});

describe('addHosts', () => {
  test('each entry is one --add-host', () => {
    const p = planBuild({ addHosts: ['db.internal:10.0.0.5', 'v6.internal:fe80::1', 'gw:host-gateway'] });
    expect(p.args.join(' ')).toContain(
      '--add-host db.internal:10.0.0.5 --add-host v6.internal:fe80::1 --add-host gw:host-gateway'
    );
  });

  test.each(['no-ip', 'host:not an ip', ':10.0.0.1'])('%s is refused', (entry) => {
    expect(() => planBuild({ addHosts: [entry] })).toThrow(ConfigError);
  });
});
