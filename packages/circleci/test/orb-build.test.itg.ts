// End to end: the orb's `build` command, expanded from orb.yml and its run step executed by bash
// with a CircleCI-like environment, against the real engine and registry. Cold then warm on a
// fresh builder (the registry cache serves), and "Docker Layer Caching on" (the builder keeps its
// state, so the report says the layers were local).
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  cachedBeyondWorkdir,
  copyFixture,
  resetBuilder,
  testEngine,
  uniqueRepo,
  type TestEngine,
} from '../../../test-support/engine.js';
import { commandSteps, loadOrb, type ParamValue } from './support/orb.js';

const PKG = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/app');
const COMPOSE = path.resolve(import.meta.dirname, '../../sdk/test/bake/fixtures/two-services');
let engine: TestEngine;
let shimDir: string;

beforeAll(async () => {
  engine = testEngine();
  await promisify(execFile)('pnpm', ['-C', PKG, 'build'], { env: process.env });
  // Stands in for the npm-installed CLI: the orb's step runs `layercache-circleci` when it is on
  // PATH and `npx @layercache/circleci` otherwise; npx needs the npm registry, which is not reachable here.
  shimDir = await mkdtemp(path.join(os.tmpdir(), 'lc-circleci-bin-'));
  const shim = path.join(shimDir, 'layercache-circleci');
  await writeFile(shim, `#!/bin/sh\nexec node ${JSON.stringify(path.join(PKG, 'bin/layercache-circleci.js'))} "$@"\n`);
  await chmod(shim, 0o755);
});

interface Job {
  code: number | null;
  stdout: string;
  stderr: string;
  report?: {
    cached_steps: number;
    total_steps: number;
    tags: string[];
    layers: { source: string; detail: string };
    report: {
      imports: Array<{ ref: string; status: string }>;
      exportStatus: string;
      writes?: string;
      steps: Array<{ name: string; cached: boolean }>;
    };
  };
  bashEnv: string;
}

/** One CircleCI job: the orb command's run step in bash, with CircleCI's built-in variables. */
async function runJob(
  context: string,
  params: Record<string, ParamValue>,
  circle: Record<string, string>
): Promise<Job> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lc-circleci-job-'));
  const reportDir = path.join(tmp, 'report');
  const bashEnvFile = path.join(tmp, 'bash_env');
  await writeFile(bashEnvFile, '');
  const steps = commandSteps(loadOrb(), 'build', { report_dir: reportDir, ...params });
  let last: Job = { code: null, stdout: '', stderr: '', bashEnv: '' };
  for (const step of steps) {
    if (!('run' in step)) continue; // store_artifacts is CircleCI's own step: checked below through report_dir
    const env = {
      ...engine.env,
      PATH: `${shimDir}:${engine.env.PATH}`,
      CI: 'true',
      CIRCLECI: 'true',
      CIRCLE_PROJECT_USERNAME: 'acme',
      CIRCLE_PROJECT_REPONAME: 'shop',
      CIRCLE_WORKFLOW_ID: 'b1c2d3e4-0000-4000-8000-000000000001',
      CIRCLE_WORKING_DIRECTORY: context,
      BASH_ENV: bashEnvFile,
      ...circle,
      ...step.run.environment,
    };
    const result = await runBash(step.run.command, context, env);
    last = { ...result, bashEnv: await readFile(bashEnvFile, 'utf8') };
    if (result.code !== 0) return last;
  }
  const report = JSON.parse(await readFile(path.join(reportDir, 'report.json'), 'utf8'));
  await readFile(path.join(reportDir, 'summary.md'), 'utf8');
  return { ...last, report };
}

