// A dependency change after a source change must still find the untouched libraries in the cache.
// On this engine the source-change build (partly cached) re-exports a cache that can lack records
// of stages it only imported; the build after it then rebuilt a library it did not change (in
// about 2 of 3 sequences here). Reading the previous generation (`<tag>.prev`, `previous`) right
// after the cache brings them back.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildOptionsInput, BuildResult } from '../src/index.js';
import { copyFixture, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { freshRunnerBuild as freshRunner } from './support/fresh-runner.js';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/three-libs');
const SEQUENCES = 2; // each sequence failed about 2 times in 3 before the fix
let engine: TestEngine;

beforeAll(() => {
  engine = testEngine();
});
const freshRunnerBuild = (context: string, options: BuildOptionsInput): Promise<BuildResult> => freshRunner(engine, context, options);

describe.each([
  { name: 'registry', options: (repo: string): BuildOptionsInput => ({ cache: { backend: 'registry', ref: repo } }), previous: /:main\.prev$/ },
  { name: 'local', options: (_repo: string, dir?: string): BuildOptionsInput => ({ cache: { backend: 'local', dir } }), previous: /\/main\/previous$/ },
])('$name: cold, no change, one source file, then one library changed', ({ name, options, previous }) => {
  test.each(Array.from({ length: SEQUENCES }, (_, i) => i + 1))('sequence %i: the libraries that did not change come from the cache', async () => {
    const context = await copyFixture(FIXTURE);
    const o = options(uniqueRepo(engine, `partly-${name}`), path.join(context, '.layercache'));
    await freshRunnerBuild(context, o);
    const unchanged = await freshRunnerBuild(context, o);
    expect(unchanged.report.cachedSteps).toBe(unchanged.report.totalSteps);

    await writeFile(path.join(context, 'app', 'a.txt'), 'app v2\n');
    const source = await freshRunnerBuild(context, o);
    expect(source.report.reads.some((r) => previous.test(r))).toBe(false); // nothing replaced yet
    expect(source.report.firstMiss).toMatch(/^\[build 4\/5\] COPY app\//);

    await writeFile(path.join(context, 'l2', 'a.txt'), 'l2 v2\n');
    const dependency = await freshRunnerBuild(context, o);
    expect(dependency.report.reads.filter((r) => previous.test(r))).toHaveLength(1);
    const shouldBeCached = dependency.report.steps.filter((s) => /^\[(toolchain|lib1|lib3) /.test(s.name) || s.name.startsWith('[build 1/5]'));
    expect(shouldBeCached.map((s) => s.name)).toHaveLength(6);
    expect(shouldBeCached.filter((s) => !s.cached).map((s) => s.name)).toEqual([]);
    expect(dependency.report.warnings).toEqual([]);
  });
});
