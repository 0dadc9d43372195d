// Parser of `docker buildx du --verbose`, fed output captured from buildx 0.13 (test/fixtures).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { engineDelta, parseDiskUsage, type CacheRecord } from '../src/engine-state.js';

const captured = readFileSync(new URL('./fixtures/du-verbose.txt', import.meta.url), 'utf8');

describe('parseDiskUsage', () => {
  test('reads every record of captured buildx output and ignores the totals', () => {
    const records = parseDiskUsage(captured);
    expect(records).toHaveLength((captured.match(/^ID:/gm) ?? []).length);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.type === 'source.local').map((r) => r.description)).toContain('local source for context');
    expect(records.every((r) => r.id.length > 0 && r.type.length > 0)).toBe(true);
    expect(records.some((r) => r.description.startsWith('imported sha256:'))).toBe(true);
  });

  test('empty engine', () => {
    expect(parseDiskUsage('Reclaimable:\t0B\nTotal:\t\t0B\n')).toEqual([]);
  });
});

describe('engineDelta', () => {
  const layer = (id: string, description = `imported sha256:${id}`): CacheRecord => ({ id, type: 'regular', description });
  const context: CacheRecord = { id: 'ctx', type: 'source.local', description: 'local source for context' };
  test.each([
    { name: 'clean engine, layers imported', before: [], after: [layer('a'), layer('b'), context], expected: { layersBefore: 0, importedDuringBuild: 2 } },
    { name: 'kept engine, nothing new', before: [layer('a'), layer('b'), context], after: [layer('a'), layer('b'), context], expected: { layersBefore: 2, importedDuringBuild: 0 } },
    { name: 'kept engine, a new context upload and a built step do not count as imports', before: [layer('a')], after: [layer('a'), { ...context, id: 'ctx2' }, layer('run', 'mount / from exec /bin/sh -c make')], expected: { layersBefore: 1, importedDuringBuild: 0 } },
    { name: 'kept engine, one layer imported', before: [layer('a')], after: [layer('a'), layer('c')], expected: { layersBefore: 1, importedDuringBuild: 1 } },
  ])('$name', ({ before, after, expected }) => {
    expect(engineDelta(before, after)).toEqual(expected);
  });
});
