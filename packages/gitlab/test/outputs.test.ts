// The GitLab output formatters, fed hand-made reports (the SDK computes the numbers; these
// tests check the GitLab file formats around them).
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CacheReport } from '@layercache/sdk';
import { writeOutputFiles } from '@layercache/sdk/adapter';
import {
  buildReportFiles,
  formatDotenv,
  formatJsonReport,
  formatMetrics,
  reportPaths,
  sectionEnd,
  sectionStart,
  type OutputSubject,
} from '../src/outputs.js';

function subject(over: Partial<CacheReport> = {}, rest: Partial<OutputSubject> = {}): OutputSubject {
  const report: CacheReport = {
    backend: 'registry',
    cacheFrom: ['type=registry,ref=r/cache:main'],
    cacheTo: ['type=registry,ref=r/cache:main,mode=max'],
    reads: ['r/cache:main'],
    writes: 'r/cache:main',
    totalSteps: 4,
    cachedSteps: 3,
    hitRatio: 0.75,
    steps: [],
    firstMiss: '[build 2/2] RUN make',
    importFound: true,
    imports: [],
    exportStatus: 'ok',
    warnings: [],
    savedMs: 4_000,
    ...over,
  };
  return {
    report,
    durationMs: 12_345,
    imageDigest: 'sha256:' + 'b'.repeat(64),
    tags: ['r/app:1', 'r/app:latest'],
    ...rest,
  };
}

function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .trimEnd()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  );
}

describe('dotenv report', () => {
  test('carries digest, steps, ratio, seconds and the written ref', () => {
    expect(parseDotenv(formatDotenv(subject()))).toEqual({
      IMAGE_DIGEST: 'sha256:' + 'b'.repeat(64),
      LAYERCACHE_IMAGE_DIGEST: 'sha256:' + 'b'.repeat(64),
      LAYERCACHE_IMAGE_TAGS: 'r/app:1,r/app:latest',
      LAYERCACHE_CACHED_STEPS: '3',
      LAYERCACHE_TOTAL_STEPS: '4',
      LAYERCACHE_HIT_RATIO: '0.75',
      LAYERCACHE_BUILD_SECONDS: '12.345',
      LAYERCACHE_BACKEND: 'registry',
      LAYERCACHE_FIRST_MISS: '[build 2/2] RUN make',
      LAYERCACHE_SAVED_SECONDS: '4',
      LAYERCACHE_CACHE_WRITTEN: 'true',
      LAYERCACHE_CACHE_WRITE_REF: 'r/cache:main',
      // No cost measured in this subject: 0, and no hint.
      LAYERCACHE_CACHE_BYTES_IMPORTED: '0',
      LAYERCACHE_CACHE_BYTES_EXPORTED: '0',
      LAYERCACHE_EXPORT_SECONDS: '0',
      LAYERCACHE_CACHE_BYTES_AT_REST: '0',
    });
  });

  test('follows GitLab dotenv rules: no blank lines, comments, quotes or multi-line values; empty values left out', () => {
    const text = formatDotenv(
      subject({ firstMiss: 'RUN echo "a\nb"', writes: undefined }, { imageDigest: undefined, tags: [] })
    );
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^[A-Z_][A-Z0-9_]*=[^"'\n]+$/);
    const vars = parseDotenv(text);
    expect(vars).not.toHaveProperty('IMAGE_DIGEST');
    expect(vars).not.toHaveProperty('LAYERCACHE_CACHE_WRITE_REF');
    expect(vars.LAYERCACHE_CACHE_WRITTEN).toBe('false');
    expect(vars.LAYERCACHE_FIRST_MISS).toBe('RUN echo a b');
  });
});

describe('metrics report', () => {
  test('OpenMetrics lines with the SDK numbers, ending in # EOF', () => {
    const lines = formatMetrics(subject({ cachedSteps: 1, totalSteps: 3, hitRatio: 1 / 3 }))
      .trimEnd()
      .split('\n');
    expect(lines).toEqual([
      'layercache_cache_hit_ratio 0.3333',
      'layercache_cached_steps 1',
      'layercache_total_steps 3',
      'layercache_build_seconds 12.345',
      'layercache_saved_seconds 4',
      'layercache_cache_bytes_imported 0',
      'layercache_cache_bytes_exported 0',
      'layercache_export_seconds 0',
      'layercache_cache_bytes_at_rest 0',
      '# EOF',
    ]);
  });
});

describe('JSON report', () => {
  test('holds the SDK report unchanged plus the image facts', () => {
    const s = subject();
    const json = JSON.parse(formatJsonReport(s));
    expect(json.report).toEqual(s.report);
    expect(json).toMatchObject({
      imageDigest: s.imageDigest,
      tags: s.tags,
      durationMs: 12_345,
      metrics: { cached_steps: 3, total_steps: 4 },
      keys: null,
    });
  });

  test('records the SDK key decision when the plan is there', () => {
    const keys = {
      event: 'pull-request' as const,
      read: ['a', 'main'],
      write: undefined,
      writeReason: 'pull requests from forks never write a cache',
    };
    const json = JSON.parse(formatJsonReport({ ...subject(), plan: { keys } }));
    expect(json.keys).toEqual({ ...keys, write: null });
  });
});

describe('collapsible sections', () => {
  const at = new Date('2024-05-01T00:00:10.900Z');
  test('start and end markers per GitLab job log docs', () => {
    expect(sectionStart('layercache_build', 'Building', at)).toBe(
      '\u001b[0Ksection_start:1714521610:layercache_build\r\u001b[0KBuilding'
    );
    expect(sectionStart('layercache_setup', 'Setup', at, true)).toBe(
      '\u001b[0Ksection_start:1714521610:layercache_setup[collapsed=true]\r\u001b[0KSetup'
    );
    expect(sectionEnd('layercache_build', at)).toBe('\u001b[0Ksection_end:1714521610:layercache_build\r\u001b[0K');
  });
  test('names are reduced to the characters GitLab accepts', () => {
    expect(sectionEnd('a b:c', at)).toContain(':a_b_c\r');
  });
});

describe('report paths', () => {
  test.each([
    [{}, { dotenv: 'layercache.env', metrics: 'layercache-metrics.txt', json: 'layercache-report.json' }],
    [
      { LAYERCACHE_DOTENV_FILE: 'out/build.env', LAYERCACHE_METRICS_FILE: '' },
      { dotenv: 'out/build.env', metrics: undefined, json: 'layercache-report.json' },
    ],
  ])('%o', (env, expected) => {
    expect(reportPaths(env)).toEqual(expected);
  });
});

// After a finished build a report path can still fail (a directory in its place, a full disk):
// that is a warning naming the variable, and the other reports are still written.
describe('report files after the build', () => {
  test('a report that cannot be written is a warning; the others are written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gitlab-outputs-'));
    await mkdir(path.join(dir, 'layercache.env'));
    const warnings: string[] = [];
    const files = buildReportFiles(subject(), { dotenv: 'layercache.env', metrics: 'm.txt', json: 'r.json' });
    const written = await writeOutputFiles(files, dir, (l) => warnings.push(l));
    expect(written).toEqual([path.join(dir, 'm.txt'), path.join(dir, 'r.json')]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('could not write LAYERCACHE_DOTENV_FILE');
  });
});
