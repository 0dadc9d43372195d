import { describe, expect, test } from 'vitest';
import type { CacheReport } from '../report/build-report.js';
import { metricVariables } from './metric-variables.js';

const report = {
  backend: 'registry', cachedSteps: 3, totalSteps: 4, hitRatio: 0.75,
  writes: 'r:main', exportStatus: 'ok', savedMs: null,
} as CacheReport;

describe('metricVariables', () => {
  test('the metrics asked for, in order, upper-cased after the prefix, as strings', () => {
    const names = ['total_steps', 'cached_steps', 'build_seconds', 'cache_written'] as const;
    expect(Object.entries(metricVariables({ report, durationMs: 2_500, tags: [] }, names, 'LC_'))).toEqual([
      ['LC_TOTAL_STEPS', '4'], ['LC_CACHED_STEPS', '3'], ['LC_BUILD_SECONDS', '2.5'], ['LC_CACHE_WRITTEN', 'true'],
    ]);
  });

  test('no prefix; empty metrics stay empty strings', () => {
    const vars = metricVariables({ report, durationMs: 0, tags: [] }, ['image_digest', 'hit_ratio']);
    expect(vars).toEqual({ IMAGE_DIGEST: '', HIT_RATIO: '0.75' });
  });
});
