// What a cache mount save refuses and what a broken restore does, on the real engine (local backend):
// an empty mount is not saved, a mount over mountsMaxSizeMb is not saved (warning), and an archive
// that cannot be restored is a warning: the build goes on with the mount cold, then saves it anew.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { testEngine, writeFiles, type TestEngine } from '../../../test-support/engine.js';
import { freshRunnerBuild } from './support/fresh-runner.js';

let engine: TestEngine;
beforeAll(() => {
  engine = testEngine();
});

const DOCKERFILE = `ARG BASE_IMAGE
FROM \${BASE_IMAGE}
COPY v.txt /v.txt
RUN --mount=type=cache,target=/empty --mount=type=cache,target=/big --mount=type=cache,id=pkg,target=/pkg \\
  head -c 2000000 /dev/urandom > /big/blob && echo pkg > /pkg/file
`;

test('empty and oversized mounts are not saved; a broken archive is a warning and the build goes on', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lc-mounts-ok-'));
  await writeFiles(dir, { Dockerfile: DOCKERFILE, 'v.txt': '1' });
  const cache = { backend: 'local' as const, dir: `${dir}-cache`, mountsMaxSizeMb: 1 };

  const first = (await freshRunnerBuild(engine, dir, { cache })).report;
  const byId = Object.fromEntries((first.mounts ?? []).map((m) => [m.id, m]));
  expect(byId['/empty']?.save?.status).toBe('empty');
  expect(byId['/big']?.save).toMatchObject({ status: 'too-large', message: expect.stringContaining('cache.mountsMaxSizeMb (1)') });
  expect(first.warnings.join('\n')).toContain('cache mount /big was not saved');
  expect(byId.pkg?.save?.status).toBe('saved');
  const stored = path.join(cache.dir, 'main', 'mounts');
  const files = await readdir(stored);
  expect(files).toHaveLength(1); // pkg only

  await writeFile(path.join(stored, files[0]!), 'not a gzip archive');
  await writeFile(path.join(dir, 'v.txt'), '2'); // the RUN runs again
  const second = await freshRunnerBuild(engine, dir, { cache });
  const pkg = second.report.mounts?.find((m) => m.id === 'pkg');
  expect(pkg?.restore.status).toBe('failed');
  expect(second.report.warnings.join('\n')).toMatch(/cache mount pkg was not restored .*the build runs with it cold/);
  expect(pkg?.save?.status).toBe('saved');
  expect(existsSync(path.join(stored, files[0]!))).toBe(true);
});
