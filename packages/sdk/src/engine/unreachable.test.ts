// What the docker CLI says when it cannot reach the engine -> the fix for that case. The
// messages are docker 26/28's own (captured against the test engine's TLS and plain listeners).
import { describe, expect, test } from 'vitest';
import { EngineError } from '../errors.js';
import type { DockerEndpoint } from './endpoint.js';
import { unreachableError, unreachableFix } from './unreachable.js';

const tcp = (tls?: Partial<NonNullable<DockerEndpoint['tls']>>): DockerEndpoint => ({
  host: 'tcp://docker:2376',
  scheme: 'tcp',
  context: 'default',
  source: 'DOCKER_HOST',
  childEnv: {},
  tls: tls
    ? { verify: true, certDir: '/certs/client', certDirFrom: 'DOCKER_CERT_PATH', missing: [], ...tls }
    : undefined,
});

describe('unreachableFix', () => {
  test.each<[string, DockerEndpoint, string, RegExp]>([
    [
      'a TLS port without TLS settings',
      tcp(),
      'Error response from daemon: Client sent an HTTP request to an HTTPS server.',
      /^this port speaks TLS: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH .*DOCKER_TLS_CERTDIR/,
    ],
    [
      'TLS on, certificates missing',
      tcp({ missing: ['ca.pem', 'cert.pem', 'key.pem'] }),
      'unable to resolve docker endpoint: open /certs/client/ca.pem: no such file or directory',
      /^TLS is on but ca\.pem, cert\.pem, key\.pem missing from \/certs\/client: set DOCKER_CERT_PATH/,
    ],
    ['no client certificate', tcp(), 'remote error: tls: certificate required', /client certificate signed by its CA/],
    [
      'a CA that does not sign the daemon',
      tcp({}),
      'tls: failed to verify certificate: x509: certificate signed by unknown authority',
      /does not verify against \/certs\/client\/ca\.pem/,
    ],
    [
      'TLS to a plain port',
      tcp({}),
      'http: server gave HTTP response to HTTPS client',
      /^this port speaks plain HTTP, not TLS/,
    ],
    [
      'ssh',
      { ...tcp(), host: 'ssh://ci@host', scheme: 'ssh' },
      'error during connect: ssh: connect to host: Connection refused',
      /ssh USER@HOST docker system dial-stdio/,
    ],
    [
      'complete TLS settings, nothing listening',
      tcp({}),
      'Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?',
      /^nothing answers there: start the daemon .*dind.*setup_remote_docker/,
    ],
    [
      'plain TCP, nothing listening',
      tcp(),
      'Cannot connect to the Docker daemon at tcp://docker:2376.',
      /^start Docker, or set DOCKER_HOST/,
    ],
  ])('%s', (_what, endpoint, said, fix) => {
    expect(unreachableFix(endpoint, said)).toMatch(fix);
  });

  test('no insecure-port advice for a TLS setup, whatever docker said', () => {
    for (const said of ['Cannot connect', 'connection refused', 'i/o timeout', ''])
      expect(unreachableFix(tcp({}), said)).not.toContain('2375');
  });

  test('the error names the endpoint, its TLS state and what docker said; exit code 1', () => {
    const error = unreachableError(tcp({}), 'Cannot connect');
    expect(error).toBeInstanceOf(EngineError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(
      '[layercache] the Docker daemon is not reachable at DOCKER_HOST=tcp://docker:2376, TLS verified, certificates from /certs/client (DOCKER_CERT_PATH) (Cannot connect). Fix: nothing answers there: start the daemon (GitLab: a docker:dind service with alias docker; CircleCI: setup_remote_docker) and check the host and port; the TLS settings look complete.'
    );
  });
});
