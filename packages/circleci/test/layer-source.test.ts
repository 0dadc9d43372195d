import { describe, expect, test } from 'vitest';
import type { EngineDelta } from '@layercache/sdk/adapter';
import { describeLayerSource } from '../src/outputs.js';

const REF = 'reg/app-cache:main';
const report = (cachedSteps: number, statuses: Array<'found' | 'missing' | 'failed'>) => ({
  cachedSteps,
  totalSteps: 6,
  imports: statuses.map((status, i) => ({ ref: i === 0 ? REF : `reg/app-cache:other${i}`, status })),
});
const kept = (importedDuringBuild: number): EngineDelta => ({ layersBefore: 8, importedDuringBuild });
const clean = (importedDuringBuild: number): EngineDelta => ({ layersBefore: 0, importedDuringBuild });

describe('describeLayerSource', () => {
  test.each([
    { name: 'cold: nothing cached', r: report(0, ['missing']), engine: clean(1), source: 'none' },
    { name: 'cached but no cache to import: the engine served them', r: report(6, ['missing', 'missing']), engine: kept(0), source: 'local' },
    { name: 'cached, import failed: the engine served them', r: report(4, ['failed']), engine: undefined, source: 'local' },
    { name: 'Docker Layer Caching kept the engine: import found but nothing imported', r: report(6, ['found']), engine: kept(0), source: 'local' },
    { name: 'clean environment: the registry cache served', r: report(6, ['missing', 'found']), engine: clean(9), source: 'imported' },
    { name: 'kept engine plus imported layers', r: report(6, ['found']), engine: kept(3), source: 'mixed' },
    { name: 'engine could not be inspected', r: report(6, ['found']), engine: undefined, source: 'unknown' },
  ])('$name -> $source', ({ r, engine, source }) => {
    const result = describeLayerSource(r, engine);
    expect(result.source).toBe(source);
    expect(result.detail.length).toBeGreaterThan(10);
  });

  test('names the ref that served an import', () => {
    expect(describeLayerSource(report(6, ['found']), clean(4)).detail).toContain(REF);
  });
});
