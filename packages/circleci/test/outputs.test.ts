import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bashEnvLines, reportDocument, stepOutputs } from '../src/outputs.js';

const result = {
  imageDigest: `sha256:${'b'.repeat(64)}`,
  tags: ['reg/app:abc1234', 'reg/app:build-7'],
  durationMs: 2500,
  report: {
    backend: 'registry', cacheFrom: [], cacheTo: [], reads: ['reg/app-cache:main'], writes: 'reg/app-cache:main',
    totalSteps: 4, cachedSteps: 3, hitRatio: 0.75, steps: [], firstMiss: 'RUN x', importFound: true,
    imports: [{ ref: 'reg/app-cache:main', status: 'found' as const }], exportStatus: 'ok' as const, warnings: [], savedMs: null,
  },
};
const layers = { source: 'local' as const, detail: "served by the engine's own cache" };

describe('outputs', () => {
  test('step outputs carry digest, tags and the layer source', () => {
    expect(stepOutputs(result, layers)).toEqual({
      LAYERCACHE_IMAGE_DIGEST: result.imageDigest,
      LAYERCACHE_IMAGE_TAGS: 'reg/app:abc1234,reg/app:build-7',
      LAYERCACHE_LAYER_SOURCE: 'local',
      LAYERCACHE_CACHED_STEPS: '3',
      LAYERCACHE_TOTAL_STEPS: '4',
      LAYERCACHE_CACHE_BYTES_IMPORTED: '0',
      LAYERCACHE_CACHE_BYTES_EXPORTED: '0',
      LAYERCACHE_EXPORT_SECONDS: '0',
      LAYERCACHE_CACHE_BYTES_AT_REST: '0',
      LAYERCACHE_COST_HINT: '',
    });
  });

  test('BASH_ENV lines survive bash with quotes and $ untouched', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lc-bashenv-')), 'env');
    writeFileSync(file, bashEnvLines({ A: "it's $HOME", B: 'plain' }));
    const out = execFileSync('bash', ['-c', `source "${file}"; printf '%s|%s' "$A" "$B"`], { encoding: 'utf8' });
    expect(out).toBe("it's $HOME|plain");
  });

  test('report document keeps the SDK report and adds the layer source', () => {
    const doc = reportDocument(result, layers);
    expect(doc).toMatchObject({ cached_steps: 3, total_steps: 4, layers, tags: result.tags });
    expect((doc.report as { imports: unknown[] }).imports).toHaveLength(1);
  });
});
