// The engine's API asked directly (engine/daemon-info.ts) on the real engine's endpoints: its socket,
// plain TCP, and TLS with client certificates; each answers what `docker info` says. A silent fall
// back to `docker info` would hide a broken direct path, so this asks daemonInfo itself.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { daemonInfo } from '../src/engine/daemon-info.js';
import { resolveEndpoint } from '../src/engine/endpoint.js';
import { testEngine } from '../../../test-support/engine.js';

const {
  LAYERCACHE_TEST_TLS_HOST: TLS,
  LAYERCACHE_TEST_TLS_CERT_PATH: CERTS,
  LAYERCACHE_TEST_TCP_HOST: TCP,
} = process.env;

test('socket, plain TCP and TLS answer the engine version docker info reports', async () => {
  const engine = testEngine();
  const { stdout } = await promisify(execFile)('docker', ['info', '--format', '{{.ServerVersion}}'], {
    env: engine.env as NodeJS.ProcessEnv,
  });
  const version = stdout.trim();
  const ask = (env: Record<string, string | undefined>) =>
    daemonInfo(resolveEndpoint({ env }), AbortSignal.timeout(15_000));
  expect((await ask(engine.env))?.ServerVersion).toBe(version);
  if (TCP) expect((await ask({ ...engine.env, DOCKER_HOST: TCP }))?.ServerVersion).toBe(version);
  if (TLS && CERTS) {
    expect(
      (await ask({ ...engine.env, DOCKER_HOST: TLS, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: CERTS }))?.ServerVersion,
    ).toBe(version);
    // Certificate files missing: no direct answer, so preflight runs docker info, whose words name the problem.
    expect(
      await ask({ ...engine.env, DOCKER_HOST: TLS, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/nonexistent' }),
    ).toBeUndefined();
  }
}, 60_000);
