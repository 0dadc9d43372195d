// The GitLab report files of a bake, fed a hand-made BakeReport (the SDK sums the totals; these
// tests check the GitLab file formats around them).
import { describe, expect, test } from 'vitest';
import type { BakeReport, CacheReport } from '@layercache/sdk';
import { renderBakeSummary } from '@layercache/sdk';
import {
  bakeReportFiles,
  formatBakeDotenv,
  formatBakeMetrics,
  serviceDigestVariable,
  type BakeOutputSubject,
} from '../src/outputs.js';

function cacheReport(over: Partial<CacheReport> = {}): CacheReport {
  return {
    backend: 'registry',
    cacheFrom: [],
    cacheTo: [],
    reads: ['r/cache/api:main'],
    writes: 'r/cache/api:main',
    totalSteps: 5,
    cachedSteps: 3,
    hitRatio: 0.6,
    steps: [],
    firstMiss: '[api 1/2] COPY api/ ./api/',
    importFound: true,
    imports: [],
    exportStatus: 'ok',
    warnings: [],
    savedMs: null,
    ...over,
  } as CacheReport;
}

function subject(over: Partial<BakeReport> = {}): BakeOutputSubject {
  const report: BakeReport = {
    services: [
      { service: 'api', target: 'api', status: 'ok', imageDigest: 'sha256:' + 'a'.repeat(64), report: cacheReport() },
      {
        service: 'web.v2',
        target: 'web_v2',
        status: 'ok',
        imageDigest: 'sha256:' + 'b'.repeat(64),
        report: cacheReport({ cachedSteps: 5, hitRatio: 1, firstMiss: null }),
      },
    ],
    totalSteps: 10,
    cachedSteps: 8,
    hitRatio: 0.8,
    failed: [],
    warnings: [],
    ...over,
  };
  return { report, durationMs: 6412 };
}

const parse = (text: string) =>
  Object.fromEntries(
    text
      .trimEnd()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  );

describe('bake dotenv', () => {
  test('totals, services and one digest variable per service', () => {
    expect(parse(formatBakeDotenv(subject()))).toEqual({
      LAYERCACHE_SERVICES: 'api,web.v2',
      LAYERCACHE_CACHED_STEPS: '8',
      LAYERCACHE_TOTAL_STEPS: '10',
      LAYERCACHE_HIT_RATIO: '0.8',
      LAYERCACHE_BUILD_SECONDS: '6.412',
      LAYERCACHE_API_IMAGE_DIGEST: 'sha256:' + 'a'.repeat(64),
      LAYERCACHE_WEB_V2_IMAGE_DIGEST: 'sha256:' + 'b'.repeat(64),
    });
  });

  test.each([
    ['api', 'LAYERCACHE_API_IMAGE_DIGEST'],
    ['web.v2', 'LAYERCACHE_WEB_V2_IMAGE_DIGEST'],
    ['My-Service_x', 'LAYERCACHE_MY_SERVICE_X_IMAGE_DIGEST'],
  ])('service %s -> %s', (service, name) => {
    expect(serviceDigestVariable(service)).toBe(name);
  });

  test('names failed services', () => {
    expect(parse(formatBakeDotenv(subject({ failed: ['api'] }))).LAYERCACHE_FAILED_SERVICES).toBe('api');
  });
});

describe('bake metrics and JSON', () => {
  test('metrics: the totals under the single-build gauge names', () => {
    expect(formatBakeMetrics(subject())).toBe(
      'layercache_cache_hit_ratio 0.8\nlayercache_cached_steps 8\nlayercache_total_steps 10\nlayercache_build_seconds 6.412\n# EOF\n'
    );
  });

  test('JSON: the SDK report as `layercache bake --report-json` writes it', () => {
    const [, , report] = bakeReportFiles(subject(), { json: 'r.json' }, true);
    const json = JSON.parse(report!.text) as Record<string, unknown>;
    expect(json).toMatchObject({ durationMs: 6412, totalSteps: 10, cachedSteps: 8, failed: [] });
    expect((json.services as unknown[]).length).toBe(2);
  });

  test('a failed bake writes only the JSON report', () => {
    const paths = { dotenv: 'a.env', metrics: 'm.txt', json: 'r.json' };
    expect(bakeReportFiles(subject(), paths, true).map((f) => f.path)).toEqual(['a.env', 'm.txt', 'r.json']);
    expect(bakeReportFiles(subject({ failed: ['api'] }), paths, false).map((f) => f.path)).toEqual([
      undefined,
      undefined,
      'r.json',
    ]);
  });

  test('log summary (the SDK renderBakeSummary, which the runner prints) names every service', () => {
    const s = subject();
    const text = renderBakeSummary(s.report, s.durationMs);
    expect(text).toContain('8/10 steps cached');
    expect(text).toMatch(/api\s+3\/5 cached/);
    expect(text).toMatch(/web\.v2\s+5\/5 cached/);
  });
});
