// What a cache mount save refuses and what a broken restore does, on the real engine (local backend):
// an empty mount is not saved, a mount over mountsMaxSizeMb is not saved (warning), an archive
// that cannot be restored is a warning: the build goes on with the mount cold, then saves it anew;
// and a mount a later build leaves empty does not replace the good archive stored before.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
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
  head -c 2000000 /dev/urandom > /big/blob && \
  if [ "$(cat /v.txt)" = clear ]; then rm -rf /pkg/*; else echo pkg > /pkg/file; fi
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

  // The RUN empties the pkg mount: the good archive stays as it was.
  const good = await readFile(path.join(stored, files[0]!));
  await writeFile(path.join(dir, 'v.txt'), 'clear');
  const third = (await freshRunnerBuild(engine, dir, { cache })).report;
  const cleared = third.mounts?.find((m) => m.id === 'pkg');
  expect(cleared?.restore.status).toBe('restored');
  expect(cleared?.save?.status).toBe('empty');
  expect((await readFile(path.join(stored, files[0]!))).equals(good)).toBe(true);
});
