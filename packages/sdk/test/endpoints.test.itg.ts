// Every Docker endpoint a CI job is handed, on the real engine: its TLS listener (client
// certificates, as GitLab's docker:dind and CircleCI's remote Docker hand out), a docker context
// pointing at it, plain TCP, and what an unreachable TLS endpoint says. Each build pair is cold,
// then warm on a fresh runner (emptied builder, no images) from the registry cache.
// scripts/engine/start.sh exports the endpoints; an existing user daemon has none, and only then
// do these tests skip.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBuild, type BuildOptionsInput, type BuildResult } from '../src/index.js';
import { copyFixture, resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { freePort } from './reliability/support/registry.js';
import { runCli } from './reliability/support/build.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/app');
const TLS_HOST = process.env.LAYERCACHE_TEST_TLS_HOST;
const TLS_CERTDIR = process.env.LAYERCACHE_TEST_TLS_CERTDIR;
const TLS_CERT_PATH = process.env.LAYERCACHE_TEST_TLS_CERT_PATH;
const TCP_HOST = process.env.LAYERCACHE_TEST_TCP_HOST;
const SKIP = !TLS_HOST || !TLS_CERTDIR || !TLS_CERT_PATH;
const SKIP_TCP = !TCP_HOST;
if (SKIP)
  console.warn(
    'endpoints: TLS tests skipped: the engine has no TLS listener (an existing daemon, LAYERCACHE_USE_EXISTING_DOCKER)'
  );
if (SKIP_TCP)
  console.warn(
    'endpoints: plain TCP tests skipped: the engine has no plain TCP endpoint (an existing daemon, or tcp-proxy.mjs did not start)'
  );

let engine: TestEngine;
const quiet = { info: () => undefined, warn: () => undefined };

beforeAll(() => {
  engine = testEngine();
});

/** The engine's env without any endpoint variable: each test says how to reach the daemon. */
function baseEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const {
    DOCKER_HOST: _h,
    DOCKER_CONTEXT: _c,
    DOCKER_TLS_VERIFY: _v,
    DOCKER_CERT_PATH: _p,
    DOCKER_TLS: _t,
    DOCKER_TLS_CERTDIR: _d,
    ...rest
  } = engine.env;
  return { ...rest, ...extra };
}

const tlsEnv = () => baseEnv({ DOCKER_HOST: TLS_HOST!, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: TLS_CERT_PATH! });

function build(
  context: string,
  env: Record<string, string | undefined>,
  options: BuildOptionsInput
): Promise<BuildResult> {
  return cachedBuild(
    { context, network: 'none', buildArgs: { BASE_IMAGE: engine.baseImage }, ...options },
    { env, cwd: context, logger: quiet }
  );
}

/** Cold on an empty builder, then warm on another: the warm build takes every step from the cache. */
async function coldThenWarm(
  run: (context: string, repo: string) => Promise<{ cachedSteps: number; totalSteps: number; dockerHost?: string }>
) {
  const context = await copyFixture(EXAMPLE);
  const repo = uniqueRepo(engine, 'endpoint');
  await resetBuilder();
  const cold = await run(context, repo);
  expect(cold.totalSteps).toBeGreaterThanOrEqual(5);
  expect(cold.cachedSteps).toBeLessThan(cold.totalSteps);
  await resetBuilder();
  const warm = await run(context, repo);
  expect(warm.totalSteps).toBe(cold.totalSteps);
  expect(warm.cachedSteps).toBe(warm.totalSteps);
  return { cold, warm };
}

/** A docker config dir of its own holding context NAME for the TLS daemon (made by `docker context create`). */
async function contextConfig(name: string, use: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-contexts-'));
  // Keep a DOCKER_CONFIG-provided buildx plugin (the second engine's) visible from the new config.
  if (engine.env.DOCKER_CONFIG)
    await symlink(path.join(engine.env.DOCKER_CONFIG, 'cli-plugins'), path.join(dir, 'cli-plugins')).catch(
      () => undefined
    );
  const env = baseEnv({ DOCKER_CONFIG: dir });
  const certs = (f: string) => path.join(TLS_CERT_PATH!, f);
  await promisify(execFile)(
    'docker',
    [
      'context',
      'create',
      name,
      '--docker',
      `host=${TLS_HOST},ca=${certs('ca.pem')},cert=${certs('cert.pem')},key=${certs('key.pem')}`,
    ],
    { env }
  );
  if (use) await promisify(execFile)('docker', ['context', 'use', name], { env });
  return dir;
}