function runBash(
  command: string,
  cwd: string,
  env: Record<string, string | undefined>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function circleEnv(branch: string, buildNum: number): Record<string, string> {
  return { CIRCLE_BRANCH: branch, CIRCLE_SHA1: randomBytes(20).toString('hex'), CIRCLE_BUILD_NUM: String(buildNum) };
}

function orbParams(image: string): Record<string, ParamValue> {
  // builder "default": this engine's own builder (containerd image store) exports registry caches;
  // the orb's docker-container builder would need the moby/buildkit image from the internet.
  return { image, build_args: `BASE_IMAGE=${engine.baseImage}`, network: 'none', builder: 'default' };
}

async function registryTags(image: string): Promise<string[]> {
  const repo = image.slice(engine.registry.length + 1);
  const response = await fetch(`http://${engine.registry}/v2/${repo}/tags/list`);
  const body = (await response.json()) as { tags?: string[] };
  return (body.tags ?? []).sort();
}

function expectOk(job: Job): void {
  expect(job.code, `exit code; stderr:\n${job.stderr.slice(-3000)}`).toBe(0);
}

describe('orb build command on the real engine', () => {
  test('cold, then warm on a fresh builder: the registry cache serves every step', async () => {
    const context = await copyFixture(EXAMPLE);
    const image = uniqueRepo(engine, 'circleci-app');
    await resetBuilder();
    const coldEnv = circleEnv('feature/checkout', 101);
    const cold = await runJob(context, orbParams(image), coldEnv);
    expectOk(cold);
    expect(cold.report!.total_steps).toBeGreaterThanOrEqual(5);
    expect(cachedBeyondWorkdir(cold.report!.report)).toEqual([]);
    // 'local' only when the engine itself still held a WORKDIR (see cachedBeyondWorkdir); never 'imported'.
    expect(['none', 'local']).toContain(cold.report!.layers.source);
    expect(cold.report!.report.imports.every((i) => i.status === 'missing')).toBe(true);
    expect(cold.report!.report.exportStatus).toBe('ok');
    expect(cold.report!.report.writes).toBe(`${image}-cache:feature-checkout`);

    await resetBuilder(); // a new CircleCI machine: Docker Layer Caching off, or a fresh DLC volume
    const warmEnv = circleEnv('feature/checkout', 102);
    const warm = await runJob(context, orbParams(image), warmEnv);
    expectOk(warm);
    expect(warm.report!.cached_steps).toBe(warm.report!.total_steps);
    // 'mixed' when the emptied engine still held a snapshot of its own (Docker 26 keeps one behind a
    // WORKDIR, see cachedBeyondWorkdir); never 'local': the layers had to be imported.
    expect(['imported', 'mixed']).toContain(warm.report!.layers.source);
    expect(warm.report!.report.imports).toContainEqual({ ref: `${image}-cache:feature-checkout`, status: 'found' });
    expect(warm.stdout).toMatch(/layers: (imported|mixed)/);
    expect(warm.bashEnv).toContain(`export LAYERCACHE_LAYER_SOURCE='${warm.report!.layers.source}'`);

    // Per-build tags only: both builds' sha and job number, never a mutable tag.
    expect(await registryTags(image)).toEqual(
      [coldEnv.CIRCLE_SHA1, warmEnv.CIRCLE_SHA1, 'build-101', 'build-102'].sort()
    );
  });

  test('Docker Layer Caching on: the builder keeps its state, so the layers are local', async () => {
    const context = await copyFixture(EXAMPLE);
    const image = uniqueRepo(engine, 'circleci-dlc');
    await resetBuilder();
    const first = await runJob(context, orbParams(image), circleEnv('main', 201));
    expectOk(first);
    expect(cachedBeyondWorkdir(first.report!.report)).toEqual([]);

    // No reset: the next job gets the same engine, as DLC gives it.
    const second = await runJob(context, orbParams(image), circleEnv('main', 202));
    expectOk(second);
    expect(second.report!.cached_steps).toBe(second.report!.total_steps);
    // The registry cache was there too (the first job wrote it); the engine served the steps without importing it.
    expect(second.report!.report.imports).toContainEqual({ ref: `${image}-cache:main`, status: 'found' });
    expect(second.report!.layers.source, second.report!.layers.detail).toBe('local');
    expect(second.bashEnv).toContain("export LAYERCACHE_LAYER_SOURCE='local'");
    expect(second.bashEnv).toMatch(/export LAYERCACHE_IMAGE_DIGEST='sha256:[0-9a-f]{64}'/);
  });

  test('a failing build exits 1 and says why', async () => {
    const context = await mkdtemp(path.join(os.tmpdir(), 'lc-circleci-fail-'));
    await writeFile(
      path.join(context, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo about to fail && exit 3\n'
    );
    const job = await runJob(context, orbParams(uniqueRepo(engine, 'circleci-fail')), circleEnv('main', 401));
    expect(job.code).toBe(1);
    expect(job.stderr).toMatch(/exit code|failed/);
  });

  test("compose_file: two services baked cold, then warm on a fresh builder from each service's cache", async () => {
    const context = await copyFixture(COMPOSE);
    const image = uniqueRepo(engine, 'circleci-bake');
    // The fixture's services have no image names, so nothing to push; BASE_IMAGE feeds its ${BASE_IMAGE:?}.
    const params = { image, compose_file: 'compose.yaml', push: false, builder: 'default' };
    type BakeJson = {
      totalSteps: number;
      cachedSteps: number;
      services: Array<{ service: string; report: { reads: string[]; writes?: string } }>;
    };
    await resetBuilder();
    const cold = await runJob(context, params, { ...circleEnv('main', 501), BASE_IMAGE: engine.baseImage });
    expectOk(cold);
    const coldReport = cold.report as unknown as BakeJson;
    expect(coldReport.totalSteps).toBe(10);
    expect(coldReport.services.map((s) => [s.service, s.report.writes])).toEqual([
      ['api', `${image}-cache/api:main`],
      ['web', `${image}-cache/web:main`],
    ]);

    await resetBuilder();
    const warm = await runJob(context, params, { ...circleEnv('feature/x', 502), BASE_IMAGE: engine.baseImage });
    expectOk(warm);
    const warmReport = warm.report as unknown as BakeJson;
    expect(warmReport.cachedSteps).toBe(10);
    expect(warmReport.services[0]!.report.reads).toEqual([`${image}-cache/api:feature-x`, `${image}-cache/api:main`]);
    expect(warm.bashEnv).toContain("export LAYERCACHE_CACHED_STEPS='10'");
    expect(warm.bashEnv).toContain("export LAYERCACHE_SERVICES='api,web'");
  });

  test('a mutable image tag is refused before Docker is touched (exit 2, names the variable)', async () => {
    const context = await mkdtemp(path.join(os.tmpdir(), 'lc-circleci-empty-'));
    const job = await runJob(context, { ...orbParams(`${engine.registry}/acme/shop:latest`) }, circleEnv('main', 301));
    expect(job.code).toBe(2);
    expect(job.stderr).toContain('LAYERCACHE_IMAGE');
    expect(job.stderr).toMatch(/never a mutable tag/);
  });
});
