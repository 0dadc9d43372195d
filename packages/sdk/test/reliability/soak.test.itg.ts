// The short soak (8 builds per backend) of the normal suite; the 50-build soak is in
// stress/soak.stress.ts (`pnpm test:stress`).
import { describe, expect, test } from 'vitest';
import { record } from './support/figures.js';
import { runSoak } from './support/soak.js';

describe('short soak: 8 sequential builds with small source changes', () => {
  test('all green; local dir under its cap; registry refs bounded; warm after every fresh runner', async () => {
    const f = await runSoak(8);
    record('soak', 'short soak (8 builds x registry + local)', { ...f, registryTags: f.registryTags.join(' '), failures: f.failures.length });
    expect(f.failures).toEqual([]);
    expect(f.green).toBe(16);
    expect(f.maxLocalBytes).toBeLessThan(f.capBytes);
    expect(f.maxLocalSnapshots).toBeLessThanOrEqual(2);
    expect(f.registryTags.sort()).toEqual(['main', 'main.prev', 'main.record']); // the cache, its previous generation, its build record
    expect(f.maxRegistryTags).toBeLessThanOrEqual(3);
    expect(f.warmAfterReset).toBe(f.resets);
  });
});