describe.skipIf(SKIP)('TLS over TCP (client certificates)', () => {
  test('cachedBuild: cold, then warm on a fresh runner', async () => {
    const env = tlsEnv();
    const { cold, warm } = await coldThenWarm(async (context, repo) => {
      const r = await build(context, env, { cache: { backend: 'registry', ref: repo } });
      return { ...r.report, dockerHost: r.preflight.dockerHost };
    });
    for (const r of [cold, warm])
      expect(r.dockerHost).toBe(
        `DOCKER_HOST=${TLS_HOST}, TLS verified, certificates from ${TLS_CERT_PATH} (DOCKER_CERT_PATH)`
      );
  });

  test('the CLI with only DOCKER_HOST and DOCKER_TLS_CERTDIR (the docker image convention): cold, then warm', async () => {
    const env = baseEnv({ DOCKER_HOST: TLS_HOST!, DOCKER_TLS_CERTDIR: TLS_CERTDIR! });
    await coldThenWarm(async (context, repo) => {
      const run = await runCli(
        [
          'build',
          '.',
          '--backend',
          'registry',
          '--cache-ref',
          repo,
          '--network',
          'none',
          '--build-arg',
          `BASE_IMAGE=${engine.baseImage}`,
          '--report-json',
          'report.json',
          '--quiet',
        ],
        context,
        env
      );
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(await readFile(path.join(context, 'report.json'), 'utf8')) as {
        cachedSteps: number;
        totalSteps: number;
      };
    });
  });

  test('doctor over TLS names the endpoint and its TLS state', async () => {
    const run = await runCli(['doctor', '--backend', 'none', '--json'], EXAMPLE, tlsEnv());
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const daemon = (
      JSON.parse(run.stdout) as { items: Array<{ id: string; status: string; detail: string }> }
    ).items.find((i) => i.id === 'daemon');
    expect(daemon).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining(`DOCKER_HOST=${TLS_HOST}, TLS verified`),
    });
  });
});

