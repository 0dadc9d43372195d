// The report's cost fields on the real engine and registry, and on a local cache directory: a cold
// build exports bytes and leaves a cache at rest; a fresh runner building the same thing imports.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { resetBuilder, testEngine, uniqueRepo, type TestEngine } from '../../../test-support/engine.js';
import { branchContext, buildBranch } from './support/prune-scenario.js';

let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});

describe.each([
  { name: 'registry', cache: (_dir: string) => ({ backend: 'registry' as const, ref: uniqueRepo(engine, 'cost') }) },
  { name: 'local', cache: (dir: string) => ({ backend: 'local' as const, dir }) },
])('$name: cache cost fields', ({ cache }) => {
  test('a cold build exports and leaves the cache at rest; a fresh runner imports it', async () => {
    const context = await branchContext();
    const c = cache(await mkdtemp(path.join(os.tmpdir(), 'layercache-cost-')));
    const cold = await buildBranch(engine, context, 'main', c);
    expect(cold.report.cost?.bytesExported).toBeGreaterThan(60 * 1024); // the 64 KiB layer at least
    expect(cold.report.cost?.bytesAtRest).toBeGreaterThanOrEqual(cold.report.cost!.bytesExported!);
    expect(cold.report.cost?.exportMs).toBeGreaterThanOrEqual(0);
    await resetBuilder();
    const warm = await buildBranch(engine, context, 'main', c);
    expect(warm.report.cachedSteps).toBe(warm.report.totalSteps);
    expect(warm.report.cost?.bytesImported).toBeGreaterThan(60 * 1024);
    expect(warm.report.cost?.bytesAtRest).toBe(cold.report.cost?.bytesAtRest);
  });
});
