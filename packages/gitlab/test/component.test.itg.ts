// `include: component:` from a sample project, under gitlab-ci-local with the real engine and
// registry: the component project has this repository's layout (templates/build.yml at the root,
// a README), so GitLab's lookup of templates/<name>.yml finds it. The job runs the adapter and the
// build; the assertions read the plan's cache refs from the JSON report and the outputs from the
// dotenv. `include: project:` (same file at a ref) and `include: local` (pipelines.test.itg.ts)
// keep working: project is checked here by gitlab-ci-local's --preview of the merged config.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { COMPONENT_HOST, COMPONENT_PROJECT, createComponentProject, seedInclude } from './support/component-project.js';
import { buildAdapter, createSampleProject, packageDir, repoRoot, runPipeline } from './support/sample-project.js';

const run = promisify(execFile);
const VERSION = '0.1.0';
let engine: TestEngine;
let componentDir: string;

beforeAll(async () => {
  engine = testEngine();
  await buildAdapter();
  componentDir = await createComponentProject(VERSION);
}, 300_000);

const cli = () => `node ${path.join(packageDir, 'bin/layercache-gitlab.js')}`;

describe('the component in GitLab\'s catalog layout', () => {
  test('include: component: <host>/<project>/build@<version> resolves and the job builds with its inputs', async () => {
    const cacheRef = uniqueRepo(engine, 'gitlab-component');
    const inputs = { runner: 'shell', cli: cli(), cache_ref: cacheRef, network: 'none', tags: '', lint: false, build_args: `BASE_IMAGE=${engine.baseImage}\n` };
    const dir = await createSampleProject(inputs, {}, undefined, { component: `${COMPONENT_HOST}/${COMPONENT_PROJECT}/build@${VERSION}` });
    await seedInclude(dir, componentDir, VERSION, 'templates/build.yml');
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await resetBuilder();
    const res = await runPipeline(dir, { CI_REGISTRY: engine.registry, CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: password });
    expect(res.exitCode, res.log).toBe(0);
    expect(res.log).not.toContain('must exist');
    expect(res.report?.report.reads).toEqual([`${cacheRef}:main`]);
    expect(res.report?.report.writes).toBe(`${cacheRef}:main`);
    expect(res.dotenv.LAYERCACHE_CACHE_WRITE_REF).toBe(`${cacheRef}:main`);
    expect(Number(res.dotenv.LAYERCACHE_TOTAL_STEPS)).toBeGreaterThan(0);
    expect(res.log).not.toContain(password);
    expect(JSON.stringify(res.report)).not.toContain(password);
  });

  test('include: project: with ref and file still gives the same job, inputs applied', async () => {
    const inputs = { runner: 'shell', cli: cli(), cache_ref: 'registry.example.com/acme/cache', job_name: 'build-image', tags: '' };
    const dir = await createSampleProject(inputs, {}, undefined, { project: COMPONENT_PROJECT, ref: VERSION, file: '/templates/build.yml' });
    await seedInclude(dir, componentDir, VERSION, 'templates/build.yml');
    const gcl = path.join(repoRoot, 'node_modules/.bin/gitlab-ci-local');
    const { stdout } = await run(gcl, ['--preview', '--no-color'], { cwd: dir });
    const merged = parse(stdout) as Record<string, { variables?: Record<string, string> }>;
    expect(merged['build-image']?.variables?.LAYERCACHE_CACHE_REF).toBe('registry.example.com/acme/cache');
  });
});
