// Repeated no-change builds on fresh runners must not wear the cache down. On this engine, a
// fully cached build re-exports a cache without the dependency stage after a few rounds
// (moby/buildkit#6893), so a later source change rebuilt everything; the registry and local
// backends now keep the cache they read when every step came from it.
import { readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildOptionsInput, BuildResult } from '../src/index.js';
import { RegistryClient, splitRef } from '../src/registry/client.js';
import { copyFixture, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { freshRunnerBuild as freshRunner } from './support/fresh-runner.js';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/two-stage-deps');
const NO_CHANGE_ROUNDS = 4; // the old behaviour lost the dependency stage within 4 rounds here (local every time, registry often)
let engine: TestEngine;

beforeAll(() => {
  engine = testEngine();
});
const freshRunnerBuild = (context: string, options: BuildOptionsInput): Promise<BuildResult> => freshRunner(engine, context, options);

/** What the write location holds: the registry tag's manifest digest, or the snapshot `current` names. */
async function cacheIdentity(report: BuildResult['report']): Promise<string | undefined> {
  if (report.backend === 'local') return readlink(path.join(path.dirname(report.writes!), '..', 'current'));
  const { registry, repository, reference } = splitRef(report.writes!);
  return (await new RegistryClient(registry).getManifest(repository, reference)).digest;
}

describe.each([
  { name: 'registry', options: (repo: string): BuildOptionsInput => ({ cache: { backend: 'registry', ref: repo } }) },
  { name: 'local', options: (_repo: string, dir?: string): BuildOptionsInput => ({ cache: { backend: 'local', dir } }) },
])('$name: no-change builds keep the cache whole', ({ name, options }) => {
  test(`cold, ${NO_CHANGE_ROUNDS} no-change builds, then a source change reuses the dependency stage`, async () => {
    const context = await copyFixture(FIXTURE);
    const o = options(uniqueRepo(engine, `nochange-${name}`), path.join(context, '.layercache'));
    const cold = await freshRunnerBuild(context, o);
    expect(cold.report.exportStatus).toBe('ok');
    expect(cold.report.notes ?? []).toEqual([]);
    const written = await cacheIdentity(cold.report);
    expect(written).toBeDefined();

    for (let round = 1; round <= NO_CHANGE_ROUNDS; round++) {
      const warm = await freshRunnerBuild(context, o);
      expect(warm.report.cachedSteps, `round ${round}`).toBe(warm.report.totalSteps);
      expect(warm.report.warnings, `round ${round}`).toEqual([]);
      expect(warm.report.notes?.join('\n'), `round ${round}`).toMatch(/every step came from the cache/);
      expect(await cacheIdentity(warm.report), `round ${round}`).toBe(written);
    }

    await writeFile(path.join(context, 'app.txt'), 'v2\n');
    const changed = await freshRunnerBuild(context, o);
    const deps = changed.report.steps.filter((s) => s.name.startsWith('[deps'));
    expect(deps.map((s) => s.name)).toHaveLength(2);
    expect(deps.filter((s) => !s.cached).map((s) => s.name)).toEqual([]);
    expect(changed.report.firstMiss).toMatch(/^\[build 1\/2\] COPY app.txt/);
    // a build that did work writes its export as before
    expect(changed.report.notes ?? []).toEqual([]);
  });
});
