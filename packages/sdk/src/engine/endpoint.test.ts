// The endpoint resolver against real docker config directories made in a temp dir (the layout
// docker/cli writes: config.json, contexts/meta/<sha256>/meta.json, contexts/tls/<sha256>/docker).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../errors.js';
import { describeEndpoint, resolveEndpoint, withEndpointEnv } from './endpoint.js';
import { parseDockerHost } from './docker-host.js';

function configDir(
  files: {
    currentContext?: string;
    contexts?: Record<string, { host: string; skipVerify?: boolean; tls?: boolean }>;
  } = {}
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'layercache-endpoint-'));
  if (files.currentContext)
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ currentContext: files.currentContext }));
  for (const [name, c] of Object.entries(files.contexts ?? {})) {
    const id = createHash('sha256').update(name).digest('hex');
    mkdirSync(path.join(dir, 'contexts/meta', id), { recursive: true });
    writeFileSync(
      path.join(dir, 'contexts/meta', id, 'meta.json'),
      JSON.stringify({
        Name: name,
        Metadata: {},
        Endpoints: { docker: { Host: c.host, SkipTLSVerify: c.skipVerify ?? false } },
      })
    );
    if (c.tls) tlsFiles(path.join(dir, 'contexts/tls', id, 'docker'));
  }
  return dir;
}

function tlsFiles(dir: string, names = ['ca.pem', 'cert.pem', 'key.pem']) {
  mkdirSync(dir, { recursive: true });
  for (const n of names) writeFileSync(path.join(dir, n), 'pem');
  return dir;
}

describe('resolveEndpoint: the default context', () => {
  test('nothing set: the default socket, not TLS', () => {
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: configDir() } });
    expect(e).toMatchObject({
      host: 'unix:///var/run/docker.sock',
      scheme: 'unix',
      context: 'default',
      source: 'the default socket',
      tls: undefined,
      childEnv: {},
    });
    expect(describeEndpoint(e)).toBe('the default socket unix:///var/run/docker.sock, local socket');
  });

  test('DOCKER_HOST tcp:// without TLS variables is plain TCP', () => {
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'tcp://docker:2375' } });
    expect(e).toMatchObject({ host: 'tcp://docker:2375', scheme: 'tcp', source: 'DOCKER_HOST', tls: undefined });
    expect(describeEndpoint(e)).toBe('DOCKER_HOST=tcp://docker:2375, plain TCP without TLS');
  });

  test('DOCKER_TLS_VERIFY + DOCKER_CERT_PATH: TLS verified with those certificates', () => {
    const certs = tlsFiles(mkdtempSync(path.join(os.tmpdir(), 'certs-')));
    const e = resolveEndpoint({
      env: {
        DOCKER_CONFIG: configDir(),
        DOCKER_HOST: 'tcp://docker:2376',
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: certs,
      },
    });
    expect(e.tls).toEqual({ verify: true, certDir: certs, certDirFrom: 'DOCKER_CERT_PATH', missing: [] });
    expect(e.childEnv).toEqual({});
  });

  test('any non-empty DOCKER_TLS_VERIFY turns TLS on, even "0", as in docker/cli', () => {
    const e = resolveEndpoint({
      env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '0' },
    });
    expect(e.tls?.verify).toBe(true);
  });

  test('DOCKER_TLS alone: TLS without verification; certificates default to the docker config dir', () => {
    const dir = configDir();
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: dir, DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS: '1' } });
    expect(e.tls).toEqual({
      verify: false,
      certDir: dir,
      certDirFrom: 'the docker config dir',
      missing: ['ca.pem', 'cert.pem', 'key.pem'],
    });
    expect(describeEndpoint(e)).toContain('TLS without verification, ca.pem, cert.pem, key.pem missing from');
  });

  test('DOCKER_TLS_CERTDIR alone (the docker image entrypoint convention): TLS with <dir>/client, handed to children', () => {
    const certdir = mkdtempSync(path.join(os.tmpdir(), 'certdir-'));
    tlsFiles(path.join(certdir, 'client'));
    const e = resolveEndpoint({
      env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_CERTDIR: certdir },
    });
    expect(e.tls).toMatchObject({
      verify: true,
      certDir: path.join(certdir, 'client'),
      certDirFrom: 'DOCKER_TLS_CERTDIR',
      missing: [],
    });
    expect(e.childEnv).toEqual({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: path.join(certdir, 'client') });
  });

  test('DOCKER_TLS_CERTDIR without client certificates yet changes nothing (plain TCP, as docker sees it)', () => {
    const certdir = mkdtempSync(path.join(os.tmpdir(), 'certdir-'));
    const e = resolveEndpoint({
      env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_CERTDIR: certdir },
    });
    expect(e.tls).toBeUndefined();
    expect(e.childEnv).toEqual({});
  });

  test('a bare host:port is tcp, as docker/cli reads it', () => {
    expect(resolveEndpoint({ env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'docker:2375' } }).scheme).toBe('tcp');
  });

  test('ssh:// is kept for the docker CLI to dial', () => {
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'ssh://ci@build-host:2222' } });
    expect(e).toMatchObject({ scheme: 'ssh', tls: undefined });
    expect(describeEndpoint(e)).toBe('DOCKER_HOST=ssh://ci@build-host:2222, over ssh');
  });
});

