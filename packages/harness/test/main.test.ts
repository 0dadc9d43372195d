// The entry point's exit codes and output routing. The build is a fake here only so that these
// paths run without an engine; test/step-image.test.itg.ts runs the real build in the step image.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { BakeError, BuildError, type BakeResult, type BuildResult } from '@layercache/sdk';
import { main } from '../src/main.js';

// A project with a Dockerfile and a Harness step's branch: main() checks both before the (fake) build.
const project = await mkdtemp(path.join(os.tmpdir(), 'harness-main-project-'));
await writeFile(path.join(project, 'Dockerfile'), 'FROM scratch\n');
const STEP = { DRONE_BRANCH: 'main' };

function quietLogger() {
  const lines: string[] = [];
  const logger = {
    info: (l: string) => lines.push(l),
    warn: (l: string) => lines.push(`warn: ${l}`),
    error: (l: string) => lines.push(`error: ${l}`),
  };
  return { lines, logger };
}

const fakeResult = {
  imageDigest: 'sha256:' + 'b'.repeat(64),
  tags: [],
  durationMs: 1000,
  plan: {},
  preflight: {},
  metadata: {},
  report: {
    backend: 'registry',
    cacheFrom: [],
    cacheTo: [],
    reads: ['r/c:main'],
    writes: 'r/c:main',
    totalSteps: 4,
    cachedSteps: 4,
    hitRatio: 1,
    steps: [],
    firstMiss: null,
    importFound: true,
    imports: [],
    exportStatus: 'ok',
    warnings: [],
  },
} as unknown as BuildResult;

describe('main', () => {
  test('bad settings: exit 2, the variable named, no build started', async () => {
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    expect(
      await main(
        {
          PLUGIN_CACHE_BACKEND: 'harness',
          PLUGIN_CACHE_S3_BUCKET: 'b',
          PLUGIN_CACHE_S3_ACCESS_KEY: 'AKIAREAL',
          PLUGIN_CACHE_S3_SECRET_KEY: 'changeme',
        },
        { build, logger }
      )
    ).toBe(2);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('PLUGIN_CACHE_S3_SECRET_KEY');
    expect(lines.join('\n')).not.toContain('AKIAREAL');
  });

  test('an engine that cannot be reached: exit 1, labelled an error, not a warning', async () => {
    const { EngineError } = await import('@layercache/sdk');
    const build = vi
      .fn()
      .mockRejectedValue(new EngineError('Cannot connect to the Docker daemon at unix:///var/run/docker.sock'));
    const { lines, logger } = quietLogger();
    expect(await main(STEP, { build, logger, cwd: project })).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^error: .*Cannot connect to the Docker daemon/)]);
  });

  test('auto_tag on a feature branch builds nothing, as the buildx plugin: exit 0', async () => {
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    const env = {
      PLUGIN_REPO: 'r.example/app',
      PLUGIN_AUTO_TAG: 'true',
      DRONE_COMMIT_REF: 'refs/heads/feature/x',
      DRONE_REPO_BRANCH: 'main',
    };
    expect(await main(env, { build, logger })).toBe(0);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('neither a tag nor the default branch');
  });

  test('a refused plugin setting: exit 2 before any build, the setting and what to do named', async () => {
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    expect(await main({ PLUGIN_SQUASH: 'true', PLUGIN_BUILDX_OPTIONS: '--sbom=true' }, { build, logger })).toBe(2);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toMatch(/^error: .*PLUGIN_BUILDX_OPTIONS.*raw buildx flags/s);
    expect(lines.join('\n')).toContain('PLUGIN_SQUASH');
  });

  test('a failed build: exit 1', async () => {
    const build = vi.fn().mockRejectedValue(new BuildError(1, 'RUN false'));
    expect(await main(STEP, { build, logger: quietLogger().logger, cwd: project })).toBe(1);
  });

  test('success: exit 0 and the numbers in $DRONE_OUTPUT', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-main-')), 'out');
    const build = vi.fn().mockResolvedValue(fakeResult);
    expect(
      await main(
        { ...STEP, DRONE_OUTPUT: file, PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/c' },
        { build, logger: quietLogger().logger, cwd: project }
      )
    ).toBe(0);
    expect(build.mock.calls[0]?.[0]).toMatchObject({ cache: { backend: 'registry', ref: 'r.example/c' } });
    expect(await readFile(file, 'utf8')).toContain('CACHED_STEPS=4\nTOTAL_STEPS=4\nHIT_RATIO=1\n');
  });
});

describe('main: the step files', () => {
  // The build is the fake above; the files are real, in a temporary directory.
  test('a step file under a regular file: exit 2 naming its setting, before any build', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harness-main-files-'));
    await writeFile(path.join(dir, 'plain'), 'x');
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    const env = { ...STEP, PLUGIN_METADATA_FILE: path.join(dir, 'plain', 'metadata.json') };
    expect(await main(env, { build, logger, cwd: project })).toBe(2);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('PLUGIN_METADATA_FILE');
  });

  test('a step file that fails to write after the build is a warning naming its setting: exit 0', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harness-main-files-'));
    const target = path.join(dir, 'metrics.json');
    // The path passes the check before the build, then becomes a directory (as if a later step raced it).
    const build = vi.fn().mockImplementation(async () => (await mkdir(target), fakeResult));
    const { lines, logger } = quietLogger();
    const env = { ...STEP, PLUGIN_CACHE_METRICS_FILE: target, PLUGIN_ARTIFACT_FILE: path.join(dir, 'artifact.json') };
    expect(await main(env, { build, logger, cwd: project })).toBe(0);
    expect(lines.filter((l) => l.startsWith('warn:') && l.includes('PLUGIN_CACHE_METRICS_FILE'))).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dir, 'artifact.json'), 'utf8'))).toMatchObject({ kind: 'docker/v1' });
  });
});

