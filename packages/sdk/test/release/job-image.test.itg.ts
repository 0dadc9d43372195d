// The job image (image/Dockerfile, issue #14): built here from the packed packages on a locally
// made base (nothing can be pulled), then run as a CI job runs it: the test engine's socket
// mounted, host network to reach the test registry, and `--network none` for the build's RUN
// steps. A cold build with the `layercache` CLI inside it, then a warm one on a fresh runner (build
// cache and images wiped, the job image pulled again), must take every step from the cache. The
// CircleCI orb's build command and the GitLab component's job script run in it as they are.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  cachedBeyondWorkdir,
  copyFixture,
  resetBuilder,
  testEngine,
  uniqueRepo,
  type TestEngine,
} from '../../../../test-support/engine.js';
import { ROOT, buildJobImage, runInImage } from '../../../../test-support/job-image.js';
import { commandSteps, loadOrb } from '../../../circleci/test/support/orb.js';
import { componentJob } from '../../../gitlab/test/support/component-job.js';

const exampleApp = path.join(ROOT, 'examples/app');
let engine: TestEngine;
let image: string;

beforeAll(async () => {
  engine = testEngine();
  image = await buildJobImage(engine.registry);
}, 300_000);

const inImage = (command: string[], workspace?: string, env?: Record<string, string>) =>
  runInImage(image, command, { workspace, env });

interface Report {
  totalSteps: number;
  cachedSteps: number;
  backend: string;
  steps: Array<{ name: string; cached: boolean }>;
}

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
    const flags = [
      ...['--backend', 'registry', '--cache-ref', `${repo}-cache`, '--tag', `${repo}:ci`],
      ...['--build-arg', `BASE_IMAGE=${engine.baseImage}`, '--network', 'none'],
      ...['--branch', 'main', '--sha', 'c0ffee1234567890'],
    ];
    const build = (report: string) =>
      inImage(['layercache', 'build', '.', ...flags, '--report-json', report], workspace);
    const readReport = async (name: string) =>
      JSON.parse(await readFile(path.join(workspace, name), 'utf8')) as Report;

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

  test("the orb's build command runs its preinstalled layercache-circleci (the image executor)", async () => {
    const workspace = await copyFixture(exampleApp);
    await mkdir(path.join(workspace, 'out'));
    await writeFile(path.join(workspace, 'out/bash_env'), '');
    const repo = uniqueRepo(engine, 'job-image-orb');
    // builder "default": this engine's own builder, as in orb-build.test.itg.ts (a docker-container
    // builder would need the moby/buildkit image from the internet). version: one the image does
    // not hold, so the step must say that it runs the preinstalled one.
    const params = {
      image: repo,
      build_args: `BASE_IMAGE=${engine.baseImage}`,
      network: 'none',
      builder: 'default',
      version: '9.9.9',
      report_dir: '/work/out/report',
    };
    const [step] = commandSteps(loadOrb(), 'build', params);
    if (!step || !('run' in step)) throw new Error('the build command starts with a run step');
    const circle = {
      CIRCLECI: 'true',
      CIRCLE_BRANCH: 'main',
      CIRCLE_SHA1: 'c0ffee1234567890c0ffee1234567890c0ffee12',
      CIRCLE_BUILD_NUM: '7',
      CIRCLE_PROJECT_USERNAME: 'acme',
      CIRCLE_PROJECT_REPONAME: 'shop',
      CIRCLE_WORKING_DIRECTORY: '/work',
      BASH_ENV: '/work/out/bash_env',
    };
    const job = await inImage(['bash', '-eo', 'pipefail', '-c', step.run.command], workspace, {
      ...circle,
      ...step.run.environment,
    });
    expect(job.code, `${job.stdout}\n${job.stderr}`).toBe(0);
    const installed = JSON.parse(await readFile(path.join(ROOT, 'packages/circleci/package.json'), 'utf8'))
      .version as string;
    expect(job.stderr).toContain(`running the preinstalled layercache-circleci ${installed}; version 9.9.9`);
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report/report.json'), 'utf8')) as {
      total_steps: number;
    };
    expect(report.total_steps).toBeGreaterThan(0);
    expect(await readFile(path.join(workspace, 'out/bash_env'), 'utf8')).toContain('LAYERCACHE_IMAGE_DIGEST');
  });

  test("the GitLab component's dind job: its script, with the default cli, runs in the image", async () => {
    const workspace = await copyFixture(exampleApp);
    const repo = uniqueRepo(engine, 'job-image-gitlab');
    const ci = {
      CI: 'true',
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'main',
      CI_COMMIT_REF_NAME: 'main',
      CI_DEFAULT_BRANCH: 'main',
      CI_COMMIT_SHA: 'c0ffee1234567890c0ffee1234567890c0ffee12',
      CI_COMMIT_SHORT_SHA: 'c0ffee12',
      CI_PROJECT_DIR: '/work',
      CI_REGISTRY_IMAGE: repo,
    };
    const job = componentJob({ build_args: `BASE_IMAGE=${engine.baseImage}`, network: 'none' }, ci);
    // The component names the published image; this runs the same Dockerfile's build, from the test registry.
    expect(job.image).toMatch(/^layercache\/layercache:\d+\.\d+\.\d+$/);
    // The dind helper's DOCKER_HOST/TLS variables are left out: the engine comes through the
    // mounted socket here (dind-variables.test.itg.ts runs those variables against a TLS engine).
    expect(Object.keys(job.helperVariables)).toContain('DOCKER_HOST');
    const run = await inImage(['bash', '-eo', 'pipefail', '-c', job.script.join('\n')], workspace, {
      ...ci,
      ...job.variables,
    });
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    const dotenv = await readFile(path.join(workspace, 'layercache.env'), 'utf8');
    expect(dotenv).toMatch(/^LAYERCACHE_TOTAL_STEPS=[1-9]/m);
    const report = JSON.parse(await readFile(path.join(workspace, 'layercache-report.json'), 'utf8')) as {
      report: { reads: string[] };
    };
    expect(report.report.reads[0]).toBe(`${repo}/cache:main`);
    await readFile(path.join(workspace, 'gl-code-quality-report.json'), 'utf8'); // lint ran too (lint: true by default)
  });
});