describe('resolveEndpoint: contexts and precedence (docker/cli resolveContextName)', () => {
  const contexts = {
    remote: { host: 'tcp://10.0.0.5:2376', tls: true },
    other: { host: 'unix:///run/other.sock' },
    insecure: { host: 'tcp://10.0.0.6:2376', skipVerify: true },
  };

  test('currentContext in config.json, with its TLS material from the store', () => {
    const dir = configDir({ currentContext: 'remote', contexts });
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: dir } });
    const id = createHash('sha256').update('remote').digest('hex');
    expect(e).toMatchObject({
      host: 'tcp://10.0.0.5:2376',
      context: 'remote',
      source: 'currentContext in config.json',
    });
    expect(e.tls).toEqual({
      verify: true,
      certDir: path.join(dir, 'contexts/tls', id, 'docker'),
      certDirFrom: 'context "remote"',
      missing: [],
    });
  });

  test('a context with SkipTLSVerify and no certificates: TLS without verification', () => {
    const e = resolveEndpoint({ env: { DOCKER_CONFIG: configDir({ contexts }), DOCKER_CONTEXT: 'insecure' } });
    expect(e.tls?.verify).toBe(false);
  });

  test('DOCKER_CONTEXT beats currentContext', () => {
    const e = resolveEndpoint({
      env: { DOCKER_CONFIG: configDir({ currentContext: 'remote', contexts }), DOCKER_CONTEXT: 'other' },
    });
    expect(e).toMatchObject({ context: 'other', source: 'DOCKER_CONTEXT', host: 'unix:///run/other.sock' });
  });

  test('DOCKER_HOST beats DOCKER_CONTEXT and currentContext', () => {
    const e = resolveEndpoint({
      env: {
        DOCKER_CONFIG: configDir({ currentContext: 'remote', contexts }),
        DOCKER_CONTEXT: 'other',
        DOCKER_HOST: 'unix:///run/x.sock',
      },
    });
    expect(e).toMatchObject({ context: 'default', source: 'DOCKER_HOST', host: 'unix:///run/x.sock' });
  });

  test('--context beats DOCKER_HOST; children get DOCKER_CONTEXT and lose DOCKER_HOST', () => {
    const env = { DOCKER_CONFIG: configDir({ contexts }), DOCKER_HOST: 'unix:///run/x.sock', PATH: '/bin' };
    const e = resolveEndpoint({ env, context: 'remote' });
    expect(e).toMatchObject({ context: 'remote', source: 'the --context flag', host: 'tcp://10.0.0.5:2376' });
    expect(withEndpointEnv(env, e)).toEqual({
      DOCKER_CONFIG: env.DOCKER_CONFIG,
      PATH: '/bin',
      DOCKER_CONTEXT: 'remote',
    });
    expect(describeEndpoint(e)).toMatch(
      /^tcp:\/\/10\.0\.0\.5:2376 \(docker context "remote" from the --context flag\), TLS verified/
    );
  });

  test('--context default keeps DOCKER_HOST, as docker/cli does', () => {
    const env = { DOCKER_CONFIG: configDir({ currentContext: 'remote', contexts }), DOCKER_HOST: 'tcp://docker:2375' };
    const e = resolveEndpoint({ env, context: 'default' });
    expect(e).toMatchObject({ host: 'tcp://docker:2375', context: 'default' });
    expect(withEndpointEnv(env, e).DOCKER_HOST).toBe('tcp://docker:2375');
  });

  test('currentContext "default" is the default context', () => {
    expect(resolveEndpoint({ env: { DOCKER_CONFIG: configDir({ currentContext: 'default' }) } }).source).toBe(
      'the default socket'
    );
  });

  test('the config dir defaults to $HOME/.docker', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'home-'));
    mkdirSync(path.join(home, '.docker'));
    writeFileSync(path.join(home, '.docker/config.json'), JSON.stringify({ currentContext: 'gone' }));
    expect(() => resolveEndpoint({ env: { HOME: home } })).toThrow(/docker context "gone" does not exist/);
  });

  test('an unknown context is bad input naming where it came from', () => {
    const attempt = () => resolveEndpoint({ env: { DOCKER_CONFIG: configDir({ contexts }), DOCKER_CONTEXT: 'nope' } });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DOCKER_CONTEXT: docker context "nope" does not exist.*docker context ls/);
    expect(() => resolveEndpoint({ env: { DOCKER_CONFIG: configDir() }, context: 'nope' })).toThrow(
      /dockerContext: docker context "nope"/
    );
  });
});

describe('parseDockerHost: what docker/cli refuses is bad input', () => {
  test.each([
    'unix:///var/run/docker.sock',
    'tcp://docker:2376',
    'tcp://127.0.0.1:2375',
    'tcp://[::1]:2376',
    'tcp://:2376',
    'docker:2375',
    'ssh://ci@host',
    'ssh://host:22',
    'npipe:////./pipe/docker_engine',
    'fd://',
  ])('accepts %s', (value) => {
    expect(() => parseDockerHost(value, 'DOCKER_HOST')).not.toThrow();
  });

  test.each([
    ['http://docker:2375', /does not speak http:\/\//],
    ['https://docker:2376', /does not speak https:\/\//],
    ['tcp://', /expected tcp:\/\/HOST:PORT/],
    ['tcp://docker:abc', /port "abc" is not a number/],
    ['tcp://docker:99999', /out of range/],
    ['tcp://doc ker:2375', /whitespace/],
    ['ssh://', /expected ssh:/],
  ])('refuses %s', (value, message) => {
    expect(() => parseDockerHost(value, 'DOCKER_HOST')).toThrow(ConfigError);
    expect(() => parseDockerHost(value, 'DOCKER_HOST')).toThrow(message);
  });

  test('resolveEndpoint refuses a malformed DOCKER_HOST with exit code 2', () => {
    let error: unknown;
    try {
      resolveEndpoint({ env: { DOCKER_CONFIG: configDir(), DOCKER_HOST: 'http://docker:2375' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    expect((error as ConfigError).message).toContain('DOCKER_HOST: "http://docker:2375" is not a Docker endpoint');
  });
});