describe('main: errors raised inside cachedBuild', () => {
  test('a ConfigError from the SDK names the setting', async () => {
    const { ConfigError } = await import('@layercache/sdk');
    const build = vi
      .fn()
      .mockRejectedValue(new ConfigError([{ path: 'dockerfile', message: 'Dockerfile does not exist' }]));
    const { lines, logger } = quietLogger();
    expect(await main(STEP, { build, logger, cwd: project })).toBe(2);
    expect(lines.join('\n')).toContain('PLUGIN_DOCKERFILE: Dockerfile does not exist');
  });
});

// The bake path: cachedBake is a fake here only so the exit codes and outputs run without an
// engine; packages/gitlab/test/bake.test.itg.ts runs a real two-service bake.
describe('main with compose_file', () => {
  const bakeResult = (failed: string[]) =>
    ({
      durationMs: 2000,
      plan: {},
      preflight: {},
      metadata: {},
      report: {
        services: [
          {
            service: 'api',
            target: 'api',
            status: failed.includes('api') ? 'failed' : 'ok',
            imageDigest: 'sha256:' + 'c'.repeat(64),
            report: { backend: 'registry', cachedSteps: 3, totalSteps: 5, reads: [], warnings: [] },
          },
          {
            service: 'web',
            target: 'web',
            status: 'ok',
            report: { backend: 'registry', cachedSteps: 5, totalSteps: 5, reads: [], warnings: [] },
          },
        ],
        totalSteps: 10,
        cachedSteps: 8,
        hitRatio: 0.8,
        failed,
        warnings: [],
      },
    } as unknown as BakeResult);
  const env = (file: string) => ({
    DRONE_OUTPUT: file,
    DRONE_BRANCH: 'main',
    PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/c',
    PLUGIN_COMPOSE_FILE: 'compose.yaml',
    PLUGIN_COMPOSE_SERVICES: 'api,web',
  });

  test('success: bakes instead of building, exit 0, totals in $DRONE_OUTPUT', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-bake-')), 'out');
    const build = vi.fn();
    const bake = vi.fn().mockResolvedValue(bakeResult([]));
    expect(await main(env(file), { build, bake, logger: quietLogger().logger, cwd: '/tmp' })).toBe(0);
    expect(build).not.toHaveBeenCalled();
    expect(bake.mock.calls[0]?.[0]).toMatchObject({
      files: ['compose.yaml'],
      targets: ['api', 'web'],
      cache: { backend: 'registry', ref: 'r.example/c' },
    });
    const out = await readFile(file, 'utf8');
    expect(out).toContain('SERVICES=api,web\n');
    expect(out).toContain('CACHED_STEPS=8\nTOTAL_STEPS=10\nHIT_RATIO=0.8\n');
    expect(out).toContain(`API_IMAGE_DIGEST=sha256:${'c'.repeat(64)}\n`);
  });

  test('a failed service: exit 1, outputs still written naming it', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-bake-')), 'out');
    const bake = vi.fn().mockRejectedValue(new BakeError(1, 'RUN false', bakeResult(['api'])));
    const { lines, logger } = quietLogger();
    expect(await main(env(file), { bake, logger })).toBe(1);
    expect(await readFile(file, 'utf8')).toContain('FAILED_SERVICES=api\n');
    expect(lines.join('\n')).toContain('service api did not build');
  });

  test('an SDK ConfigError about the services names the setting: exit 2', async () => {
    const { ConfigError } = await import('@layercache/sdk');
    const bake = vi
      .fn()
      .mockRejectedValue(new ConfigError([{ path: 'targets.0', message: 'target must be a service or target name' }]));
    const { lines, logger } = quietLogger();
    expect(await main(env(''), { bake, logger })).toBe(2);
    expect(lines.join('\n')).toContain('PLUGIN_COMPOSE_SERVICES');
  });
});

// A path that was fine before the build and cannot be written after it (here the fake build turns
// it into a directory) must not fail a build that already pushed its image.
describe('main: outputs after a finished build', () => {
  test('a $DRONE_OUTPUT that cannot be written is a warning: exit 0', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'harness-main-')), 'out');
    const build = vi.fn().mockImplementation(async () => {
      await mkdir(file);
      return fakeResult;
    });
    const { lines, logger } = quietLogger();
    expect(
      await main(
        { ...STEP, DRONE_OUTPUT: file, PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/c' },
        { build, logger, cwd: project }
      )
    ).toBe(0);
    expect(lines.join('\n')).toContain(`warn: [layercache] could not write DRONE_OUTPUT (${file})`);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('a $DRONE_OUTPUT that is a directory before the build: exit 2, nothing built', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'harness-main-'));
    const build = vi.fn();
    const { lines, logger } = quietLogger();
    expect(
      await main(
        { ...STEP, DRONE_OUTPUT: dir, PLUGIN_REMOTE_CACHE_IMAGE: 'r.example/c' },
        { build, logger, cwd: project }
      )
    ).toBe(2);
    expect(build).not.toHaveBeenCalled();
    expect(lines.join('\n')).toContain('DRONE_OUTPUT');
  });
});
