// End to end with gitlab-ci-local (shell executor), the real engine and the test registry: the
// component with compose_file set bakes a Compose project of two services that share a base stage
// (the SDK's own bake fixture). Cold on the default branch, then a feature branch on a fresh
// builder: every step of both services comes from its own cache/<service>:main. Assertions read
// the dotenv and JSON report artifacts. This one test covers the bake path the four adapters share
// (each maps its settings onto the same cachedBake call; their mappings have unit tests).
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import {
  buildAdapter,
  createSampleProject,
  git,
  manifestDigest,
  packageDir,
  runPipeline,
} from './support/sample-project.js';

const FIXTURE = path.resolve(packageDir, '../sdk/test/bake/fixtures/two-services');
let engine: TestEngine;

beforeAll(async () => {
  engine = testEngine();
  await buildAdapter();
}, 300_000);

interface BakeJson {
  totalSteps: number;
  cachedSteps: number;
  failed: string[];
  services: Array<{
    service: string;
    status: string;
    imageDigest?: string;
    report: { reads: string[]; writes?: string; cachedSteps: number; totalSteps: number; exportStatus: string };
  }>;
}

describe('the GitLab component with compose_file', () => {
  test("two services: cold on main, then warm on a feature branch from each service's main cache", async () => {
    const cacheRepo = uniqueRepo(engine, 'gitlab-bake');
    const repository = cacheRepo.slice(engine.registry.length + 1);
    const dir = await createSampleProject(
      {
        runner: 'shell',
        cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
        compose_file: 'compose.yaml',
        cache_ref: cacheRepo,
        lint: true,
        tags: '',
      },
      {},
      FIXTURE
    );
    const password = `pw-${randomBytes(12).toString('hex')}`;
    // BASE_IMAGE is read by the Compose file's ${BASE_IMAGE:?} interpolation from the job's environment.
    const vars = {
      CI_REGISTRY: engine.registry,
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: password,
      BASE_IMAGE: engine.baseImage,
    };
    const bakeReport = async () =>
      JSON.parse(await readFile(path.join(dir, 'layercache-report.json'), 'utf8')) as BakeJson;

    await resetBuilder();
    const cold = await runPipeline(dir, vars);
    expect(cold.exitCode, cold.log).toBe(0);
    // lint: true is skipped with compose_file (it covers a single build's Dockerfile): no Code Quality file.
    await expect(readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(cold.dotenv).toMatchObject({ LAYERCACHE_SERVICES: 'api,web', LAYERCACHE_TOTAL_STEPS: '10' });
    expect(Number(cold.dotenv.LAYERCACHE_CACHED_STEPS)).toBeLessThan(10);
    expect(cold.dotenv.LAYERCACHE_API_IMAGE_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cold.dotenv.LAYERCACHE_WEB_IMAGE_DIGEST).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cold.metrics).toMatch(/^layercache_total_steps 10$/m);
    const coldJson = await bakeReport();
    expect(coldJson.services.map((s) => [s.service, s.report.writes, s.report.exportStatus])).toEqual([
      ['api', `${cacheRepo}/api:main`, 'ok'],
      ['web', `${cacheRepo}/web:main`, 'ok'],
    ]);
    const apiMain = await manifestDigest(engine.registry, `${repository}/api`, 'main');
    expect(apiMain).toMatch(/^sha256:/);
    expect(await manifestDigest(engine.registry, `${repository}/web`, 'main')).toMatch(/^sha256:/);

    await git(dir, ['checkout', '-q', '-b', 'feature/login']);
    await resetBuilder();
    const warm = await runPipeline(dir, vars);
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.dotenv).toMatchObject({
      LAYERCACHE_CACHED_STEPS: '10',
      LAYERCACHE_TOTAL_STEPS: '10',
      LAYERCACHE_HIT_RATIO: '1',
    });
    const warmJson = await bakeReport();
    for (const s of warmJson.services) {
      expect(s.report.reads).toEqual([`${cacheRepo}/${s.service}:feature-login`, `${cacheRepo}/${s.service}:main`]);
      expect(s.report.writes).toBe(`${cacheRepo}/${s.service}:feature-login`);
    }
    expect(await manifestDigest(engine.registry, `${repository}/api`, 'main')).toBe(apiMain);

    for (const r of [cold, warm]) expect(r.log).not.toContain(password);
    expect(JSON.stringify(warmJson)).not.toContain(password);
  });

  test('a service that does not build: exit 1, the JSON report names it, no dotenv', async () => {
    const dir = await createSampleProject(
      {
        runner: 'shell',
        cli: `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`,
        compose_file: 'compose.broken.yaml',
        cache_ref: uniqueRepo(engine, 'gitlab-bake-broken'),
        lint: false,
        tags: '',
      },
      {
        'compose.broken.yaml':
          'services:\n  broken:\n    build:\n      context: .\n      dockerfile: Dockerfile.broken\n      network: none\n      args:\n        BASE_IMAGE: ${BASE_IMAGE}\n',
        'Dockerfile.broken': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN exit 3\n',
      },
      FIXTURE
    );
    const res = await runPipeline(dir, { BASE_IMAGE: engine.baseImage });
    expect(res.exitCode).not.toBe(0);
    expect(res.log).toMatch(/FAIL 1\b/);
    expect(res.log).toContain('service broken did not build');
    expect(res.dotenv).toEqual({});
    expect(JSON.parse(await readFile(path.join(dir, 'layercache-report.json'), 'utf8'))).toMatchObject({
      failed: ['broken'],
    });
  });
});
