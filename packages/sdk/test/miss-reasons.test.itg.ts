// "Why did it miss?" on the real engine: each reason, from the build record kept next to the cache.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { cachedBuild, type BuildOptionsInput } from '../src/index.js';
import { resetBuilder, testEngine, uniqueRepo, writeFiles, type TestEngine } from '../../../test-support/engine.js';

const run = promisify(execFile);
let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});

const DOCKERFILE = (runLine: string) => `ARG BASE_IMAGE
FROM \${BASE_IMAGE} AS deps
ARG VERSION=1
WORKDIR /app
COPY deps.txt ./
RUN echo "deps $VERSION" > deps.out && cat deps.txt >> deps.out

FROM deps AS build
COPY src/ ./src/
${runLine}
`;

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-miss-'));
  await writeFiles(dir, {
    Dockerfile: DOCKERFILE('RUN cat src/*.txt > build.out'),
    'deps.txt': 'a\n',
    'src/main.txt': 'one\n',
    'src/util.txt': 'two\n',
  });
  return dir;
}

/** Pushes a new busybox variant under one tag, so the same FROM resolves to another digest. */
async function pushBase(tag: string, marker: string): Promise<void> {
  const rootfs = await mkdtemp(path.join(os.tmpdir(), 'lc-rootfs-'));
  await mkdir(path.join(rootfs, 'bin'));
  await run('cp', ['/bin/busybox', path.join(rootfs, 'bin', 'busybox')]);
  for (const applet of ['sh', 'cat', 'echo']) await run('ln', ['-s', 'busybox', path.join(rootfs, 'bin', applet)]);
  await writeFile(path.join(rootfs, 'marker'), marker);
  await run(
    'sh',
    [
      '-c',
      `tar -C ${rootfs} -c . | docker import --change 'ENV PATH=/bin' - ${tag} >/dev/null && docker push -q ${tag} >/dev/null`,
    ],
    { env: engine.env }
  );
}

describe('why did it miss', () => {
  test('names the changed files, build arg, instruction and base image', async () => {
    const dir = await project();
    const base = `${uniqueRepo(engine, 'base')}:moving`;
    await pushBase(base, 'v1');
    const cache = uniqueRepo(engine, 'miss');
    const build = async (extra: Partial<BuildOptionsInput> = {}) => {
      await resetBuilder();
      const result = await cachedBuild(
        {
          context: dir,
          network: 'none',
          buildArgs: { BASE_IMAGE: base },
          cache: { backend: 'registry', ref: cache },
          ...extra,
        },
        { env: engine.env, cwd: dir, logger: { info: () => {}, warn: () => {} } }
      );
      return result.report;
    };

    const cold = await build();
    expect(cold.missReason?.kind).toBe('no-record');

    const same = await build();
    expect(same.firstMiss).toBeNull();
    expect(same.savedMs).not.toBeNull();

    await writeFile(path.join(dir, 'src', 'util.txt'), 'changed\n');
    const files = await build();
    expect(files.firstMiss).toMatch(/^\[build 1\/2\] COPY src\//);
    expect(files.missReason).toEqual({ kind: 'sources-changed', message: expect.stringContaining('src/util.txt') });
    expect(files.missReason?.message).not.toContain('src/main.txt');

    const arg = await build({ buildArgs: { BASE_IMAGE: base, VERSION: '2' } });
    expect(arg.firstMiss).toMatch(/^\[deps 4\/4\] RUN echo/);
    expect(arg.missReason?.kind).toBe('build-arg-changed');
    expect(arg.missReason?.message).toContain('VERSION');

    await writeFile(path.join(dir, 'Dockerfile'), DOCKERFILE('RUN cat src/*.txt | sort > build.out'));
    const instruction = await build({ buildArgs: { BASE_IMAGE: base, VERSION: '2' } });
    expect(instruction.firstMiss).toMatch(/^\[build 2\/2\] RUN/);
    expect(instruction.missReason?.kind).toBe('instruction-changed');

    await pushBase(base, 'v2');
    const moved = await build({ buildArgs: { BASE_IMAGE: base, VERSION: '2' } });
    expect(moved.missReason?.kind).toBe('base-image-moved');
    expect(moved.missReason?.message).toMatch(/stage deps moved/);
  });
});
