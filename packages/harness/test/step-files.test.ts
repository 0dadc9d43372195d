// metadata_file, artifact_file and cache_metrics_file in the buildx plugin's formats, from a result.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { artifactFile, cacheMetrics, writeStepFiles } from '../src/step-files.js';

const result = {
  imageDigest: 'sha256:' + 'd'.repeat(64),
  tags: ['r.example/app:1.2', 'r.example/app:latest'],
  metadata: { 'containerimage.digest': 'sha256:' + 'd'.repeat(64) },
  report: {
    steps: [
      { name: '[1/2] FROM base', cached: true, durationMs: null },
      { name: '[2/2] RUN make', cached: false, durationMs: 2500 },
    ],
  },
} as unknown as Parameters<typeof artifactFile>[1];

describe("the plugin's step files", () => {
  test('artifact file: docker/v1, one image per tag with the digest', () => {
    expect(artifactFile({ PLUGIN_REGISTRY: 'r.example', PLUGIN_REGISTRY_TYPE: 'ECR' }, result)).toEqual({
      kind: 'docker/v1',
      data: {
        registryType: 'ECR',
        registryUrl: 'r.example',
        images: result.tags.map((image) => ({ image, digest: result.imageDigest })),
      },
    });
  });

  test('cache metrics: counts and per-layer status and seconds', () => {
    expect(cacheMetrics(result)).toEqual({
      total_layers: 2,
      done: 1,
      cached: 1,
      error: 0,
      canceled: 0,
      layers: { 1: { status: 'CACHED', time: 0 }, 2: { status: 'DONE', time: 2.5 } },
    });
  });

  test('each file is written where its setting says, and only when set', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harness-files-'));
    const lines = await writeStepFiles(
      {
        PLUGIN_METADATA_FILE: path.join(dir, 'a/metadata.json'),
        PLUGIN_CACHE_METRICS_FILE: path.join(dir, 'metrics.json'),
      },
      result
    );
    expect(lines).toHaveLength(2);
    expect(JSON.parse(await readFile(path.join(dir, 'a/metadata.json'), 'utf8'))).toEqual(result.metadata);
    expect(JSON.parse(await readFile(path.join(dir, 'metrics.json'), 'utf8'))).toMatchObject({ cached: 1 });
  });
});
