// Cache mounts across fresh runners, on the real engine, for the registry and local backends.
// The fixture's RUN "downloads" a package into its cache mount: 3 s when the mount is cold, a few
// ms when it is warm. Each build starts on an emptied builder (no images, no build cache, no cache
// mounts), as an ephemeral CI runner does. Durations are compared with each other, loosely.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pruneCache, type BuildOptionsInput, type CacheReport } from '../src/index.js';
import { testEngine, uniqueRepo, writeFiles, type TestEngine } from '../../../test-support/engine.js';
import { freshRunnerBuild } from './support/fresh-runner.js';

let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});

// The package file must come back with its owner and mode, or the warm build fails.
const DOCKERFILE = `ARG BASE_IMAGE
FROM \${BASE_IMAGE}
COPY deps.txt /deps.txt
RUN --mount=type=cache,id=pkg-cache,target=/cache,uid=1234,gid=56,mode=0750 \\
  if [ -f /cache/pkg ]; then [ "$(stat -c %u:%g:%a /cache/pkg)" = 1234:56:640 ]; \\
  else sleep 3 && echo pkg > /cache/pkg && chown 1234:56 /cache/pkg && chmod 640 /cache/pkg; fi && cp /cache/pkg /pkg
`;

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-mounts-'));
  await writeFiles(dir, { Dockerfile: DOCKERFILE, 'deps.txt': 'a\n' });
  return dir;
}

const runStep = (report: CacheReport) => report.steps.find((s) => /RUN --mount/.test(s.name))!;

describe.each<[string, (dir: string) => BuildOptionsInput['cache']]>([
  ['registry', () => ({ backend: 'registry', ref: uniqueRepo(engine, 'mounts') })],
  ['local', (dir) => ({ backend: 'local', dir: path.join(dir, '..', `${path.basename(dir)}-cache`) })],
])('cache mounts on fresh runners (%s)', (_backend, cacheFor) => {
  test('cold, then a dependency change with the mount restored (warm), then with mounts off (cold)', async () => {
    const dir = await project();
    const cache = cacheFor(dir)!;
    const build = (extra: Partial<NonNullable<BuildOptionsInput['cache']>> = {}) =>
      freshRunnerBuild(engine, dir, { cache: { ...cache, ...extra } });

    const cold = (await build()).report;
    expect(runStep(cold).cached).toBe(false);
    expect(cold.mounts).toEqual([
      expect.objectContaining({
        id: 'pkg-cache',
        restore: { status: 'missing' },
        save: expect.objectContaining({ status: 'saved' }),
      }),
    ]);

    await writeFile(path.join(dir, 'deps.txt'), 'b\n');
    const warm = (await build()).report;
    expect(runStep(warm).cached).toBe(false);
    expect(warm.mounts?.[0]?.restore).toMatchObject({ status: 'restored' });
    expect(warm.mounts?.[0]?.save?.status).toBe('unchanged');
    expect(warm.missReason?.message).toContain('cache mount pkg-cache was warm');

    await writeFile(path.join(dir, 'deps.txt'), 'c\n');
    const off = (await build({ mounts: 'off' })).report;
    expect(runStep(off).cached).toBe(false);
    expect(off.mounts).toBeUndefined();

    const [coldMs, warmMs, offMs] = [cold, warm, off].map((r) => runStep(r).durationMs ?? Number.NaN) as [
      number,
      number,
      number
    ];
    expect(warmMs).toBeLessThan(coldMs / 3);
    expect(offMs).toBeGreaterThan(warmMs * 3);

    // Pruning the branch's cache takes its mount archives too.
    const at =
      cache.backend === 'local'
        ? { backend: 'local' as const, dir: cache.dir! }
        : { backend: 'registry' as const, ref: cache.ref! };
    const pruned = await pruneCache({ ...at, removeBranches: ['main'] });
    expect(pruned.warnings).toEqual([]);
    const where = cold.mounts![0]!.save!.to!;
    if (at.backend === 'local') expect(existsSync(where)).toBe(false);
    else expect(pruned.removed).toContain(where);
  });
});
