// The entry point's exit codes and output routing. The build is a fake here only so that these
// paths run without an engine; test/step-image.test.itg.ts runs the real build in the step image.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { BuildError, type BuildResult } from '@layercache/sdk';
import { main } from '../src/main.js';

function quietLogger() {
  const lines: string[] = [];
  return { lines, logger: { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(`warn: ${l}`) } };
}

const fakeResult = {
  imageDigest: 'sha256:' + 'b'.repeat(64), tags: [], durationMs: 1000, plan: {}, preflight: {}, metadata: {},
  report: { backend: 'registry', cacheFrom: [], cacheTo: [], reads: ['r/c:main'], writes: 'r/c:main', totalSteps: 4, cachedSteps: 4, hitRatio: 1, steps: [], firstMiss: null, importFound: true, imports: [], exportStatus: 'ok', warnings: [] },
} as unknown as BuildResult;

describe('main', () => {
  test('bad settings: exit 2, the variable named, no build started', async () => {
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    expect(await main({ PLUGIN_CACHE_BACKEND: 'harness', PLUGIN_CACHE_S3_BUCKET: 'b', PLUGIN_CACHE_S3_ACCESS_KEY: 'AKIAREAL', PLUGIN_CACHE_S3_SECRET_KEY: 'changeme' }, { build, logger })).toBe(2);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('PLUGIN_CACHE_S3_SECRET_KEY');
    expect(lines.join('\n')).not.toContain('AKIAREAL');
  });

  test('a failed build: exit 1', async () => {
    const build = vi.fn().mockRejectedValue(new BuildError(1, 'RUN false'));
    expect(await main({}, { build, logger: quietLogger().logger })).toBe(1);
  });

  test('success: exit 0 and the numbers in $DRONE_OUTPUT', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-main-')), 'out');
    const build = vi.fn().mockResolvedValue(fakeResult);
    expect(await main({ DRONE_OUTPUT: file, PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/c' }, { build, logger: quietLogger().logger, cwd: '/tmp' })).toBe(0);
    expect(build.mock.calls[0]?.[0]).toMatchObject({ cache: { backend: 'registry', ref: 'r.example/c' } });
    expect(await readFile(file, 'utf8')).toContain('CACHED_STEPS=4\nTOTAL_STEPS=4\nHIT_RATIO=1\n');
  });
});

describe('main: errors raised inside cachedBuild', () => {
  test('a ConfigError from the SDK names the setting', async () => {
    const { ConfigError } = await import('@layercache/sdk');
    const build = vi.fn().mockRejectedValue(new ConfigError([{ path: 'dockerfile', message: 'Dockerfile does not exist' }]));
    const { lines, logger } = quietLogger();
    expect(await main({}, { build, logger })).toBe(2);
    expect(lines.join('\n')).toContain('PLUGIN_DOCKERFILE: Dockerfile does not exist');
  });
});
