// The full soak of issue 9: 50 sequential builds with small source changes, per backend.
// Run with `pnpm test:stress` (several minutes); the normal suite runs an 8-build version.
import { describe, expect, test } from 'vitest';
import { record } from '../support/figures.js';
import { runSoak } from '../support/soak.js';

const BUILDS = Number(process.env.LAYERCACHE_SOAK_BUILDS ?? 50);

describe(`soak: ${BUILDS} sequential builds with small source changes`, () => {
  test('all green; local dir under its cap; registry refs bounded; warm after every fresh runner', async () => {
    const f = await runSoak(BUILDS);
    record('soak', `soak (${BUILDS} builds x registry + local)`, { ...f, registryTags: f.registryTags.join(' '), failures: f.failures.length });
    expect(f.failures).toEqual([]);
    expect(f.green).toBe(BUILDS * 2);
    expect(f.maxLocalBytes).toBeLessThan(f.capBytes);
    expect(f.maxLocalSnapshots).toBeLessThanOrEqual(2);
    expect(f.registryTags.sort()).toEqual(['main', 'main.prev', 'main.record']); // the cache, its previous generation, its build record
    expect(f.maxRegistryTags).toBeLessThanOrEqual(3);
    expect(f.warmAfterReset).toBe(f.resets);
  }, 3_600_000);
});
