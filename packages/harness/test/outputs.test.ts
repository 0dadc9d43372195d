// $DRONE_OUTPUT lines from a report: the SDK's numbers under Harness-style names, nothing secret,
// nothing that could add a line. The file test writes a real temp file.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CacheReport, ReportSubject } from '@layercache/sdk';
import { outputLines, outputVariables, writeOutputs } from '../src/outputs.js';

function subject(cached: number, total: number, digest?: string): ReportSubject {
  const report = {
    backend: 'registry', cacheFrom: [], cacheTo: [], reads: [], writes: 'r.example/c:main', totalSteps: total, cachedSteps: cached,
    hitRatio: total === 0 ? 0 : cached / total, steps: [], firstMiss: null, importFound: true, imports: [], exportStatus: 'ok', warnings: [],
  } as unknown as CacheReport;
  return { report, durationMs: 12_345, tags: ['r.example/app:1'], ...(digest ? { imageDigest: digest } : {}) };
}

describe('outputs', () => {
  test.each([
    [5, 5, 'sha256:' + 'a'.repeat(64), { CACHED_STEPS: '5', TOTAL_STEPS: '5', HIT_RATIO: '1', IMAGE_DIGEST: 'sha256:' + 'a'.repeat(64) }],
    [1, 3, undefined, { CACHED_STEPS: '1', TOTAL_STEPS: '3', HIT_RATIO: '0.3333', IMAGE_DIGEST: '' }],
    [0, 0, undefined, { CACHED_STEPS: '0', TOTAL_STEPS: '0', HIT_RATIO: '0' }],
  ])('%i of %i cached', (cached, total, digest, expected) => {
    expect(outputVariables(subject(cached, total, digest))).toMatchObject({ ...expected, CACHE_BACKEND: 'registry', BUILD_SECONDS: '12.345' });
  });

  test('KEY=VALUE lines; a value with a newline is dropped rather than split', () => {
    expect(outputLines({ CACHED_STEPS: '2', TOTAL_STEPS: '4', BAD: 'x\nINJECTED=1', lower: 'no' })).toBe('CACHED_STEPS=2\nTOTAL_STEPS=4\n');
  });

  test('appends to $DRONE_OUTPUT and keeps what earlier steps wrote', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-out-')), 'output.env');
    await writeFile(file, 'EARLIER=1\n');
    expect(await writeOutputs(file, { CACHED_STEPS: '3' })).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('EARLIER=1\nCACHED_STEPS=3\n');
    expect(await writeOutputs(undefined, { CACHED_STEPS: '3' })).toBe(false);
  });
});
