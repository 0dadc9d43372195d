import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JsonObjectSplitter } from './json-stream.js';
import { trackAll, type SolveStatus } from './progress.js';
import { buildReport, isCacheAbsent, isBuildStep } from './build-report.js';

// Captured from the real engine building examples/app (see test/fixtures/progress).
function events(name: string): SolveStatus[] {
  const text = readFileSync(new URL(`../../test/fixtures/progress/${name}`, import.meta.url), 'utf8');
  return new JsonObjectSplitter().push(text).objects.map((o) => JSON.parse(o) as SolveStatus);
}
const ctx = {
  backend: 'registry',
  cacheFrom: ['type=registry,ref=r:main'],
  cacheTo: ['type=registry,ref=r:main'],
  reads: ['r:main'],
  writes: 'r:main',
};

describe('buildReport', () => {
  test.each([
    ['[deps 4/4] RUN make', true],
    ['[2/5] COPY . .', true],
    ['[build 1/2] WORKDIR /app', true],
    ['[deps 1/4] FROM 127.0.0.1:5000/busybox:1@sha256:abc', false],
    ['[internal] load build definition from Dockerfile', false],
    ['exporting to image', false],
    ['importing cache manifest from r:main', false],
  ])('isBuildStep(%s) = %s', (name, expected) => {
    expect(isBuildStep(name)).toBe(expected);
  });

  test('cold build: every step built, in build order, first miss is the first step', () => {
    const r = buildReport(trackAll(events('cold-registry.rawjson')), ctx);
    expect(r.totalSteps).toBe(6);
    expect(r.cachedSteps).toBe(0);
    expect(r.steps[0]!.name).toMatch(/^\[deps 2\/4\] WORKDIR/);
    expect(r.steps.at(-1)!.name).toMatch(/^\[runtime 2\/2\] COPY --from=build/);
    expect(r.firstMiss).toBe(r.steps[0]!.name);
    expect(r.steps.every((s) => s.durationMs !== null)).toBe(true);
    expect(r.imports).toEqual([
      { ref: expect.stringContaining(':main'), status: 'missing', message: expect.any(String) },
    ]);
    expect(r.exportStatus).toBe('ok');
    expect(r.warnings).toEqual([]);
  });

  test('warm build with a missing fallback ref and a dead export target', () => {
    const r = buildReport(trackAll(events('warm-registry-missing-ref-export-down.rawjson')), {
      ...ctx,
      cacheTo: ['type=registry,ref=127.0.0.1:5999/down:main'],
    });
    expect(r.cachedSteps).toBe(r.totalSteps);
    expect(r.totalSteps).toBeGreaterThan(0);
    expect(r.firstMiss).toBeNull();
    expect(r.importFound).toBe(true);
    expect(r.imports.map((i) => i.status).sort()).toEqual(['found', 'missing']);
    expect(r.exportStatus).toBe('failed');
    expect(r.warnings.join('\n')).toMatch(/cache export failed/);
    expect(r.hitRatio).toBe(1);
  });

  // Captured from 6 builds of test/reliability/fixtures/app (6 steps) started at once on one
  // engine, each with its own src/ change: BuildKit merged their identical deps steps and streamed
  // the other builds' vertices too, so the old report counted 8 and 7 steps.
  test.each([
    ['concurrent-merged-deps.rawjson', 0],
    ['concurrent-merged-copy.rawjson', 0],
  ])('concurrent builds sharing steps (%s): each Dockerfile step counted once', (fixture, cached) => {
    const r = buildReport(trackAll(events(fixture)), ctx);
    expect(r.steps).toHaveLength(6);
    expect(new Set(r.steps.map((s) => s.name)).size).toBe(6);
    expect(r.totalSteps).toBe(6);
    // A merged step is cached only when none of its vertices ran: here each ran in some build.
    expect(r.cachedSteps).toBe(cached);
    expect(r.steps.every((s) => s.durationMs !== null)).toBe(true);
  });
});

describe('isCacheAbsent: a cold start only when the cache store answered', () => {
  test.each([
    ['failed to configure registry cache importer: 127.0.0.1:5055/fixture/cache:main: not found', true],
    ['failed to configure registry cache importer: 127.0.0.1:5055/x:main: manifest unknown', true],
    ['open /cache/main/current/index.json: no such file or directory', true],
    [
      'failed to do request: Head "http://127.0.0.1:41234/v2/app/cache/manifests/main": dial tcp 127.0.0.1:41234: connect: connection refused',
      false,
    ],
    [
      'failed to do request: Head "https://registry.invalid/v2/x/manifests/main": dial tcp: lookup registry.invalid: no such host (not found)',
      false,
    ],
    ['failed to do request: Head "http://127.0.0.1:5055/v2/x/manifests/main": EOF', false],
  ])('%s -> %s', (error, absent) => {
    expect(isCacheAbsent(error)).toBe(absent);
  });
});
