// cachedBuild against the real engine and registry: cold, then warm on a fresh runner, for each
// backend that this engine can export; plus the cache-failure paths that must keep builds green.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { startScratchRegistry } from './reliability/support/registry.js';
import { cachedBuild, type BuildOptionsInput, type BuildResult } from '../src/index.js';
import {
  copyFixture,
  resetBuilder,
  testEngine,
  uniqueRepo,
  type TestEngine,
  cachedBeyondWorkdir,
} from '../../../test-support/engine.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/app');
let engine: TestEngine;
const lines: string[] = [];
const logger = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warning: ${l}`) };

beforeAll(() => {
  engine = testEngine();
});

async function build(context: string, extra: BuildOptionsInput): Promise<BuildResult> {
  return cachedBuild(
    { context, network: 'none', buildArgs: { BASE_IMAGE: engine.baseImage }, ...extra, cache: { ...extra.cache } },
    { env: engine.env, cwd: context, logger }
  );
}

const backends: Array<{
  name: 'inline' | 'registry' | 'local';
  options: (repo: string, dir: string) => BuildOptionsInput;
}> = [
  {
    name: 'inline',
    options: (repo) => ({
      tags: [`${repo}-image:ci`],
      push: true,
      cache: { backend: 'inline', ref: repo, mode: 'min' },
    }),
  },
  { name: 'registry', options: (repo) => ({ cache: { backend: 'registry', ref: repo } }) },
  { name: 'local', options: (_repo, dir) => ({ cache: { backend: 'local', dir } }) },
];

describe.each(backends)('$name backend: cold, then warm on a fresh runner', ({ name, options }) => {
  test('the warm build serves every cacheable step from the cache', async () => {
    const context = await copyFixture(EXAMPLE);
    const o = options(uniqueRepo(engine, name), path.join(context, '.layercache'));
    await resetBuilder();
    const cold = await build(context, o);
    expect(cold.report.backend).toBe(name);
    expect(cold.report.totalSteps).toBeGreaterThanOrEqual(5);
    expect(cachedBeyondWorkdir(cold.report)).toEqual([]);
    expect(cold.report.exportStatus).toBe('ok');
    expect(cold.report.warnings).toEqual([]);

    await resetBuilder();
    const warm = await build(context, o);
    // inline holds only the final stage: its intermediate steps are not needed, so BuildKit skips them.
    expect(warm.report.totalSteps).toBeGreaterThan(0);
    expect(warm.report.cachedSteps).toBe(warm.report.totalSteps);
    expect(warm.report.firstMiss).toBeNull();
    expect(warm.report.importFound).toBe(true);
    expect(warm.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('cache behaviour on the real engine', () => {
  test('a changed source file reuses the dependency layers and rebuilds only the steps after it', async () => {
    const context = await copyFixture(EXAMPLE);
    const o: BuildOptionsInput = { cache: { backend: 'registry', ref: uniqueRepo(engine, 'change') } };
    await resetBuilder();
    await build(context, o);
    await writeFile(path.join(context, 'src', 'main.txt'), 'changed source\n');
    await resetBuilder();
    const r = (await build(context, o)).report;
    const byStage = (prefix: string) => r.steps.filter((s) => s.name.startsWith(prefix));
    expect(byStage('[deps').length).toBeGreaterThan(0);
    expect(byStage('[deps').every((s) => s.cached)).toBe(true);
    expect(byStage('[build').every((s) => !s.cached)).toBe(true);
    expect(r.firstMiss).toMatch(/^\[build 1\/2\] COPY src\//);
  });

  test('a missing cache ref is a successful cold start, not a warning', async () => {
    const context = await copyFixture(EXAMPLE);
    await resetBuilder();
    const r = (
      await build(context, { cache: { backend: 'registry', ref: uniqueRepo(engine, 'missing'), write: 'never' } })
    ).report;
    expect(cachedBeyondWorkdir(r)).toEqual([]);
    expect(r.imports.every((i) => i.status === 'missing')).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  test('a stopped registry gives a successful build with warnings', async () => {
    const registry = await startScratchRegistry();
    const context = await copyFixture(EXAMPLE);
    const o: BuildOptionsInput = { cache: { backend: 'registry', ref: `${registry.address}/app/cache` } };
    await resetBuilder();
    expect((await build(context, o)).report.exportStatus).toBe('ok');
    await registry.kill();
    await resetBuilder();
    const r = (await build(context, o)).report;
    // The whole entry, so a failure shows the import's own error text.
    expect(r.imports).toMatchObject([{ status: 'failed' }]);
    expect(r.exportStatus).toBe('failed');
    expect(r.warnings.join('\n')).toMatch(/cache import from .* failed/);
    expect(r.warnings.join('\n')).toMatch(/cache export failed/);
  });

  test('strict mode turns the same cache failure into an error', async () => {
    const context = await copyFixture(EXAMPLE);
    await expect(
      build(context, { cache: { backend: 'registry', ref: '127.0.0.1:9/nobody/cache', strict: true } })
    ).rejects.toThrow(/\[layercache\] \[registry\]|failed/);
  });

  test('a broken build fails with BuildError carrying the exit code and stderr tail', async () => {
    const context = await copyFixture(EXAMPLE);
    await writeFile(
      path.join(context, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo about to fail && exit 3\n'
    );
    await expect(build(context, { cache: { backend: 'none' } })).rejects.toMatchObject({
      name: 'BuildError',
      buildExitCode: 1,
      message: expect.stringMatching(/RUN echo about to fail/),
    });
  });

  test('the CLI prints no GitHub workflow commands (::debug:: etc.) and writes the JSON report', async () => {
    const context = await copyFixture(EXAMPLE);
    const reportFile = path.join(context, 'report.json');
    const bin = path.resolve(import.meta.dirname, '../bin/layercache.js');
    const out = await runNode(
      [
        bin,
        'build',
        '.',
        '--backend',
        'registry',
        '--cache-ref',
        uniqueRepo(engine, 'cli'),
        '--build-arg',
        `BASE_IMAGE=${engine.baseImage}`,
        '--network',
        'none',
        '--report-json',
        reportFile,
      ],
      context
    );
    expect(out.code).toBe(0);
    expect(`${out.stdout}\n${out.stderr}`.split('\n').filter((l) => /^::[a-z-]+/.test(l.trim()))).toEqual([]);
    expect(out.stdout).toMatch(/layercache: \d+\/\d+ steps cached/);
    const report = JSON.parse(await (await import('node:fs/promises')).readFile(reportFile, 'utf8'));
    expect(report.totalSteps).toBeGreaterThan(0);
    expect(report.imageDigest).toMatch(/^sha256:/);
  });
});

function runNode(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: engine.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