describe.skipIf(SKIP)('a docker context pointing at the TLS daemon', () => {
  test('currentContext in $DOCKER_CONFIG/config.json (docker context use): cachedBuild cold, then warm', async () => {
    const env = baseEnv({ DOCKER_CONFIG: await contextConfig('lc-tls', true) });
    const { warm } = await coldThenWarm(async (context, repo) => {
      const r = await build(context, env, { cache: { backend: 'registry', ref: repo } });
      return { ...r.report, dockerHost: r.preflight.dockerHost };
    });
    expect(warm.dockerHost).toMatch(
      /^tcp:\/\/127\.0\.0\.1:\d+ \(docker context "lc-tls" from currentContext in config\.json\), TLS verified/
    );
  });

  test('the CLI --context wins over a DOCKER_HOST that points nowhere: cold, then warm', async () => {
    const env = {
      ...baseEnv({ DOCKER_CONFIG: await contextConfig('lc-flag', false) }),
      DOCKER_HOST: `tcp://127.0.0.1:${await freePort()}`,
    };
    await coldThenWarm(async (context, repo) => {
      const run = await runCli(
        [
          'build',
          '.',
          '--context',
          'lc-flag',
          '--backend',
          'registry',
          '--cache-ref',
          repo,
          '--network',
          'none',
          '--build-arg',
          `BASE_IMAGE=${engine.baseImage}`,
          '--report-json',
          'report.json',
          '--quiet',
        ],
        context,
        env
      );
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(await readFile(path.join(context, 'report.json'), 'utf8')) as {
        cachedSteps: number;
        totalSteps: number;
      };
    });
  });

  test('an unknown --context is bad input: exit 2 before docker runs', async () => {
    const run = await runCli(
      ['build', '.', '--context', 'no-such-context', '--backend', 'none'],
      EXAMPLE,
      baseEnv({ DOCKER_CONFIG: await mkdtemp(path.join(os.tmpdir(), 'layercache-empty-config-')) })
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dockerContext: docker context "no-such-context" does not exist');
  });
});

describe.skipIf(SKIP_TCP)('plain TCP', () => {
  test('cachedBuild: cold, then warm on a fresh runner', async () => {
    const env = baseEnv({ DOCKER_HOST: TCP_HOST! });
    const { warm } = await coldThenWarm(async (context, repo) => {
      const r = await build(context, env, { cache: { backend: 'registry', ref: repo } });
      return { ...r.report, dockerHost: r.preflight.dockerHost };
    });
    expect(warm.dockerHost).toBe(`DOCKER_HOST=${TCP_HOST}, plain TCP without TLS`);
  });
});

describe.skipIf(SKIP)(
  'an unreachable TLS endpoint: exit 1, the endpoint, its TLS state and the fix for that case',
  () => {
    const cli = (env: Record<string, string | undefined>) =>
      runCli(
        ['build', '.', '--backend', 'none', '--network', 'none', '--build-arg', `BASE_IMAGE=${engine.baseImage}`],
        EXAMPLE,
        env
      );

    test('the TLS port without TLS settings: names DOCKER_CERT_PATH and DOCKER_TLS_CERTDIR, no insecure port', async () => {
      const run = await cli(baseEnv({ DOCKER_HOST: TLS_HOST! }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`not reachable at DOCKER_HOST=${TLS_HOST}, plain TCP without TLS`);
      expect(run.stderr).toContain('HTTP request to an HTTPS server');
      expect(run.stderr).toMatch(
        /Fix: this port speaks TLS: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH .*DOCKER_TLS_CERTDIR/
      );
      expect(run.stderr).not.toContain('2375');
    });

    test('TLS on, certificates missing: names the missing files and DOCKER_CERT_PATH', async () => {
      const empty = await mkdtemp(path.join(os.tmpdir(), 'layercache-no-certs-'));
      const run = await cli(baseEnv({ DOCKER_HOST: TLS_HOST!, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: empty }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`TLS verified, ca.pem, cert.pem, key.pem missing from ${empty} (DOCKER_CERT_PATH)`);
      expect(run.stderr).toMatch(
        /Fix: TLS is on but ca\.pem, cert\.pem, key\.pem missing from .* set DOCKER_CERT_PATH/
      );
      expect(run.stderr).not.toContain('2375');
    });

    test('TLS settings complete, nothing listening: says so, and no insecure-port advice', async () => {
      const run = await cli(
        baseEnv({
          DOCKER_HOST: `tcp://127.0.0.1:${await freePort()}`,
          DOCKER_TLS_VERIFY: '1',
          DOCKER_CERT_PATH: TLS_CERT_PATH!,
        })
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/TLS verified, certificates from .* \(DOCKER_CERT_PATH\)/);
      expect(run.stderr).toMatch(/Fix: nothing answers there: start the daemon .*the TLS settings look complete/);
      expect(run.stderr).not.toContain('2375');
    });

    test('a CA that did not sign the daemon: names the ca.pem it used', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-other-ca-'));
      for (const f of ['cert.pem', 'key.pem']) await copyFile(path.join(TLS_CERT_PATH!, f), path.join(dir, f));
      await promisify(execFile)('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        path.join(dir, 'ca-key.pem'),
        '-subj',
        '/CN=another CA',
        '-out',
        path.join(dir, 'ca.pem'),
      ]);
      const run = await cli(baseEnv({ DOCKER_HOST: TLS_HOST!, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('x509');
      expect(run.stderr).toContain(`Fix: the daemon's certificate does not verify against ${dir}/ca.pem`);
    });

    test('no client certificate: names the missing files', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'layercache-ca-only-'));
      await copyFile(path.join(TLS_CERT_PATH!, 'ca.pem'), path.join(dir, 'ca.pem'));
      const run = await cli(baseEnv({ DOCKER_HOST: TLS_HOST!, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('tls: certificate required');
      expect(run.stderr).toContain(`Fix: TLS is on but cert.pem, key.pem missing from ${dir}`);
    });

    test.skipIf(SKIP_TCP)('TLS to the plain TCP port: says the port speaks plain HTTP', async () => {
      const run = await cli(
        baseEnv({ DOCKER_HOST: TCP_HOST!, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: TLS_CERT_PATH! })
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Fix: this port speaks plain HTTP, not TLS');
    });

    test('a malformed DOCKER_HOST is bad input: exit 2', async () => {
      const run = await cli(baseEnv({ DOCKER_HOST: 'https://127.0.0.1:2376' }));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('DOCKER_HOST: "https://127.0.0.1:2376" is not a Docker endpoint');
    });
  }
);
