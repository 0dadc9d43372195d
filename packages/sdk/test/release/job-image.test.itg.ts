// The job image (image/Dockerfile, issue #14): built here from the packed packages on a locally
// made base (nothing can be pulled), then run as a CI job runs it: the test engine's socket
// mounted, host network to reach the test registry, and `--network none` for the build's RUN
// steps. A cold build with the `layercache` CLI inside it, then a warm one on a fresh runner (build
// cache and images wiped, the job image pulled again), must take every step from the cache.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBeyondWorkdir, copyFixture, resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../../test-support/engine.js';
import { ROOT, buildJobImage } from '../../../../test-support/job-image.js';
import { commandSteps, loadOrb } from '../../../circleci/test/support/orb.js';

const run = promisify(execFile);
const exampleApp = path.join(ROOT, 'examples/app');
let engine: TestEngine;
let image: string;

beforeAll(async () => {
  engine = testEngine();
  image = await buildJobImage(engine.registry);
}, 300_000);

interface Result { code: number; stdout: string; stderr: string }

/**
 * `docker run` of a command in the job image, with the engine's socket, optionally a workspace at
 * /work, and env passed by name (`-e NAME`: values stay out of argv).
 */
async function inImage(command: string[], workspace?: string, env: Record<string, string> = {}): Promise<Result> {
  const socket = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
  const args = ['run', '--rm', '--network', 'host', '-v', `${socket}:/var/run/docker.sock`];
  if (workspace) args.push('-v', `${workspace}:/work`, '-w', '/work');
  for (const name of Object.keys(env)) args.push('-e', name);
  const options = { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } };
  return run('docker', [...args, image, ...command], options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' })
  );
}

interface Report { totalSteps: number; cachedSteps: number; backend: string; steps: Array<{ name: string; cached: boolean }> }

describe('the job image', () => {
  test('has node, docker, buildx and every bin on PATH', async () => {
    const help = await inImage(['layercache', '--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage:');
    for (const name of ['layercache-gitlab', 'layercache-semaphore']) {
      const r = await inImage([name, '--help']);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout, name).toContain(`Usage: ${name}`);
    }
    // These two read their settings from the platform's variables only (no flags, so --help is a
    // stray argument they ignore): with none set they name the missing setting and exit 2, which
    // proves the bundle loaded and ran.
    for (const name of ['layercache-circleci', 'layercache-harness']) {
      const r = await inImage([name, '--help']);
      expect(r.code, `${name}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr, name).toContain('invalid options');
    }
    const buildx = await inImage(['docker', 'buildx', 'version']);
    expect(buildx.code, buildx.stderr).toBe(0);
    expect(buildx.stdout).toMatch(/buildx v?\d+\.\d+/);
    const engineVersion = await inImage(['docker', 'version', '--format', '{{.Server.Version}}']);
    expect(engineVersion.code, engineVersion.stderr).toBe(0);
    expect(engineVersion.stdout.trim()).toMatch(/^\d+\.\d+/);
  });

  test('layercache build: cold, then warm on a fresh runner with every step cached', async () => {
    const workspace = await copyFixture(exampleApp);
    const repo = uniqueRepo(engine, 'job-image-app');
    const build = (report: string) => inImage([
      'layercache', 'build', '.', '--backend', 'registry', '--cache-ref', `${repo}-cache`, '--tag', `${repo}:ci`,
      '--build-arg', `BASE_IMAGE=${engine.baseImage}`, '--network', 'none', '--branch', 'main', '--sha', 'c0ffee1234567890',
      '--report-json', report,
    ], workspace);
    const readReport = async (name: string) => JSON.parse(await readFile(path.join(workspace, name), 'utf8')) as Report;

    await resetBuilder(); // a new runner for the cold build too: earlier files may have built this example
    const cold = await build('cold.json');
    expect(cold.code, cold.stderr).toBe(0);
    const coldReport = await readReport('cold.json');
    expect(coldReport.backend).toBe('registry');
    expect(coldReport.totalSteps).toBeGreaterThan(0);
    expect(cachedBeyondWorkdir(coldReport)).toEqual([]);

    await resetBuilder(); // a new runner: no build cache, no images (the job image is pulled again)
    const warm = await build('warm.json');
    expect(warm.code, warm.stderr).toBe(0);
    const warmReport = await readReport('warm.json');
    expect(warmReport.totalSteps).toBe(coldReport.totalSteps);
    expect(warmReport.steps.filter((s) => !s.cached).map((s) => s.name)).toEqual([]);
    expect(warmReport.cachedSteps).toBe(warmReport.totalSteps);
  });

  test('the orb\'s build command runs its preinstalled layercache-circleci (the image executor)', async () => {
    const workspace = await copyFixture(exampleApp);
    await mkdir(path.join(workspace, 'out'));
    await writeFile(path.join(workspace, 'out/bash_env'), '');
    const repo = uniqueRepo(engine, 'job-image-orb');
    // builder "default": this engine's own builder, as in orb-build.test.itg.ts (a docker-container
    // builder would need the moby/buildkit image from the internet). version: one the image does
    // not hold, so the step must say that it runs the preinstalled one.
    const params = { image: repo, build_args: `BASE_IMAGE=${engine.baseImage}`, network: 'none', builder: 'default', version: '9.9.9', report_dir: '/work/out/report' };
    const [step] = commandSteps(loadOrb(), 'build', params);
    if (!step || !('run' in step)) throw new Error('the build command starts with a run step');
    const circle = { CIRCLECI: 'true', CIRCLE_BRANCH: 'main', CIRCLE_SHA1: 'c0ffee1234567890c0ffee1234567890c0ffee12', CIRCLE_BUILD_NUM: '7', CIRCLE_PROJECT_USERNAME: 'acme', CIRCLE_PROJECT_REPONAME: 'shop', CIRCLE_WORKING_DIRECTORY: '/work', BASH_ENV: '/work/out/bash_env' };
    const job = await inImage(['bash', '-eo', 'pipefail', '-c', step.run.command], workspace, { ...circle, ...step.run.environment });
    expect(job.code, `${job.stdout}\n${job.stderr}`).toBe(0);
    const installed = JSON.parse(await readFile(path.join(ROOT, 'packages/circleci/package.json'), 'utf8')).version as string;
    expect(job.stderr).toContain(`running the preinstalled layercache-circleci ${installed}; version 9.9.9`);
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report/report.json'), 'utf8')) as { total_steps: number };
    expect(report.total_steps).toBeGreaterThan(0);
    expect(await readFile(path.join(workspace, 'out/bash_env'), 'utf8')).toContain('LAYERCACHE_IMAGE_DIGEST');
  });
});
