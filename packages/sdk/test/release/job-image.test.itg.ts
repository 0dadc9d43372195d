// The job image (image/Dockerfile, issue #14): built here from the packed packages on a locally
// made base (nothing can be pulled), then run as a CI job runs it: the test engine's socket
// mounted, host network to reach the test registry, and `--network none` for the build's RUN
// steps. A cold build with the `layercache` CLI inside it, then a warm one on a fresh runner (build
// cache and images wiped, the job image pulled again), must take every step from the cache.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBeyondWorkdir, copyFixture, resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../../test-support/engine.js';
import { ROOT, buildJobImage } from '../../../../test-support/job-image.js';

const run = promisify(execFile);
const exampleApp = path.join(ROOT, 'examples/app');
let engine: TestEngine;
let image: string;

beforeAll(async () => {
  engine = testEngine();
  image = await buildJobImage(engine.registry);
}, 300_000);

interface Result { code: number; stdout: string; stderr: string }

/** `docker run` of a command in the job image, with the engine's socket and (optionally) a workspace. */
async function inImage(command: string[], workspace?: string): Promise<Result> {
  const socket = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '');
  const args = ['run', '--rm', '--network', 'host', '-v', `${socket}:/var/run/docker.sock`];
  if (workspace) args.push('-v', `${workspace}:/work`, '-w', '/work');
  return run('docker', [...args, image, ...command], { maxBuffer: 16 * 1024 * 1024 }).then(
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
});
