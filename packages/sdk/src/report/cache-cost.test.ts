import { expect, test } from 'vitest';
import { blobCost, costHint, exportDuration } from './cache-cost.js';
import { renderMarkdown, renderSummary, reportMetrics } from './render.js';
import { buildReport } from './build-report.js';

const blobs = (o: Record<string, number>) => new Map(Object.entries(o));

test('imported, exported and at rest from the blobs before and after the write', () => {
  expect(blobCost(blobs({ a: 100, b: 50 }), blobs({ a: 100, c: 30 }))).toEqual({
    bytesImported: 100,
    bytesExported: 30,
    bytesAtRest: 130,
  });
  expect(blobCost(undefined, blobs({ c: 30 }))).toEqual({ bytesImported: 0, bytesExported: 30, bytesAtRest: 30 });
  expect(blobCost(blobs({ a: 100 }), undefined)).toEqual({
    bytesImported: 100,
    bytesExported: null,
    bytesAtRest: null,
  });
});

test('export seconds from the "exporting cache" vertices', () => {
  const v = (name: string, started: string, completed: string) => ({
    digest: name,
    name,
    index: 1,
    inputs: [],
    cached: false,
    started,
    completed,
  });
  expect(
    exportDuration([
      v('exporting cache to registry', '2026-01-01T00:00:01.000Z', '2026-01-01T00:00:03.500Z'),
      v('[1/2] RUN x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:09Z'),
    ])
  ).toBe(2500);
  expect(exportDuration([])).toBeNull();
});

test.each([
  [
    { exportMs: 5000, savedMs: 1000, mode: 'max' as const, pullRequest: false },
    /took 5\.0 s, longer than the 1\.0 s .* mode=min/,
  ],
  [{ exportMs: 5000, savedMs: 1000, mode: 'max' as const, pullRequest: true }, /skip the export on pull requests/],
  [{ exportMs: 5000, savedMs: 1000, mode: 'min' as const, pullRequest: false }, /default branch only/],
])('the hint names the cheaper setting', (facts, expected) => {
  expect(costHint(facts)).toMatch(expected);
});

test('no hint when the export cost less than the saving, or either is unknown', () => {
  expect(costHint({ exportMs: 500, savedMs: 1000, mode: 'max', pullRequest: false })).toBeUndefined();
  expect(costHint({ exportMs: 500, savedMs: null, mode: 'max', pullRequest: false })).toBeUndefined();
});

test('text, Markdown and flat metrics carry the cost fields and the hint', () => {
  const report = buildReport([], { backend: 'registry', cacheFrom: [], cacheTo: ['x'], reads: [], writes: 'r/c:main' });
  report.cost = {
    bytesImported: 2048,
    bytesExported: 1024,
    exportMs: 4000,
    bytesAtRest: 3072,
    hint: 'the cache export took 4.0 s, longer than …',
  };
  const subject = { report, durationMs: 5000, tags: [] };
  expect(renderSummary(subject)).toContain('cache: imported 2.0 KiB, exported 1.0 KiB in 4.0 s, 3.0 KiB at rest');
  expect(renderSummary(subject)).toContain('hint: the cache export took 4.0 s');
  expect(renderMarkdown(subject)).toContain('Cache: imported 2.0 KiB');
  expect(reportMetrics(subject)).toMatchObject({
    cache_bytes_imported: 2048,
    cache_bytes_exported: 1024,
    export_seconds: 4,
    cache_bytes_at_rest: 3072,
    cost_hint: expect.stringContaining('4.0 s'),
  });
});
