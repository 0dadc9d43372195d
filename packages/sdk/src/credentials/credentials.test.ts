// The pure parts of the credential chain: docker's registry key normalisation, config.json
// entries, helper answers, WWW-Authenticate challenges, and the private config's merge.
import { describe, expect, test } from 'vitest';
import { mergedConfig } from '../workspace/docker-config.js';
import { parseHelperAnswer } from './cred-helper.js';
import { parseChallenge } from './bearer.js';
import { authsCredentials, entryCredentials, helperFor } from './docker-config-file.js';
import { LOGIN_HELPER } from './login-helper.js';
import { authKey, hostnameOf, lookupByRegistry } from './registry-key.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('registry keys (docker/cli ConvertToHostname, GetAuthConfigKey)', () => {
  test.each([
    ['registry.example.com', 'registry.example.com'],
    ['https://registry.example.com/v2/', 'registry.example.com'],
    ['http://127.0.0.1:5000', '127.0.0.1:5000'],
    ['127.0.0.1:5000/group/app', '127.0.0.1:5000'],
    ['docker.io', 'https://index.docker.io/v1/'],
    ['index.docker.io', 'https://index.docker.io/v1/'],
    ['registry-1.docker.io', 'https://index.docker.io/v1/'],
    ['https://index.docker.io/v1/', 'https://index.docker.io/v1/'],
  ])('%s -> %s', (name, key) => {
    expect(authKey(name)).toBe(key);
  });

  test('hostnameOf keeps the port and drops scheme and path', () => {
    expect(hostnameOf('https://r.example.com:8443/path')).toBe('r.example.com:8443');
  });

  test('lookup: the exact key first, then a key naming the same host', () => {
    expect(lookupByRegistry({ 'https://r.example.com': 1, 'r.example.com': 2 }, 'r.example.com')).toBe(2);
    expect(lookupByRegistry({ 'https://r.example.com/v1/': 1 }, 'r.example.com')).toBe(1);
    expect(lookupByRegistry({ 'other.example.com': 1 }, 'r.example.com')).toBeUndefined();
  });
});

describe('config.json entries', () => {
  test.each([
    [{ auth: b64('ci:pa:ss') }, { username: 'ci', password: 'pa:ss' }],
    [
      { username: 'ci', password: 'pw' },
      { username: 'ci', password: 'pw' },
    ],
    [{ identitytoken: 'tok' }, { username: '<token>', password: 'tok' }],
    [{ auth: b64('no-colon') }, undefined],
    [{}, undefined],
  ])('%j', (entry, expected) => {
    expect(entryCredentials(entry)).toEqual(expected);
  });

  test('auths by host, helpers: credHelpers for the registry, else credsStore', () => {
    const config = {
      auths: { 'https://r.example.com': { auth: b64('u:p') } },
      credHelpers: { 'ecr.example.com': 'ecr-login' },
      credsStore: 'pass',
    };
    expect(authsCredentials(config, 'r.example.com')).toEqual({ username: 'u', password: 'p' });
    expect(helperFor(config, 'ecr.example.com')).toBe('ecr-login');
    expect(helperFor(config, 'r.example.com')).toBe('pass');
    expect(helperFor({}, 'r.example.com')).toBeUndefined();
  });
});

describe('credential helper answers', () => {
  test.each([
    ['{"ServerURL":"r","Username":"u","Secret":"s"}', { username: 'u', password: 's' }],
    ['{"Username":"<token>","Secret":"t"}', { username: '<token>', password: 't' }],
    ['{"Username":"u","Secret":""}', undefined],
    ['credentials not found in native keychain', undefined],
  ])('%s', (stdout, expected) => {
    expect(parseHelperAnswer(stdout)).toEqual(expected);
  });
});

describe('WWW-Authenticate', () => {
  test('bearer with realm, service and scope (quoted, with commas inside)', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull,push"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.example.com/token',
        service: 'registry.example.com',
        scope: 'repository:a/b:pull,push',
      },
    });
  });
  test('basic, and an unknown scheme', () => {
    expect(parseChallenge('Basic realm="Registry Realm"').scheme).toBe('basic');
    expect(parseChallenge('Negotiate').scheme).toBe('other');
  });
});

describe('the private docker config', () => {
  const user = {
    auths: { 'https://index.docker.io/v1/': { auth: b64('hub:hubpw') }, 'store.example.com': {} },
    credHelpers: { 'ecr.example.com': 'ecr-login', 'gitlab.example.com': 'gitlab-helper' },
    credsStore: 'pass',
    psFormat: 'table',
  };

  test('keeps credsStore and credHelpers; an explicit login wins for its registry; no secret is written', () => {
    const { config, served } = mergedConfig(user, [
      { registry: 'https://gitlab.example.com', username: 'ci', password: 'jobtoken' },
    ]);
    expect(config.credsStore).toBe('pass');
    expect(config.psFormat).toBe('table');
    expect(config.credHelpers).toEqual({ 'ecr.example.com': 'ecr-login', 'gitlab.example.com': LOGIN_HELPER });
    expect(served.get('gitlab.example.com')).toEqual({ username: 'ci', password: 'jobtoken' });
    expect(JSON.stringify(config)).not.toContain('jobtoken');
    expect(JSON.stringify(config)).not.toContain(b64('ci:jobtoken'));
  });

  test("without a store, the user's auths are served by the helper instead of copied", () => {
    const { config, served } = mergedConfig(
      { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:hubpw') } } },
      []
    );
    expect(served.get('https://index.docker.io/v1/')).toEqual({ username: 'hub', password: 'hubpw' });
    expect(config.auths).toEqual({});
    expect(config.credHelpers).toEqual({ 'https://index.docker.io/v1/': LOGIN_HELPER });
  });

  test('an auths entry under a user helper is left to that helper', () => {
    const { served, config } = mergedConfig(
      { auths: { 'ecr.example.com': { auth: b64('a:b') } }, credHelpers: { 'ecr.example.com': 'ecr-login' } },
      []
    );
    expect(served.size).toBe(0);
    expect(config.credHelpers).toEqual({ 'ecr.example.com': 'ecr-login' });
    expect(config.auths).toEqual({ 'ecr.example.com': {} }); // its inert secret is not copied
  });
});
