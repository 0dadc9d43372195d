// End to end with gitlab-ci-local (shell executor), the real engine and the test registry:
// a sample project includes the component template with inputs and runs, in order,
//   1. a default-branch pipeline: cold, writes cache:main;
//   2. a feature-branch pipeline on a fresh builder: every step cached from cache:main;
//   3. a merge request pipeline: reads source -> target/default, writes only its source branch,
//      and cache:main keeps its digest; then the same MR from a fork writes nothing.
// Assertions read the dotenv and JSON reports the job leaves as artifacts, not the log.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import {
  buildAdapter,
  commitAll,
  createSampleProject,
  git,
  manifestDigest,
  packageDir,
  runPipeline,
} from './support/sample-project.js';

let engine: TestEngine;

beforeAll(async () => {
  engine = testEngine();
  await buildAdapter();
}, 300_000);

describe('the GitLab component under gitlab-ci-local', () => {
  test('default branch cold, feature branch warm from main, MR reads without touching main', async () => {
    const cacheRepo = uniqueRepo(engine, 'gitlab-cache');
    const repository = cacheRepo.slice(engine.registry.length + 1);
    const dir = await createSampleProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      cache_ref: cacheRepo,
      network: 'none',
      tags: '',
      lint: false,
      build_args: `BASE_IMAGE=${engine.baseImage}\n`,
    });
    // The test registry has no auth; the job's registry login still goes through the SDK's
    // private docker config, and the password must show up nowhere.
    const password = `pw-${randomBytes(12).toString('hex')}`;
    const gitlabVars = {
      CI_REGISTRY: engine.registry,
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: password,
    };

    // 1. Default branch, cold.
    await resetBuilder();
    const cold = await runPipeline(dir, gitlabVars);
    expect(cold.exitCode, cold.log).toBe(0);
    const total = Number(cold.dotenv.LAYERCACHE_TOTAL_STEPS);
    expect(total).toBeGreaterThan(0);
    expect(Number(cold.dotenv.LAYERCACHE_CACHED_STEPS)).toBeLessThan(total);
    expect(cold.dotenv.LAYERCACHE_CACHE_WRITE_REF).toBe(`${cacheRepo}:main`);
    expect(cold.dotenv.IMAGE_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cold.report?.report.exportStatus).toBe('ok');
    expect(cold.report?.keys.event).toBe('branch');
    expect(cold.metrics).toMatch(/^layercache_cache_hit_ratio [0-9.]+$/m);
    const mainDigest = await manifestDigest(engine.registry, repository, 'main');
    expect(mainDigest).toMatch(/^sha256:/);

    // 2. A new feature branch on a fresh runner: everything comes from main's cache.
    await git(dir, ['checkout', '-q', '-b', 'feature/login']);
    await resetBuilder();
    const warm = await runPipeline(dir, gitlabVars);
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.dotenv.LAYERCACHE_TOTAL_STEPS).toBe(String(total));
    expect(warm.dotenv.LAYERCACHE_CACHED_STEPS).toBe(String(total));
    expect(warm.report?.report.reads).toEqual([`${cacheRepo}:feature-login`, `${cacheRepo}:main`]);
    expect(warm.report?.report.imports).toContainEqual(
      expect.objectContaining({ ref: `${cacheRepo}:main`, status: 'found' })
    );
    expect(warm.dotenv.LAYERCACHE_CACHE_WRITE_REF).toBe(`${cacheRepo}:feature-login`);
    expect(await manifestDigest(engine.registry, repository, 'main')).toBe(mainDigest);

    // 3. A merge request pipeline for a new commit on the branch (so there is something to write).
    await appendFile(path.join(dir, 'src/app.txt'), 'merge request change\n');
    await commitAll(dir, 'mr change');
    const mrVars = {
      ...gitlabVars,
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/login',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_PROJECT_ID: '1217',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '1217',
    };
    await resetBuilder();
    const mr = await runPipeline(dir, mrVars, ['CI_COMMIT_BRANCH']); // GitLab leaves it unset in MR pipelines
    expect(mr.exitCode, mr.log).toBe(0);
    expect(mr.report?.keys.event).toBe('pull-request');
    expect(mr.report?.report.reads).toEqual([`${cacheRepo}:feature-login`, `${cacheRepo}:main`]);
    const mrCached = Number(mr.dotenv.LAYERCACHE_CACHED_STEPS);
    expect(mrCached).toBeGreaterThan(0); // the deps stage is unchanged
    expect(mrCached).toBeLessThan(total); // src/ changed
    expect(mr.dotenv.LAYERCACHE_CACHE_WRITE_REF).toBe(`${cacheRepo}:feature-login`);
    expect(await manifestDigest(engine.registry, repository, 'main')).toBe(mainDigest);
    const featureDigest = await manifestDigest(engine.registry, repository, 'feature-login');

    // The same merge request from a fork: reads, writes nothing at all.
    await appendFile(path.join(dir, 'src/app.txt'), 'fork change\n');
    await commitAll(dir, 'fork change');
    const fork = await runPipeline(dir, { ...mrVars, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '4242' }, [
      'CI_COMMIT_BRANCH',
    ]);
    expect(fork.exitCode, fork.log).toBe(0);
    expect(fork.report?.keys).toMatchObject({ event: 'pull-request', write: null });
    expect(fork.report?.report.writes).toBeUndefined();
    expect(fork.dotenv).not.toHaveProperty('LAYERCACHE_CACHE_WRITE_REF');
    expect(fork.dotenv.LAYERCACHE_CACHE_WRITTEN).toBe('false');
    expect(await manifestDigest(engine.registry, repository, 'main')).toBe(mainDigest);
    expect(await manifestDigest(engine.registry, repository, 'feature-login')).toBe(featureDigest);

    for (const r of [cold, warm, mr, fork]) {
      expect(r.log).not.toContain(password);
      expect(JSON.stringify(r.report)).not.toContain(password);
    }
  });

  test('lint: true publishes a Code Quality report and still builds', async () => {
    const dir = await createSampleProject(
      {
        runner: 'shell',
        cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
        lint: true,
        tags: '',
        network: 'none',
        dockerfile: 'Dockerfile.lint',
        cache_ref: uniqueRepo(engine, 'gitlab-lint'),
        build_args: `BASE_IMAGE=${engine.baseImage}`,
      },
      // A token passed as a build arg: the lint flags it (an error finding); the build still runs.
      {
        'Dockerfile.lint':
          'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG NPM_TOKEN\nWORKDIR /app\nCOPY deps.txt ./\nRUN echo "$NPM_TOKEN" > /dev/null && cat deps.txt > installed\n',
      }
    );
    const res = await runPipeline(dir, {});
    expect(res.exitCode, res.log).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as Array<{
      check_name: string;
      location: { path: string };
    }>;
    expect(report.map((i) => i.check_name)).toContain('layercache/secret-build-arg');
    expect(report.every((i) => i.location.path.endsWith('Dockerfile.lint'))).toBe(true);
    expect(Number(res.dotenv.LAYERCACHE_TOTAL_STEPS)).toBeGreaterThan(0);
  });

  test('a bad input fails the job with exit code 2 and names the variable', async () => {
    const dir = await createSampleProject({
      runner: 'shell',
      cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
      lint: false,
      tags: 'latest',
      image: '',
      network: 'none',
    });
    const res = await runPipeline(dir, {});
    expect(res.exitCode).not.toBe(0);
    expect(res.log).toContain('LAYERCACHE_IMAGE');
    expect(res.log).toMatch(/FAIL 2\b/);
    expect(res.dotenv).toEqual({});
  });

  test('a failing build fails the job with exit code 1 and writes no dotenv', async () => {
    const dir = await createSampleProject(
      {
        runner: 'shell',
        cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
        lint: false,
        tags: '',
        network: 'none',
        dockerfile: 'Dockerfile.broken',
        cache_ref: uniqueRepo(engine, 'gitlab-broken'),
        build_args: `BASE_IMAGE=${engine.baseImage}`,
      },
      { 'Dockerfile.broken': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo about to fail && exit 3\n' }
    );
    const res = await runPipeline(dir, {});
    expect(res.exitCode).not.toBe(0);
    expect(res.log).toMatch(/FAIL 1\b/);
    expect(res.dotenv).toEqual({});
  });
});
