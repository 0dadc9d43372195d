// The component's Docker-in-Docker variables (DOCKER_HOST tcp://docker:2376, DOCKER_TLS_CERTDIR,
// DOCKER_TLS_VERIFY, DOCKER_CERT_PATH), read from templates/build.yml, under gitlab-ci-local.
// gitlab-ci-local cannot run the docker executor here (no docker:dind image can be pulled), so
// the job runs on the shell executor with exactly those variables, the service alias `docker`
// and /certs mapped onto the test engine's TLS listener and its DOCKER_TLS_CERTDIR. The host's own
// DOCKER_HOST points at no daemon, so only the dind variables can reach the engine.
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { buildAdapter, componentTemplate, createSampleProject, packageDir, runPipeline } from './support/sample-project.js';

const TLS_HOST = process.env.LAYERCACHE_TEST_TLS_HOST;
const TLS_CERTDIR = process.env.LAYERCACHE_TEST_TLS_CERTDIR;
const SKIP = !TLS_HOST || !TLS_CERTDIR;
if (SKIP)
  console.warn(
    'gitlab dind variables: skipped: the engine has no TLS listener (an existing daemon, LAYERCACHE_USE_EXISTING_DOCKER)'
  );

let engine: TestEngine;

beforeAll(async () => {
  engine = testEngine();
  if (!SKIP) await buildAdapter();
}, 300_000);

/** The dind job's variables as the template writes them. */
async function dindVariables(): Promise<Record<string, string>> {
  const template = (await readFile(componentTemplate, 'utf8')).split('\n---\n')[1]!;
  const jobs = parse(template) as Record<string, { variables?: Record<string, string> }>;
  return jobs['.$[[ inputs.job_name ]]-dind']!.variables!;
}

describe.skipIf(SKIP)('the GitLab component with its dind TLS variables', () => {
  test('cold, then warm on a fresh runner, over TLS with the client certificates', async () => {
    const dind = await dindVariables();
    expect(dind).toEqual({
      DOCKER_HOST: 'tcp://docker:2376',
      DOCKER_TLS_CERTDIR: '/certs',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs/client',
    });
    // docker -> the TLS listener's address, /certs -> the engine's certificate dir (same layout).
    const port = new URL(TLS_HOST!.replace(/^tcp:/, 'http:')).port;
    const here = Object.fromEntries(
      Object.entries(dind).map(([k, v]) => [
        k,
        v.replace('tcp://docker:2376', `tcp://127.0.0.1:${port}`).replace(/^\/certs/, TLS_CERTDIR!),
      ])
    );
    const hostEnv = {
      ...process.env,
      DOCKER_HOST: `unix://${path.join(os.tmpdir(), 'layercache-no-daemon', 'docker.sock')}`,
    };

    const cacheRepo = uniqueRepo(engine, 'gitlab-dind');
    const dir = await createSampleProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      cache_ref: cacheRepo,
      network: 'none',
      tags: '',
      lint: false,
      build_args: `BASE_IMAGE=${engine.baseImage}\n`,
    });
    await resetBuilder();
    const cold = await runPipeline(dir, here, [], hostEnv);
    expect(cold.exitCode, cold.log).toBe(0);
    expect(cold.log).toContain(
      `layercache: engine DOCKER_HOST=tcp://127.0.0.1:${port}, TLS verified, certificates from ${TLS_CERTDIR}/client (DOCKER_CERT_PATH)`
    );
    const total = Number(cold.dotenv.LAYERCACHE_TOTAL_STEPS);
    expect(total).toBeGreaterThan(0);
    expect(Number(cold.dotenv.LAYERCACHE_CACHED_STEPS)).toBeLessThan(total);
    expect(cold.report?.report.exportStatus).toBe('ok');

    await resetBuilder();
    const warm = await runPipeline(dir, here, [], hostEnv);
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.dotenv.LAYERCACHE_TOTAL_STEPS).toBe(String(total));
    expect(warm.dotenv.LAYERCACHE_CACHED_STEPS).toBe(String(total));
  });

  test('without DOCKER_CERT_PATH and DOCKER_TLS_VERIFY the job fails with exit 1 and says which variable to set', async () => {
    const port = new URL(TLS_HOST!.replace(/^tcp:/, 'http:')).port;
    const hostEnv = {
      ...process.env,
      DOCKER_HOST: `unix://${path.join(os.tmpdir(), 'layercache-no-daemon', 'docker.sock')}`,
    };
    const dir = await createSampleProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      cache_ref: uniqueRepo(engine, 'gitlab-dind-bad'),
      network: 'none',
      tags: '',
      lint: false,
      build_args: `BASE_IMAGE=${engine.baseImage}\n`,
    });
    // DOCKER_TLS_CERTDIR points where the service has not written client certificates (volume not shared).
    const res = await runPipeline(
      dir,
      { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_CERTDIR: path.join(os.tmpdir(), 'layercache-no-certs') },
      [],
      hostEnv
    );
    expect(res.exitCode).not.toBe(0);
    expect(res.log).toMatch(/FAIL 1\b/);
    expect(res.log).toContain('HTTP request to an HTTPS server');
    expect(res.log).toContain('set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH');
    expect(res.log).not.toContain('2375');
  });
});
